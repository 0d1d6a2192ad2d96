import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../src/background/storage/library';
import { SearchIndex } from '../../../src/background/storage/search-index';
import { foldText } from '../../../src/background/storage/fold-text';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';
import { annotation, article, at, draft, facts, freshIndexedDb } from './helpers';

const ZURICH = 'https://news.example/zurich';
const CAFE = 'https://blog.example/cafe';

describe('library search', () => {
  let library: Library;
  const ids = { lake: '', mayor: '', coffee: '' };
  beforeEach(async () => {
    freshIndexedDb();
    library = await Library.open('test');
    await library.recordVisit({ key: ZURICH, aliases: [ZURICH] }, ZURICH, facts({ title: 'Zürich votes on the lake', siteName: 'Example News' }), at('2026-01-01T00:00:00Z'));
    await library.recordVisit({ key: CAFE, aliases: [CAFE] }, CAFE, facts({ title: 'Notes from a café', siteName: null }), at('2026-01-01T00:00:00Z'));
    ids.lake = (await library.createAnnotation(ZURICH, draft('The LAKE is rising', { color: 'blue' }), at('2026-01-01T01:00:00Z'))).id;
    ids.mayor = (await library.createAnnotation(ZURICH, draft('said the mayor', { note: 'Check her résumé' }), at('2026-01-01T02:00:00Z'))).id;
    ids.coffee = (await library.createAnnotation(CAFE, draft('Кава і тиша', { color: 'green' }), at('2026-01-01T03:00:00Z'))).id;
    await library.updateAnnotation(ids.coffee, { tags: ['Morning Reads'] }, at('2026-01-01T04:00:00Z'));
  });
  afterEach(() => library.close());

  const found = async (query: string, filter = {}) => (await library.search(query, filter)).map((hit) => hit.annotation.id);

  it('lists each tag in use once, alphabetically, following edits', async () => {
    expect(await library.listTags()).toEqual(['Morning Reads']);
    await library.updateAnnotation(ids.lake, { tags: ['water', 'Morning Reads'] }, at('2026-01-02T00:00:00Z'));
    await library.updateAnnotation(ids.coffee, { tags: [] }, at('2026-01-02T00:00:00Z'));
    expect(await library.listTags()).toEqual(['Morning Reads', 'water']);
  });

  it('finds words in quotes, notes, tags, titles and sites', async () => {
    expect(await found('rising')).toEqual([ids.lake]);
    expect(await found('resume')).toEqual([ids.mayor]);
    expect(await found('morning')).toEqual([ids.coffee]);
    expect(await found('votes')).toEqual([ids.mayor, ids.lake]);
    expect(await found('example news')).toEqual([ids.mayor, ids.lake]);
    expect(await found('blog.example')).toEqual([ids.coffee]);
  });

  it('ignores case and accents, in the query and in the text', async () => {
    expect(await found('ZURICH')).toEqual([ids.mayor, ids.lake]);
    expect(await found('Résumé')).toEqual([ids.mayor]);
    expect(await found('CAFE')).toEqual([ids.coffee]);
    expect(await found('КАВА')).toEqual([ids.coffee]);
  });

  it('wants every word of the query, in any of the fields', async () => {
    expect(await found('lake rising')).toEqual([ids.lake]);
    expect(await found('mayor zurich')).toEqual([ids.mayor]);
    expect(await found('mayor coffee')).toEqual([]);
  });

  it('narrows by tag, colour and site', async () => {
    expect(await found('', { color: 'blue' })).toEqual([ids.lake]);
    expect(await found('', { tag: 'Morning Reads' })).toEqual([ids.coffee]);
    expect(await found('', { site: 'Example News' })).toEqual([ids.mayor, ids.lake]);
    expect(await found('zurich', { color: 'yellow' })).toEqual([ids.mayor]);
    expect(await found('', { site: 'Example News', color: 'green' })).toEqual([]);
  });

  it('gives the same filter results from the indexes as from the loaded search index', async () => {
    const filters = [{ color: 'blue' }, { tag: 'Morning Reads' }, { site: 'Example News' }, { site: 'Example News', color: 'yellow' }, {}];
    const fromIndexes = await Promise.all(filters.map((f) => found('', f)));
    await library.listArticles(); // loads the in-memory index
    expect(await Promise.all(filters.map((f) => found('', f)))).toEqual(fromIndexes);
  });

  it('finds what was written after the index was loaded, and forgets what was deleted', async () => {
    expect(await found('gondola')).toEqual([]);
    const made = await library.createAnnotation(CAFE, draft('a gondola ride'), at('2026-01-02T00:00:00Z'));
    expect(await found('gondola')).toEqual([made.id]);
    await library.updateAnnotation(ids.lake, { note: 'gondola too' }, at('2026-01-02T01:00:00Z'));
    expect(await found('gondola')).toEqual([ids.lake, made.id]);
    await library.deleteAnnotation(made.id);
    expect(await found('gondola')).toEqual([ids.lake]);
  });

  it('returns each hit with its article', async () => {
    const [hit] = await library.search('rising');
    expect(hit?.article.key).toBe(ZURICH);
  });
});

describe('SearchIndex with 10,000 annotations', () => {
  // Its speed is measured by `npm run bench:storage` in Chromium, not timed here: this checks the answer at that size.
  it('finds exactly the highlights whose text, title and tag all match, among 10,000', () => {
    const articles: ArticleRecord[] = [];
    const annotations: Annotation[] = [];
    for (let i = 0; i < 1000; i++) {
      const key = `https://site${i % 50}.example/story/${i}`;
      articles.push(article(key, { title: `Story number ${i} about città ${i % 7}`, siteName: `Site ${i % 50}` }));
      for (let j = 0; j < 10; j++) {
        annotations.push(annotation(`${i}-${j}`, key, { quote: `Quote ${j} of story ${i}: lorem ipsum dolor sit amet, consectetur adipiscing elit ${i * j}`, note: j % 3 === 0 ? `Note with naïve words ${i}` : '', tags: j % 4 === 0 ? ['economy'] : [] }));
      }
    }
    const index = SearchIndex.build(articles, annotations);
    // "naive" only in notes (j % 3 == 0), "citta" in every title, the tag on j % 4 == 0: only j == 0 has all three.
    const ids = index.search('naive citta', { tag: 'economy' }).map((hit) => hit.annotation.id);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 1000 }, (_, i) => `${i}-0`)));
    expect(ids).toHaveLength(1000);
    // A number only one note holds narrows it to that highlight.
    expect(index.search('naive words 999 citta', { tag: 'economy' }).map((hit) => hit.annotation.id)).toEqual(['999-0']);
  });

  it('folds the way the search expects', () => {
    expect(foldText('Ünïcödé ÉTÉ')).toBe('unicode ete');
  });
});
