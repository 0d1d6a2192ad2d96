import { describe, expect, it } from 'vitest';
import { canonicalAnnotation, canonicalArticle } from '../../../src/export/canonical-records';
import { sameAnnotation, sameArticle } from '../../../src/export/same-record';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';
import { makeAnnotation, makeArticle } from './sample-library';

/** The definition the field-by-field comparison must agree with: equal canonical JSON. */
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const article = makeArticle();
const annotation = makeAnnotation({ id: 'a1', note: 'a note', tags: ['x', 'y'] });
const rangeSelector = { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[2]', endOffset: 4 } as const;

const articleEdits: Array<[string, Partial<ArticleRecord>]> = [
  ['title', { title: 'Another title' }], ['title to null', { title: null }], ['an alias added', { aliases: [article.key, 'https://amp.example/x'] }],
  ['aliases reordered', { aliases: ['https://amp.example/x', article.key] }], ['an author dropped', { authors: ['Amira Haddad'] }],
  ['word count', { wordCount: 1201 }], ['direction', { dir: 'rtl' }], ['last seen', { lastSeen: '2024-06-01T00:00:00.000Z' }],
];
const annotationEdits: Array<[string, Partial<Annotation>]> = [
  ['note', { note: 'another note' }], ['colour', { color: 'green' }], ['a tag removed', { tags: ['x'] }], ['tags reordered', { tags: ['y', 'x'] }],
  ['modified', { modified: '2030-01-01T00:00:00.000Z' }], ['quote', { quote: 'other' }], ['selector version', { selectorVersion: 2 }],
  ['a selector dropped', { selectors: annotation.selectors.slice(0, 1) }],
  ['a prefix dropped', { selectors: [{ type: 'TextQuoteSelector', exact: annotation.quote, suffix: ' They said' }, annotation.selectors[1]!] }],
  ['a position moved', { selectors: [annotation.selectors[0]!, { type: 'TextPositionSelector', start: 101, end: 140 }] }],
  ['a selector of another type', { selectors: [annotation.selectors[0]!, rangeSelector] }],
];

describe('sameArticle and sameAnnotation', () => {
  it('agree with the canonical JSON on identical copies, with their fields in another order and extra fields', () => {
    const shuffled = Object.fromEntries(Object.entries(article).reverse()) as unknown as ArticleRecord;
    expect(sameArticle(article, shuffled)).toBe(true);
    expect(sameArticle(article, { ...article, extra: 1 } as ArticleRecord)).toBe(true);
    expect(sameAnnotation(annotation, structuredClone(annotation))).toBe(true);
    expect(sameAnnotation(annotation, { ...annotation, extra: 1 } as Annotation)).toBe(true);
  });

  it('tell structural selectors apart by their lookalike fit, as the canonical JSON does', () => {
    const plain = { ...annotation, selectors: [annotation.selectors[0]!, rangeSelector] };
    const fitted = { ...annotation, selectors: [annotation.selectors[0]!, { ...rangeSelector, lookalikeFit: 0.5 }] };
    expect(sameAnnotation(plain, fitted)).toBe(false);
    expect(sameAnnotation(fitted, structuredClone(fitted))).toBe(true);
    expect(sameJson(canonicalAnnotation(plain), canonicalAnnotation(fitted))).toBe(false);
  });

  for (const [what, edit] of articleEdits) {
    it(`tell an article apart by its ${what}, as the canonical JSON does`, () => {
      const edited = { ...article, ...edit };
      expect(sameArticle(article, edited)).toBe(false);
      expect(sameJson(canonicalArticle(article), canonicalArticle(edited))).toBe(false);
    });
  }

  for (const [what, edit] of annotationEdits) {
    it(`tell an annotation apart by its ${what}, as the canonical JSON does`, () => {
      const edited = { ...annotation, ...edit };
      expect(sameAnnotation(annotation, edited)).toBe(false);
      expect(sameAnnotation(edited, annotation)).toBe(false);
      expect(sameJson(canonicalAnnotation(annotation), canonicalAnnotation(edited))).toBe(false);
    });
  }
});
