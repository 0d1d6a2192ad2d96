import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWebAnnotations } from '../../../src/export/web-annotation-import';
import { toWebAnnotationJson } from '../../../src/export/web-annotation-export';
import type { Backup } from '../../../src/shared/model';
import { sampleNames, sampleText, SUITE_FOUND, SUITE_NOTE } from './annotation-suite';
import { makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

const library = JSON.parse(readFileSync(new URL('../../fixtures/backup-example.json', import.meta.url), 'utf8')) as Backup;

function imported(text: string) {
  const result = parseWebAnnotations(text, NOW);
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('parseWebAnnotations round trip', () => {
  it('gets back the same quotes, notes, tags and colours from our own export', () => {
    const result = imported(toWebAnnotationJson({ articles: library.articles, annotations: library.annotations }, NOW));
    const essentials = (a: Backup['annotations'][number]) => [a.id, a.articleKey, a.quote, a.note, a.tags, a.color, a.created, a.modified];
    const sort = (list: unknown[][]) => list.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(sort(result.annotations.map(essentials))).toEqual(sort(library.annotations.map(essentials)));
    expect(result.skipped).toEqual([]);
    expect(result.articles.map((article) => article.key).sort()).toEqual(library.articles.map((article) => article.key).sort());
  });

  it('keeps quote and position selectors', () => {
    const annotation = library.annotations[0];
    const result = imported(toWebAnnotationJson({ articles: library.articles, annotations: [annotation!] }, NOW));
    expect(result.annotations[0]?.selectors).toEqual(annotation?.selectors.filter((s) => s.type !== 'RangeSelector'));
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters intact', (_, text) => {
    const annotation = makeAnnotation({ quote: text, note: text, tags: [text, 'plain'], color: 'purple' });
    const result = imported(toWebAnnotationJson({ articles: [makeArticle()], annotations: [annotation] }, NOW));
    expect(result.annotations[0]).toMatchObject({ quote: text, note: text, tags: [text, 'plain'], color: 'purple' });
  });
});

describe.skipIf(!SUITE_FOUND)(`parseWebAnnotations on the W3C suite's correct samples${SUITE_NOTE}`, () => {
  it.each([
    ['anno26.json', { quote: 'anotation', articleKey: 'http://example.org/page1', note: 'http://example.org/comment1' }],
    ['anno27.json', { quote: '', articleKey: 'http://example.org/ebook1', selectors: [{ type: 'TextPositionSelector', start: 412, end: 795 }] }],
    ['anno32.json', { quote: 'Selected Text', id: 'http://example.org/anno32' }],
    ['anno41-example44.json', { note: 'I really love this particular bit of text in this XML. No really.', tags: ['love'], created: '2015-10-13T13:00:00Z', articleKey: 'http://example.com/document1' }],
  ])('imports %s, which targets text', (name, expected) => {
    const result = imported(sampleText('correct', name));
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0]).toMatchObject(expected);
  });

  it('imports the text annotations of collection1 and reports the others as skipped', () => {
    const result = imported(sampleText('correct', 'collection1.json'));
    expect(result.annotations.map((a) => a.id)).toEqual(['http://example.org/anno26', 'http://example.org/anno27', 'http://example.org/anno32', 'http://example.org/anno41']);
    expect(result.skipped).toHaveLength(37);
    expect(result.skipped[0]).toBe('first.items[0]: does not target text (no TextQuoteSelector or TextPositionSelector)');
  });

  it('refuses a correct annotation that does not target text, saying so', () => {
    const result = parseWebAnnotations(sampleText('correct', 'anno1.json'), NOW);
    expect(result).toEqual({ ok: false, error: expect.stringContaining('does not target text') });
  });
});

describe.skipIf(!SUITE_FOUND)(`parseWebAnnotations on the W3C suite's incorrect samples${SUITE_NOTE}`, () => {
  it.each(SUITE_FOUND ? sampleNames('incorrect') : ['(none)'])('refuses %s with a reason', (name) => {
    const result = parseWebAnnotations(sampleText('incorrect', name), NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
  });

  it.each([
    ['anno4.json', '@context: expected "http://www.w3.org/ns/anno.jsonld"'],
    ['anno6.json', 'annotation.id: expected one IRI'],
    ['anno7.json', 'annotation.id: expected one IRI, found a list'],
    ['anno9.json', 'type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", found "Squirrel"'],
    ['anno11.json', 'annotation.target: expected an IRI or an object'],
    ['anno28.json', 'annotation.created: expected one date-time'],
    ['anno34.json', 'annotation.rights: expected an IRI'],
    ['anno38.json', 'annotation.target.selector.value: a FragmentSelector needs one string value'],
    ['anno1.json', 'The file is not JSON'],
  ])('names the problem of %s', (name, message) => {
    const result = parseWebAnnotations(sampleText('incorrect', name), NOW);
    expect(result.ok ? '' : result.error).toContain(message);
  });

  it('names the problems of a broken text selector', () => {
    const bad = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { source: 'http://e.org/a', selector: [{ type: 'TextQuoteSelector', exact: ['a', 'b'] }, { type: 'TextPositionSelector', start: -1, end: 'x' }] } };
    const result = parseWebAnnotations(JSON.stringify(bad), NOW);
    expect(result.ok ? '' : result.error.split('\n')).toEqual([
      'annotation.target.selector[0].exact: expected one string',
      'annotation.target.selector[1].start: expected a whole number ≥ 0',
      'annotation.target.selector[1].end: expected a whole number ≥ 0',
    ]);
  });
});

describe('parseWebAnnotations article keys', () => {
  it('files annotations under the article key even when the page address differs from it', () => {
    const article = makeArticle({ key: 'https://www.example-news.com/world/story-slug', url: 'https://m.example-news.com/world/story-slug?utm_source=x' });
    const annotation = makeAnnotation({ articleKey: article.key });
    const result = imported(toWebAnnotationJson({ articles: [article], annotations: [annotation] }, NOW));
    expect(result.annotations[0]?.articleKey).toBe(article.key);
  });

  it('files an AMP source under the regular page key', () => {
    const web = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { source: 'https://www.example.com/news/story-slug/amp?utm_source=x', selector: { type: 'TextQuoteSelector', exact: 'q' } } };
    expect(imported(JSON.stringify(web)).annotations[0]?.articleKey).toBe('https://www.example.com/news/story-slug');
  });
});
