// Golden tests on real pages (WCXB, CC-BY-4.0; see test/fixtures/article/README.md): the detector
// must agree with the benchmark's ground truth on title, author and date, and nearly on the body.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';

const FIXTURES = new URL('../../fixtures/article/', import.meta.url);
/** Parsing a real page in jsdom takes seconds on a busy machine. */
const PARSE_TIMEOUT_MS = 60_000;
const IDS = ['0080', '0279', '0482', '4377', '4562'];

const fold = (s: string | null): string => (s ?? '').toLowerCase().match(/[\p{L}\p{N}_]+/gu)?.join(' ') ?? '';

/** Bag-of-words F1 on lower-cased tokens (how WCXB scores bodies). */
function wordF1(guess: string, truth: string): number {
  const count = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const g = count(guess);
  const t = count(truth);
  let tp = 0;
  for (const [k, v] of g) tp += Math.min(v, t.get(k) ?? 0);
  const gn = [...g.values()].reduce((a, b) => a + b, 0);
  const tn = [...t.values()].reduce((a, b) => a + b, 0);
  return tp ? (2 * (tp / gn) * (tp / tn)) / (tp / gn + tp / tn) : 0;
}

describe('golden pages', () => {
  for (const id of IDS) {
    it(`agrees with the ground truth of page ${id}`, () => {
      const truth = JSON.parse(readFileSync(new URL(`${id}.json`, FIXTURES), 'utf8'));
      const html = gunzipSync(readFileSync(new URL(`${id}.html.gz`, FIXTURES)));
      const doc = new JSDOM(html, { url: truth.url, virtualConsole: new VirtualConsole() }).window.document;
      const before = doc.documentElement.outerHTML;
      const d = detectArticle(doc);
      const g = truth.ground_truth;
      expect(fold(d.title)).toBe(fold(g.title));
      const author = fold(d.byline);
      expect(author.length).toBeGreaterThan(0);
      expect(fold(g.author).includes(author) || author.includes(fold(g.author))).toBe(true);
      expect(d.publishedTime?.slice(0, 10)).toBe(g.publish_date);
      expect(d.isArticle).toBe(true);
      expect(wordF1(d.text, g.main_content)).toBeGreaterThan(0.93);
      expect(d.roots.length).toBeGreaterThan(0);
      expect(doc.documentElement.outerHTML).toBe(before);
    }, PARSE_TIMEOUT_MS);
  }
});
