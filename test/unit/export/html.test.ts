import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { toHtml, toHtmlLibrary } from '../../../src/export/html';
import type { Backup } from '../../../src/shared/model';
import { makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

const library = JSON.parse(readFileSync(new URL('../../fixtures/backup-example.json', import.meta.url), 'utf8')) as Backup;

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Nothing in the page can run: no script element, no event handler attribute, no javascript: URL. */
function expectInert(document: Document): void {
  expect(document.querySelectorAll('script, iframe, object, embed, form').length).toBe(0);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
      expect(attribute.value.trim().toLowerCase().startsWith('javascript:'), attribute.value).toBe(false);
    }
  }
}

describe('toHtml', () => {
  it('is a standalone page with the article, its highlights, notes, tags and colours', () => {
    const document = parse(toHtml(makeArticle(), [makeAnnotation({ quote: 'Q', note: 'N', tags: ['t1', 't2'], color: 'pink' })], NOW));
    expect(document.title).toBe('Ceasefire talks resume in Cairo');
    expect(document.querySelector('h1')?.textContent).toBe('Ceasefire talks resume in Cairo');
    expect(document.querySelector('blockquote')?.className).toBe('marginalia-pink');
    expect(document.querySelector('blockquote')?.textContent).toBe('Q');
    expect(document.querySelector('.note')?.textContent).toBe('N');
    expect([...document.querySelectorAll('.tags li')].map((li) => li.textContent)).toEqual(['t1', 't2']);
    expect(document.querySelector('a')?.getAttribute('href')).toBe(makeArticle().url);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('sets the article\'s language and direction', () => {
    const document = parse(toHtml(makeArticle({ lang: 'ar', dir: 'rtl' }), [], NOW));
    expect(document.querySelector('article')?.getAttribute('dir')).toBe('rtl');
    expect(document.querySelector('article')?.getAttribute('lang')).toBe('ar');
  });

  it('links only web addresses', () => {
    const document = parse(toHtml(makeArticle({ url: 'javascript:alert(1)' }), [], NOW));
    expect(document.querySelector('a')).toBeNull();
    expect(document.querySelector('.meta')?.textContent).toContain('javascript:alert(1)');
    expectInert(document);
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters intact as text and runs nothing', (_, text) => {
    const html = toHtml(makeArticle({ title: text, siteName: text }), [makeAnnotation({ quote: text, note: text, tags: [text] })], NOW);
    const document = parse(html);
    expectInert(document);
    const expected = text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD'); // what any HTML parser does
    expect(document.querySelector('blockquote')?.textContent).toBe(expected);
    expect(document.querySelector('.note')?.textContent).toBe(expected);
    expect(document.querySelector('.tags li')?.textContent).toBe(expected);
  });
});

describe('toHtmlLibrary', () => {
  it('puts every article of the example library on one page', () => {
    const document = parse(toHtmlLibrary({ articles: library.articles, annotations: library.annotations }, NOW));
    expect(document.querySelectorAll('article').length).toBe(5);
    expect(document.querySelectorAll('blockquote').length).toBe(16);
    expectInert(document);
  });
});
