// The detector on generated broken and hostile pages: it never throws, always finishes in bounded time,
// and returns a well-formed result (numbers finite, text a string, fields null rather than garbage).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { deepPage, hostilePage, hugePage, sabotagedPage, SABOTAGE_SCRIPTS, type HostilePage } from './hostile-pages';
import { HOSTILE_URL, loadHostilePage } from './load-page';

/** Runs per property: enough to meet every kind of page several times, quick enough for every test run. */
const RUNS = 200;
/**
 * A page the detector takes longer than this on counts as a hang. Not a speed target (bench:budget measures speed):
 * the slowest WCXB page takes ~2 s and 10,000 paragraphs ~3 s on a loaded machine, but 27 s once under a load of 20.
 */
const PAGE_BUDGET_MS = 45_000;

/** Detects the article on `page` and checks the result's shape; throws with the page kind on any problem. */
function detectChecked(page: HostilePage): void {
  const dom = loadHostilePage(page);
  try {
    const started = performance.now();
    const result = detectArticle(dom.window.document, { url: HOSTILE_URL });
    const took = performance.now() - started;
    expect(took, `${page.kind} took ${Math.round(took)} ms`).toBeLessThan(PAGE_BUDGET_MS);
    expect(typeof result.text).toBe('string');
    expect(Number.isFinite(result.wordCount) && result.wordCount >= 0).toBe(true);
    expect(Number.isFinite(result.readingTimeMinutes) && result.readingTimeMinutes >= 0).toBe(true);
    expect(typeof result.isArticle).toBe('boolean');
    expect(Array.isArray(result.authors) && result.authors.every((a) => typeof a === 'string')).toBe(true);
    for (const field of ['title', 'byline', 'publishedTime', 'siteName', 'canonicalUrl'] as const) {
      expect(result[field] === null || typeof result[field] === 'string').toBe(true);
    }
  } finally {
    dom.window.close();
  }
}

describe('detectArticle on hostile pages', () => {
  it('never throws and always finishes on generated pages', () => {
    fc.assert(fc.property(hostilePage, (page) => detectChecked(page)), { numRuns: RUNS });
  }, 300_000);

  // 2,000 levels: jsdom itself overflows its stack on 5,000 (its own tree walks recurse); the
  // end-to-end test (test/e2e/hostile-page.test.ts) takes 5,000 levels in Chromium.
  it('finishes on a DOM 2,000 levels deep', () => {
    detectChecked(deepPage(2_000));
  }, 60_000);

  it('finishes on a DOM of 10,000 paragraphs', () => {
    detectChecked(hugePage(10_000));
  }, 90_000);

  it.each(Object.keys(SABOTAGE_SCRIPTS))('survives a page whose script breaks %s', (name) => {
    detectChecked(sabotagedPage(name));
  });
});
