// Runs in the page for scripts/bench-browser.ts, bundled with both systems (so nothing of it is serialised
// from Node): each system once on the live document, in the order asked for, each timed alone.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../src/article/detect-article';
import type { Guess } from './extract-scores';

/** Each system's first (cold) run, and the milliseconds of a second run of each on the same page (warm). */
export interface InPage { ours: Guess; readability: Guess; warm: { ours: number; readability: number } }

function ours(url: string): Guess {
  const caught: string[] = [];
  const t0 = performance.now();
  try {
    const r = detectArticle(document, { url, onError: (e) => void caught.push(String((e as Error)?.message ?? e).slice(0, 200)) });
    const ms = performance.now() - t0;
    return { title: r.title, author: r.byline, date: r.publishedTime, body: r.text, isArticle: r.isArticle, ms, threw: false, caught };
  } catch {
    return { title: null, author: null, date: null, body: '', isArticle: false, ms: performance.now() - t0, threw: true, caught };
  }
}

/** Readability as a content script must run it: clone the document, parse the clone. */
function theirs(): Guess {
  const t0 = performance.now();
  let threw = false;
  let r: ReturnType<Readability['parse']> = null;
  try {
    r = new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    threw = true;
  }
  const ms = performance.now() - t0;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(document);
  } catch {
    readerable = false;
  }
  return { title: r?.title ?? null, author: r?.byline ?? null, date: r?.publishedTime ?? null, body: r?.textContent ?? '', isArticle: readerable, ms, threw };
}

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
