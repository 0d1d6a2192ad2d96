// PageSession.highlightSelection while the save is in flight: the reader may select something else before the
// background answers. The highlight must stay on the text that was selected when it was asked for, and only that
// selection is cleared afterwards; a newer one is the reader's next highlight and is kept.
import { JSDOM } from 'jsdom';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../src/shared/model';
import type { Request } from '../../../src/shared/messages';
import type { Painted, Painter } from '../../../src/content/painter';

// jsdom on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

const ARTICLE = { key: 'k', url: 'https://example.com/a', aliases: ['k'], title: null, byline: null, authors: [], siteName: null, publishedTime: null, modifiedTime: null, lang: null, dir: null, excerpt: null, leadImage: null, wordCount: 0, readingTimeMinutes: 0, firstSeen: '', lastSeen: '' };

/** A background whose answer to `annotation-create` waits until the test releases it. */
function slowBackground() {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked: () => void = () => {};
  const creating = new Promise<void>((resolve) => (asked = resolve));
  const send = async (message: unknown) => {
    const request = message as Request;
    if (request.type === 'page-opened') return { ok: true, value: { article: ARTICLE, annotations: [] } };
    if (request.type === 'annotation-create') {
      asked();
      await released;
      const created: Annotation = { id: 'a1', articleKey: request.articleKey, created: '', modified: '', color: request.draft.color, note: '', tags: [], quote: request.draft.quote, selectors: request.draft.selectors, selectorVersion: 1 };
      return { ok: true, value: created };
    }
    return { ok: false, error: `not needed here: ${request.type}` };
  };
  return { send, release, creating };
}

let send: (message: unknown) => Promise<unknown> = async () => ({ ok: false, error: 'no background' });
let PageSession: typeof import('../../../src/content/page-session').PageSession;
let dom: JSDOM | null = null;

beforeAll(async () => {
  // ext.ts finds the extension API on the global scope when it is first imported.
  Object.assign(globalThis, { chrome: { runtime: { sendMessage: (m: unknown) => send(m), onMessage: { addListener() {} } } } });
  ({ PageSession } = await import('../../../src/content/page-session'));
});

afterEach(() => dom?.window.close());

/** A page with two paragraphs, the first selected; a painter that only records what it was given. */
function setUp() {
  dom = new JSDOM('<body><p id="one">The council voted on Tuesday.</p><p id="two">Residents were not consulted.</p></body>', { url: ARTICLE.url });
  const w = dom.window;
  Object.assign(globalThis, { Node: w.Node, NodeFilter: w.NodeFilter, Range: w.Range, MutationObserver: w.MutationObserver, window: w });
  const doc = w.document;
  const painted: Painted[][] = [];
  const painter: Painter = { paint: (items) => void painted.push(items), setVisible() {} };
  const first = doc.querySelector('#one')!.firstChild as Text;
  const second = doc.querySelector('#two')!.firstChild as Text;
  const selection = doc.getSelection()!;
  const range = doc.createRange();
  range.setStart(first, 4);
  range.setEnd(first, 11); // "council"
  selection.removeAllRanges();
  selection.addRange(range);
  return { doc, painted, selection, first, second, session: new PageSession(doc, painter) };
}

describe('PageSession.highlightSelection', () => {
  it('clears the selection it highlighted once the save is done', async () => {
    const background = slowBackground();
    send = background.send;
    const { selection, session } = setUp();
    await session.start();
    const saving = session.highlightSelection('yellow');
    await background.creating;
    background.release();
    expect((await saving)?.quote).toBe('council');
    expect(selection.rangeCount).toBe(0);
  });

  it('keeps a newer selection the reader made while the save was in flight', async () => {
    const background = slowBackground();
    send = background.send;
    const { doc, painted, selection, second, session } = setUp();
    await session.start();
    const saving = session.highlightSelection('yellow');
    await background.creating;
    const next = doc.createRange();
    next.setStart(second, 0);
    next.setEnd(second, 9); // "Residents"
    selection.removeAllRanges();
    selection.addRange(next);
    background.release();
    expect((await saving)?.quote).toBe('council');
    expect(selection.rangeCount).toBe(1);
    expect(selection.toString()).toBe('Residents');
    expect(painted.at(-1)?.map((p) => p.range.toString())).toEqual(['council']);
  });

  it('keeps the highlight on the text first selected when the reader changes that same selection', async () => {
    const background = slowBackground();
    send = background.send;
    const { painted, selection, first, session } = setUp();
    await session.start();
    const saving = session.highlightSelection('yellow');
    await background.creating;
    // The selection's own range follows the reader as they drag to a longer passage.
    selection.getRangeAt(0).setEnd(first, 17);
    background.release();
    await saving;
    expect(painted.at(-1)?.map((p) => p.range.toString())).toEqual(['council']);
    expect(session.placedRanges().get('a1')?.toString()).toBe('council');
    expect(selection.toString()).toBe('council voted');
  });
});
