// Builders for export tests, and texts that break naive exporters.
import type { Annotation, ArticleRecord } from '../../../src/shared/model';

/** Texts with every kind of character that has tripped up exporters. */
export const TRICKY_TEXTS = {
  markdown: '# Not a heading\n- not a list\n1. not a list\n> not a quote\n**bold** _em_ `code` [link](http://x) ![img](y) ==hl== %%c%% $x$ #tag | a | b |\n\n    indented code?\n---',
  csv: 'comma, "double quotes", semicolon; tab\there\r\nCRLF line and a trailing quote"',
  html: '<script>alert("x")</script> & <b>bold</b> &amp; \'single\' </textarea> <!-- c -->',
  rtl: 'قال الرئيس: «السلام ممكن» — והוא הוסיף: "זה הזמן" 123',
  emoji: 'Family 👨‍👩‍👧‍👦, flags 🇺🇦🇵🇸🇮🇱, skin tones 👍🏽, and a lone ZWJ\u200d here',
  controls: 'tab\tnull\u0000bell\u0007 nbsp\u00a0 line sep\u2028 para sep\u2029 bom\ufeff del\u007f',
  yaml: 'key: value # comment\n- item\n"quoted" \\backslash\\ \'single\' {a: b} [1, 2] @at `tick` *ref &anchor !tag',
  bibtex: 'Braces {unbalanced} } and % percent $ math & amp # hash _ under ^ caret ~ tilde \\ backslash',
  long: 'A very long note. '.repeat(3000),
};

export const ALL_TRICKY = Object.values(TRICKY_TEXTS).join('\n');

export function makeArticle(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const key = overrides.key ?? 'https://www.example-news.com/world/2024/05/01/ceasefire-talks-resume';
  return {
    key,
    url: key,
    aliases: [key],
    title: 'Ceasefire talks resume in Cairo',
    byline: 'By Amira Haddad and John Smith',
    authors: ['Amira Haddad', 'John Smith'],
    siteName: 'Example News',
    publishedTime: '2024-05-01T08:30:00Z',
    modifiedTime: '2024-05-01T12:00:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Negotiators met again on Wednesday.',
    leadImage: 'https://www.example-news.com/images/cairo.jpg',
    wordCount: 1200,
    readingTimeMinutes: 6,
    firstSeen: '2024-05-02T09:00:00.000Z',
    lastSeen: '2024-05-03T10:00:00.000Z',
    ...overrides,
  };
}

let nextId = 1;

export function makeAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  const id = overrides.id ?? `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
  const quote = overrides.quote ?? 'Negotiators met again on Wednesday.';
  return {
    id,
    articleKey: 'https://www.example-news.com/world/2024/05/01/ceasefire-talks-resume',
    created: '2024-05-02T09:05:00.000Z',
    modified: '2024-05-02T09:06:00.000Z',
    color: 'yellow',
    note: '',
    tags: [],
    quote,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'In Cairo, ', suffix: ' They said' },
      { type: 'TextPositionSelector', start: 100, end: 100 + quote.length },
    ],
    selectorVersion: 1,
    ...overrides,
  };
}

export const NOW = new Date('2026-11-25T10:00:00.000Z');
