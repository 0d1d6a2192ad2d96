// Runs in the page for scripts/bench-browser.ts, bundled with both systems (so nothing of it is serialised
// from Node): each system on the live document (scripts/lib/systems.ts), in the order asked for.
import { detectArticle } from '../../src/article/detect-article';
import type { Guess } from './extract-scores';
import { runOurs, runReadability } from './systems';

/** Each system's first (cold) run, and the milliseconds of a second run of each on the same page (warm). */
export interface InPage { ours: Guess; readability: Guess; warm: { ours: number; readability: number } }

const ours = (url: string): Guess => runOurs(document, url);
const theirs = (): Guess => runReadability(document);

/** Both systems on the live document, in the order asked for: first run, then a second run of each. */
export function measure(url: string, oursFirst: boolean): InPage {
  let o: Guess;
  let r: Guess;
  if (oursFirst) {
    o = ours(url);
    r = theirs();
  } else {
    r = theirs();
    o = ours(url);
  }
  return { ours: o, readability: r, warm: { ours: ours(url).ms, readability: theirs().ms } };
}

/** The page's markup as a copy of it would be sent elsewhere, and the milliseconds that took. */
export function serialize(): { html: string; ms: number } {
  const t0 = performance.now();
  const html = document.documentElement.outerHTML;
  return { html, ms: performance.now() - t0 };
}

/** In a long-lived page: the markup parsed into a document of its own, then our detector on it; each step's milliseconds. */
export function detectCopy(html: string, url: string): { parseMs: number; detectMs: number } {
  const t0 = performance.now();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const t1 = performance.now();
  detectArticle(doc, { url });
  return { parseMs: t1 - t0, detectMs: performance.now() - t1 };
}
