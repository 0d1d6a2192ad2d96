// The library page's pure helpers: order, filter choices and the snapshot of what is shown.
import { describe, expect, it } from 'vitest';
import { groupHits, inReadingOrder, isFiltering, sitesOf, snapshotOfHits, sortArticles } from '../../../src/pages/library/library-view';
import type { LibraryArticle, SearchHit } from '../../../src/shared/messages';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';

const article = (key: string, title: string, siteName: string | null, lastSeen: string) =>
  ({ key, url: key, title, siteName, lastSeen } as ArticleRecord);
const listed = (a: ArticleRecord): LibraryArticle => ({ article: a, annotationCount: 1, lastAnnotated: null });
const note = (id: string, articleKey: string, tags: string[] = []) => ({ id, articleKey, tags } as Annotation);

const a = article('a', 'Alpha', 'Ledger', '2024-05-01T00:00:00Z');
const b = article('b', 'Beta', null, '2024-05-03T00:00:00Z');
const c = article('c', 'Gamma', 'Courier', '2024-05-02T00:00:00Z');

describe('the library view', () => {
  it('sorts by last read, or by site with articles without one last', () => {
    expect(sortArticles([a, b, c].map(listed), 'recent').map((x) => x.article.key)).toEqual(['b', 'c', 'a']);
    expect(sortArticles([a, b, c].map(listed), 'site').map((x) => x.article.key)).toEqual(['c', 'a', 'b']);
  });

  it('offers each site once, alphabetically', () => {
    expect(sitesOf([a, b, c, a].map(listed))).toEqual(['Courier', 'Ledger']);
  });

  it('knows when a search or filter is on', () => {
    expect(isFiltering('  ', {})).toBe(false);
    expect(isFiltering('', { color: 'pink' })).toBe(true);
    expect(isFiltering('ferry', {})).toBe(true);
  });

  it('turns search hits into groups and into a snapshot of what is shown', () => {
    const hits: SearchHit[] = [{ annotation: note('1', 'c'), article: c }, { annotation: note('2', 'a'), article: a }, { annotation: note('3', 'c'), article: c }];
    expect(groupHits(hits).map((g) => [g.article.key, g.annotations.map((n) => n.id)])).toEqual([['c', ['1', '3']], ['a', ['2']]]);
    const snapshot = snapshotOfHits(hits);
    expect(snapshot.articles.map((x) => x.key)).toEqual(['c', 'a']);
    expect(snapshot.annotations.map((n) => n.id)).toEqual(['1', '2', '3']);
  });
});

describe('inReadingOrder', () => {
  it('orders an article’s highlights by where their text starts, unplaced ones last by creation', () => {
    const at = (id: string, start: number | null, created: string) => ({
      id, created, selectors: start === null ? [] : [{ type: 'TextPositionSelector', start, end: start + 5 }],
    } as unknown as Annotation);
    const sorted = inReadingOrder([at('late', 900, '1'), at('none-b', null, '3'), at('early', 10, '2'), at('none-a', null, '0')]);
    expect(sorted.map((a) => a.id)).toEqual(['early', 'late', 'none-a', 'none-b']);
  });
});
