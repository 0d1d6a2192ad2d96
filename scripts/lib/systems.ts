// Both systems of the extraction benchmarks run once on a document, timed alone, their answers as scored guesses:
// our detector, and Mozilla Readability as a content script must run it (clone the document, parse the clone).
// Shared by bench-extract (jsdom, in Node) and bench-browser (bundled into the page), so both measure the same work.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../../src/article/detect-article';
import type { Guess } from './extract-scores';

/** Our detector on `doc`; the errors it caught inside (each part then falls back to "not found") are kept. */
export function runOurs(doc: Document, url?: string): Guess {
  const caught: string[] = [];
  const t0 = performance.now();
  try {
    const r = detectArticle(doc, { url, onError: (e) => void caught.push(String((e as Error)?.message ?? e).slice(0, 200)) });
    const ms = performance.now() - t0;
    return { title: r.title, author: r.byline, date: r.publishedTime, body: r.text, isArticle: r.isArticle, ms, threw: false, caught };
  } catch {
    return { title: null, author: null, date: null, body: '', isArticle: false, ms: performance.now() - t0, threw: true, caught };
  }
}

/** Readability on a clone of `doc` (timed), and its isProbablyReaderable on `doc` itself (not timed) as its isArticle. */
export function runReadability(doc: Document): Guess {
  const t0 = performance.now();
  let threw = false;
  let r: ReturnType<Readability['parse']> = null;
  try {
    r = new Readability(doc.cloneNode(true) as Document).parse();
  } catch {
    threw = true;
  }
  const ms = performance.now() - t0;
  let readerable = false;
  try {
    readerable = isProbablyReaderable(doc);
  } catch {
    readerable = false;
  }
  return { title: r?.title ?? null, author: r?.byline ?? null, date: r?.publishedTime ?? null, body: r?.textContent ?? '', isArticle: readerable, ms, threw };
}

/** The reference's place in a run that leaves it out (--no-reference). */
export const NOT_RUN: Guess = { title: null, author: null, date: null, body: '', isArticle: false, ms: NaN, threw: false };
