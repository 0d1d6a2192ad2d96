import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page } from './helpers';

/** Paragraphs long enough that the header's lines stop at the first. */
const longParagraphs = (n: number): string => Array.from({ length: n }, (_, i) => `<p>${`Paragraph ${i + 1} explains how a heat pump moves warmth from the outside air into the house, and why that costs less than burning gas. `.repeat(3)}</p>`).join('');

describe('teaser dates', () => {
  it("does not date the story by a <time> in a list item beside another story's headline link", () => {
    const doc = page(`<!doctype html><html lang="en"><head><title>What is a heat pump?</title></head><body><main>
      <article><h1>What is a heat pump?</h1>${longParagraphs(4)}</article>
      <aside><h3>Latest guides</h3><ul><li><a href="/s">Solar panels: are they worth it?</a> <time datetime="2025-02-11">11 Feb 2025</time></li></ul></aside>
      </main></body></html>`, 'https://guides.example.org/what-is-a-heat-pump');
    expect(detectArticle(doc).publishedTime).toBeNull();
  });

  it('still reads a <time> in a meta list item beside the author link', () => {
    const doc = page(`<!doctype html><html lang="en"><head><title>What is a heat pump?</title></head><body><main>
      <article><h1>What is a heat pump?</h1><ul><li>By <a href="/author/jane">Jane Doe</a> <time datetime="2025-02-11">11 Feb 2025</time></li></ul>${longParagraphs(4)}</article>
      </main></body></html>`, 'https://guides.example.org/what-is-a-heat-pump');
    expect(detectArticle(doc).publishedTime).toBe('2025-02-11');
  });
});
