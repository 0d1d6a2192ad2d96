// A content script reaches only the article of its own page: the article key it names (or the highlight it
// changes) must be one the sender's address could have, as the url module keys the library.
import { describe, expect, it } from 'vitest';
import { mayNameArticle, outOfScope, pageAddresses, type ScopeReads } from '../../../src/background/sender-scope';
import type { Request } from '../../../src/shared/messages';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';

const PAGE = 'https://www.news.example.org/2025/01/ferry-returns?utm_source=newsletter#comments';
const KEY = 'https://www.news.example.org/2025/01/ferry-returns';
const OTHER_KEY = 'https://bank.example.com/statements/2025';

function article(key: string, aliases: string[]): ArticleRecord {
  return {
    key, url: key, aliases, title: null, byline: null, authors: [], siteName: null, publishedTime: null, modifiedTime: null, lang: null,
    dir: null, excerpt: null, leadImage: null, wordCount: 0, readingTimeMinutes: 0, firstSeen: '2025-01-01T00:00:00Z', lastSeen: '2025-01-01T00:00:00Z',
  };
}
function annotation(id: string, articleKey: string): Annotation {
  return {
    id, articleKey, created: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', color: 'yellow', note: '', tags: [], quote: 'q',
    selectors: [{ type: 'TextQuoteSelector', exact: 'q' }], selectorVersion: 1,
  };
}
function library(articles: ArticleRecord[], annotations: Annotation[]): ScopeReads {
  return {
    getArticle: async (key) => articles.find((a) => a.key === key),
    getAnnotation: async (id) => annotations.find((a) => a.id === id),
  };
}
const EMPTY = library([], []);
const create = (articleKey: string): Request => ({ type: 'annotation-create', articleKey, draft: { quote: 'q', selectors: [{ type: 'TextQuoteSelector', exact: 'q' }], color: 'yellow' } });

describe('mayNameArticle', () => {
  it('lets a page name its own key (fragment and tracking parameters aside)', async () => {
    expect(await mayNameArticle(PAGE, KEY, EMPTY)).toBe(true);
  });

  it('lets an AMP copy name the regular page', async () => {
    expect(await mayNameArticle('https://www.news.example.org/2025/01/ferry-returns/amp', KEY, EMPTY)).toBe(true);
  });

  it('lets a page name a canonical address the url module trusts for it', async () => {
    expect(await mayNameArticle('https://m.news.example.org/2025/01/ferry-returns', KEY, EMPTY)).toBe(true);
  });

  it('refuses another site\'s article', async () => {
    expect(await mayNameArticle(PAGE, OTHER_KEY, EMPTY)).toBe(false);
  });

  it('refuses the site\'s home page and a section above the page', async () => {
    expect(await mayNameArticle(PAGE, 'https://www.news.example.org/', EMPTY)).toBe(false);
    expect(await mayNameArticle(PAGE, 'https://www.news.example.org/2025/', EMPTY)).toBe(false);
  });

  it('lets a page name an article the library knows under the page\'s own address', async () => {
    const known = library([article(OTHER_KEY, [OTHER_KEY, 'https://mirror.example.net/ferry'])], []);
    expect(await mayNameArticle('https://mirror.example.net/ferry?fbclid=1', OTHER_KEY, known)).toBe(true);
    expect(await mayNameArticle('https://mirror.example.net/another-story', OTHER_KEY, known)).toBe(false);
  });
});

describe('outOfScope', () => {
  it('refuses a sender whose page is unknown', async () => {
    expect(await outOfScope(create(KEY), {}, EMPTY)).toMatch(/unknown/);
  });

  it('lets a page report its own address, and refuses another', async () => {
    const report = (url: string): Request => ({ type: 'page-opened', page: { url, canonicalUrl: null, ogUrl: null, info: null } });
    expect(await outOfScope(report(`${KEY}#top`), { url: PAGE }, EMPTY)).toBeNull();
    expect(await outOfScope(report(OTHER_KEY), { url: PAGE }, EMPTY)).toMatch(/own address/);
  });

  it('refuses creating a highlight on, or listing, another page\'s article', async () => {
    expect(await outOfScope(create(KEY), { url: PAGE }, EMPTY)).toBeNull();
    expect(await outOfScope(create(OTHER_KEY), { url: PAGE }, EMPTY)).toMatch(/own article/);
    expect(await outOfScope({ type: 'annotations-list', articleKey: OTHER_KEY }, { url: PAGE }, EMPTY)).toMatch(/own article/);
  });

  it('refuses changing a highlight of another article, by its id', async () => {
    const reads = library([], [annotation('mine', KEY), annotation('theirs', OTHER_KEY)]);
    const update = (id: string): Request => ({ type: 'annotation-update', id, patch: { note: 'overwritten' } });
    expect(await outOfScope(update('mine'), { url: PAGE }, reads)).toBeNull();
    expect(await outOfScope(update('theirs'), { url: PAGE }, reads)).toMatch(/own article/);
  });

  it('follows a single-page app within its origin, never out of it', async () => {
    const moved = 'https://www.news.example.org/2025/02/library-opens';
    expect(await outOfScope(create(moved), { url: PAGE }, EMPTY)).toMatch(/own article/);
    expect(await outOfScope(create(moved), { url: PAGE, tabUrl: moved }, EMPTY)).toBeNull();
    expect(await outOfScope(create(OTHER_KEY), { url: PAGE, tabUrl: OTHER_KEY }, EMPTY)).toMatch(/own article/);
    expect(pageAddresses({ url: PAGE, tabUrl: OTHER_KEY })).toEqual([PAGE]);
  });

  it('leaves requests that name no article alone', async () => {
    expect(await outOfScope({ type: 'detector-load' }, { url: PAGE }, EMPTY)).toBeNull();
  });
});
