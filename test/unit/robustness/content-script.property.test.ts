// The content script's page session on generated broken pages: it starts, highlights a random selection,
// paints, and reports its state without throwing, with a stub background in place of the extension.
// Pages that sabotage prototypes are left out here: in a browser the content script runs in an isolated
// world the page's scripts cannot reach, but jsdom has one world (test/e2e/hostile-page.test.ts covers them).
import fc from 'fast-check';
import type { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../src/shared/model';
import type { Request } from '../../../src/shared/messages';
import { hostilePageUpTo, type HostilePage } from './hostile-pages';
import { loadHostilePage } from './load-page';

const RUNS = 200;
/** Smaller deep and huge pages than the detector's test: each run anchors twice, and the test must stay quick. */
const LIMITS = { depth: 300, paragraphs: 300 };

/** The background's answers, kept in memory: what a session saved comes back on the next start. */
function stubBackground(saved: Annotation[]) {
  return async (message: unknown) => {
    const request = message as Request;
    if (request.type === 'page-opened') {
      const article = { key: 'k', url: request.page.url, aliases: ['k'], title: null, byline: null, authors: [], siteName: null, publishedTime: null, modifiedTime: null, lang: null, dir: null, excerpt: null, leadImage: null, wordCount: 0, readingTimeMinutes: 0, firstSeen: '', lastSeen: '' };
      return { ok: true, value: { article, annotations: saved } };
    }
    if (request.type === 'annotation-create') {
      const time = new Date().toISOString();
      const created: Annotation = { id: `id-${saved.length}`, articleKey: request.articleKey, created: time, modified: time, color: request.draft.color, note: '', tags: [], quote: request.draft.quote, selectors: request.draft.selectors, selectorVersion: 1 };
      saved.push(created);
      return { ok: true, value: created };
    }
    if (request.type === 'annotations-list') return { ok: true, value: saved.filter((a) => a.articleKey === request.articleKey) };
    if (request.type === 'detector-load') {
      // What the real background does: put detector.js into the page's isolated world.
      await import('../../../src/content/detector-entry');
      return { ok: true, value: { loaded: true } };
    }
    return { ok: false, error: `unexpected ${request.type}` };
  };
}

/** The page's DOM classes as globals, as a content script sees them in its own window. */
function useWindow(dom: JSDOM): void {
  const w = dom.window;
  Object.assign(globalThis, { Node: w.Node, NodeFilter: w.NodeFilter, Range: w.Range, MutationObserver: w.MutationObserver, window: w });
}

/** Selects the text between two random points of the page's text nodes; false when it has none. */
function selectSomething(doc: Document, from: number, to: number): boolean {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  if (texts.length === 0) return false;
  const a = texts[Math.floor(from * texts.length)]!;
  const b = texts[Math.floor(to * texts.length)]!;
  const range = doc.createRange();
  range.setStart(a, Math.floor(from * a.data.length));
  range.setEnd(b, Math.floor(to * b.data.length));
  doc.getSelection()?.removeAllRanges();
  doc.getSelection()?.addRange(range);
  return true;
}

let send: (message: unknown) => Promise<unknown> = async () => ({ ok: false, error: 'no background' });
let PageSession: typeof import('../../../src/content/page-session').PageSession;
let createPainter: typeof import('../../../src/content/painter').createPainter;

beforeAll(async () => {
  // ext.ts finds the extension API on the global scope when it is first imported.
  Object.assign(globalThis, { chrome: { runtime: { sendMessage: (m: unknown) => send(m), onMessage: { addListener() {} } } } });
  ({ PageSession } = await import('../../../src/content/page-session'));
  ({ createPainter } = await import('../../../src/content/painter'));
});

async function runSession(page: HostilePage, from: number, to: number): Promise<void> {
  const dom = loadHostilePage(page);
  useWindow(dom);
  const doc = dom.window.document;
  const saved: Annotation[] = [];
  send = stubBackground(saved);
  try {
    const first = new PageSession(doc, createPainter(doc));
    await first.start();
    const [lo, hi] = from <= to ? [from, to] : [to, from];
    const selected = selectSomething(doc, lo, hi);
    const created = await first.highlightSelection('yellow');
    if (!selected) expect(created).toBeNull();
    expect((await first.state()).annotations.length).toBe(saved.length);
    // A second session on the same page (a reload) anchors what the first saved, without throwing.
    const second = new PageSession(doc, createPainter(doc));
    await second.start();
    const state = await second.state();
    expect(state.annotations.length).toBe(saved.length);
    expect(state.orphanIds.every((id) => saved.some((a) => a.id === id))).toBe(true);
  } finally {
    dom.window.close();
  }
}

describe('the content script on broken pages', () => {
  it('starts, highlights a random selection and restores it without throwing', async () => {
    const notSabotaged = hostilePageUpTo(LIMITS).filter((p) => !p.kind.startsWith('sabotage-'));
    await fc.assert(
      fc.asyncProperty(notSabotaged, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), runSession),
      { numRuns: RUNS },
    );
  }, 300_000);
});
