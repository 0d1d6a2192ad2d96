// Builds documents for the detector's tests from small hand-written pages.
import { JSDOM } from 'jsdom';

export function page(html: string, url = 'https://news.example.org/2025/04/04/story'): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Paragraphs of plausible story text, each different, so body scoring has something to find. */
export function storyParagraphs(n: number, topic = 'the council'): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(`<p>Paragraph ${i + 1}: members of ${topic} met on Tuesday to discuss the budget, and after a long debate they agreed to review item ${i + 1} again next month, officials said.</p>`);
  }
  return out.join('\n');
}
