import { describe, expect, it } from 'vitest';
import { pageOfResults } from '../../../src/background/storage/result-page';
import type { SearchHit } from '../../../src/shared/messages';
import { annotation, article } from './helpers';

/** Hits newest first, as search gives them: articles a, b, a, c, b, d (a's and b's hits are split). */
const order = ['a', 'b', 'a', 'c', 'b', 'd'];
const hits: SearchHit[] = order.map((key, i) => ({ annotation: annotation(`h${i}`, `https://x.example/${key}`), article: article(`https://x.example/${key}`) }));
const ids = (result: { hits: SearchHit[] }) => result.hits.map((hit) => hit.annotation.id);

describe('pageOfResults', () => {
  it('gives every hit without a page, with the totals', () => {
    expect(pageOfResults(hits)).toEqual({ hits, total: 6, articleTotal: 4 });
  });

  it('gives whole articles in the order of their newest hit, each with all its hits, in the order found', () => {
    expect(ids(pageOfResults(hits, { offset: 0, limit: 2 }))).toEqual(['h0', 'h1', 'h2', 'h4']);
    expect(ids(pageOfResults(hits, { offset: 2, limit: 2 }))).toEqual(['h3', 'h5']);
    expect(pageOfResults(hits, { offset: 2, limit: 2 })).toMatchObject({ total: 6, articleTotal: 4 });
  });

  it('gives nothing past the end, and the pages together give every hit once', () => {
    expect(ids(pageOfResults(hits, { offset: 4, limit: 10 }))).toEqual([]);
    const pages = [0, 1, 2, 3].flatMap((offset) => ids(pageOfResults(hits, { offset, limit: 1 })));
    expect(pages.sort()).toEqual(ids({ hits }).sort());
  });
});
