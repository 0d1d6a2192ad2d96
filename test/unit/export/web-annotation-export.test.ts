import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { toWebAnnotation, toWebAnnotationCollection, toWebAnnotationJson } from '../../../src/export/web-annotation-export';
import type { Backup } from '../../../src/shared/model';
import { type Assertion, failedAssertions, loadAssertions, readJson, SUITE_DIR, SUITE_FOUND, SUITE_NOTE } from './annotation-suite';
import { ALL_TRICKY, makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

const library = JSON.parse(readFileSync(new URL('../../fixtures/backup-example.json', import.meta.url), 'utf8')) as Backup;

let musts: Assertion[];
beforeAll(() => {
  if (SUITE_FOUND) musts = loadAssertions('annotations/annotationMusts.test');
});

/** Every annotation of a collection, following the embedded `next` pages. */
function itemsOf(collection: Record<string, any>): Record<string, any>[] {
  const items: Record<string, any>[] = [];
  for (let page = collection.first; page; page = page.next) items.push(...page.items);
  return items;
}

describe.skipIf(!SUITE_FOUND)(`the W3C test harness${SUITE_NOTE}`, () => {
  it('loads every assertion of annotationMusts.test', () => {
    expect(musts.length).toBe(54);
  });

  it('passes the suite\'s own correct samples that target text', () => {
    // (The suite's schemas themselves refuse some other correct samples, e.g. anno11's Composite target.)
    for (const name of ['anno26.json', 'anno27.json', 'anno32.json', 'anno41-example44.json']) {
      expect(failedAssertions(musts, readJson(`${SUITE_DIR}tools/samples/correct/${name}`)), name).toEqual([]);
    }
  });

  it('fails a broken annotation, so a pass means something', () => {
    expect(failedAssertions(musts, { '@context': 'fish', type: 'Squirrel', created: 'yesterday' }).length).toBeGreaterThan(2);
  });
});

describe('toWebAnnotationCollection', () => {
  const collection = toWebAnnotationCollection({ articles: library.articles, annotations: library.annotations }, NOW);

  it.skipIf(!SUITE_FOUND)(`passes every assertion of annotationMusts.test on every exported annotation${SUITE_NOTE}`, () => {
    const items = itemsOf(collection);
    expect(items.length).toBe(16);
    for (const item of items) expect(failedAssertions(musts, item), item.id).toEqual([]);
  });

  it('is an AnnotationCollection with one AnnotationPage per article, numbered and linked', () => {
    expect(collection).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 16 });
    const pages: Record<string, any>[] = [];
    for (let page = (collection as any).first; page; page = page.next) pages.push(page);
    expect(pages.length).toBe(5);
    const itemsBefore = (i: number) => pages.slice(0, i).reduce((sum, page) => sum + page.items.length, 0);
    pages.forEach((page, i) => expect(page.startIndex, page.id).toBe(itemsBefore(i)));
    expect(pages.every((page) => page.type === 'AnnotationPage' && page.partOf === collection.id)).toBe(true);
    expect(collection.last).toBe(pages[4]?.id);
  });

  it('has no pages for an empty library', () => {
    expect(toWebAnnotationCollection({ articles: [], annotations: [] }, NOW)).not.toHaveProperty('first');
  });

  it('is deterministic', () => {
    const snapshot = { articles: library.articles, annotations: library.annotations };
    expect(toWebAnnotationJson(snapshot, NOW)).toBe(toWebAnnotationJson(snapshot, NOW));
  });
});

describe('toWebAnnotation', () => {
  it('writes the note and tags as textual bodies and the colour as a style class', () => {
    const annotation = makeAnnotation({ id: '3F1C2A4E-8B7D-4C1E-9A2B-000000000001', note: 'Why', tags: ['a b'], color: 'green' });
    const web = toWebAnnotation(annotation, makeArticle());
    expect(web).toMatchObject({
      id: 'urn:uuid:3f1c2a4e-8b7d-4c1e-9a2b-000000000001',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Why' },
        { type: 'TextualBody', purpose: 'tagging', value: 'a b' },
      ],
      target: { type: 'SpecificResource', source: makeArticle().url, styleClass: 'marginalia-green' },
    });
  });

  it('is a highlight without a body when there is no note or tag', () => {
    const web = toWebAnnotation(makeAnnotation(), makeArticle());
    expect(web.motivation).toBe('highlighting');
    expect(web).not.toHaveProperty('body');
    if (SUITE_FOUND) expect(failedAssertions(musts, web)).toEqual([]);
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters intact and valid', (_, text) => {
    const web = toWebAnnotation(makeAnnotation({ quote: text, note: text, tags: [text], selectors: [{ type: 'TextQuoteSelector', exact: text, prefix: text, suffix: text }] }), makeArticle());
    const reread = JSON.parse(JSON.stringify(web));
    expect(reread.body[0].value).toBe(text);
    expect(reread.body[1].value).toBe(text);
    expect(reread.target.selector[0].exact).toBe(text);
    if (SUITE_FOUND) expect(failedAssertions(musts, reread)).toEqual([]);
  });

  it('keeps an id that is not a UUID as a valid IRI', () => {
    const web = toWebAnnotation(makeAnnotation({ id: 'legacy id/7', note: ALL_TRICKY }), makeArticle());
    expect(web.id).toBe('urn:marginalia:annotation:legacy%20id%2F7');
    if (SUITE_FOUND) expect(failedAssertions(musts, web)).toEqual([]);
  });
});
