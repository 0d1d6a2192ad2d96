// The work plan of `scripts/bench-robustness.ts` (which pages go in which child process) and how a generated
// hostile page is parsed for it.
import { JSDOM, VirtualConsole } from 'jsdom';
import type { HostilePage } from '../../test/unit/robustness/hostile-pages';
import { HOSTILE_URL, loadHostilePage } from '../../test/unit/robustness/load-page';

/** WCXB pages per child: jsdom keeps ~5 MB of each closed window, so 100 stay far below Node's heap limit. */
export const WCXB_CHUNK = 100;
/** Generated pages per child: most share one window (below), so a child's start-up is spread over more. */
export const GENERATED_CHUNK = 500;

export interface Chunk {
  set: 'wcxb' | 'generated';
  /** Names the chunk in a log, so a resumed run knows it is done. */
  key: string;
  label: string;
  count: number;
  /** What follows `--chunk` on the child's command line. */
  args: string[];
}

export function chunkPlan(o: { wcxb: { dir: string; count: number } | null; generated: number; seed: number }): Chunk[] {
  const plan: Chunk[] = [];
  const split = (set: Chunk['set'], count: number, size: number, args: (from: number, to: number) => string[], key: (from: number, to: number) => string) => {
    for (let from = 0; from < count; from += size) {
      const to = Math.min(count, from + size);
      plan.push({ set, key: key(from, to), label: `${set} ${from}–${to - 1}`, count: to - from, args: args(from, to) });
    }
  };
  if (o.wcxb) {
    const { dir, count } = o.wcxb;
    split('wcxb', count, WCXB_CHUNK, (f, t) => ['wcxb', dir, String(f), String(t)], (f, t) => `wcxb ${dir} ${f}-${t}`);
  }
  split('generated', o.generated, GENERATED_CHUNK, (f, t) => ['generated', String(o.seed), String(f), String(t)], (f, t) => `generated seed ${o.seed} ${f}-${t}`);
  return plan;
}

/**
 * Markup that runs code, or that parses differently with scripting on (`noscript` holds text then, as in a
 * browser), gets a window of its own with scripts running: sabotage must not leak into other pages.
 */
const NEEDS_SCRIPTS = /<(?:no)?script\b(?![^>]*ld\+json)/i;

let shared: JSDOM | null = null;

/**
 * Parses a generated page for the detector, or null when jsdom cannot build it. A page without scripts is
 * parsed by one shared window's DOMParser: the same HTML parser and DOM, without the ~60–110 ms a new
 * jsdom window costs (which was most of the time per generated page).
 */
export function loadGenerated(page: HostilePage): { document: Document; url: string; close: () => void } | null {
  try {
    if (NEEDS_SCRIPTS.test(page.html)) {
      const dom = loadHostilePage(page);
      return { document: dom.window.document, url: HOSTILE_URL, close: () => dom.window.close() };
    }
    shared ??= new JSDOM('', { url: HOSTILE_URL, virtualConsole: new VirtualConsole() });
    const document = new shared.window.DOMParser().parseFromString(page.html, 'text/html');
    page.build?.(document);
    return { document, url: HOSTILE_URL, close: () => {} };
  } catch {
    return null;
  }
}
