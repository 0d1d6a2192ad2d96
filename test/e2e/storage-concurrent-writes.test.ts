// Writes from two tabs at once lose nothing: two article tabs (the same article under two URLs) highlight at the
// same moment, two popups edit notes at the same moment, and two extension pages fire interleaved bursts of
// creations and edits, some on the same highlight. Afterwards every change is in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, extensionPage, openPopup, paintedRanges, selectText, startHarness, storedAnnotations, tabIdOf, type Harness } from './harness';

const FIRST = 'A passenger ferry will cross the estuary again next spring';
const SECOND = 'sets aside 2.4 million for two electric boats';
/** Highlights each extension page creates in one burst, all in flight together. */
const BURST = 25;

describe('storage under concurrent writes', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('keeps the highlights and notes made in two tabs and two popups at the same time', async () => {
    const plainUrl = h.server.url('/sample-article.html');
    const trackedUrl = `${plainUrl}?utm_source=newsletter`;
    const [pageA, pageB] = [await h.context.newPage(), await h.context.newPage()];
    await Promise.all([pageA.goto(plainUrl), pageB.goto(trackedUrl)]);
    const [popupA, popupB] = await Promise.all([openPopup(h, await tabIdOf(h, plainUrl)), openPopup(h, await tabIdOf(h, trackedUrl))]);

    await Promise.all([highlight(pageA, FIRST), highlight(pageB, SECOND)]);
    await expect.poll(async () => (await storedAnnotations(popupA)).length).toBe(2);

    // After a reload each tab paints both highlights (one article under two URLs), and so each popup lists both;
    // then each popup writes a note on a different one at the same moment.
    await Promise.all([pageA.reload(), pageB.reload()]);
    await expect.poll(async () => Object.values(await paintedRanges(pageA)).flat().length, { timeout: 10_000 }).toBe(2);
    await expect.poll(async () => Object.values(await paintedRanges(pageB)).flat().length, { timeout: 10_000 }).toBe(2);
    await Promise.all([popupA.reload(), popupB.reload()]);
    await expect.poll(() => popupA.getByTestId('highlight').count()).toBe(2);
    await expect.poll(() => popupB.getByTestId('highlight').count()).toBe(2);
    await Promise.all([writeNote(popupA, FIRST, 'note from tab A'), writeNote(popupB, SECOND, 'note from tab B')]);

    const stored = await storedAnnotations(popupA);
    expect(Object.fromEntries(stored.map((a) => [a.quote, a.note]))).toEqual({ [FIRST]: 'note from tab A', [SECOND]: 'note from tab B' });
    expect(new Set(stored.map((a) => a.articleKey)).size).toBe(1);
  });

  it('loses no creation and no edit when two pages send bursts of writes at once', async () => {
    const articleKey = (await storedAnnotations(await extensionPage(h)))[0]!.articleKey as string;
    const [left, right] = [await extensionPage(h), await extensionPage(h)];
    const shared = (await storedAnnotations(left)).find((a) => a.quote === FIRST)!;

    // Each page creates BURST highlights and, in the same instant, edits a different field of one shared highlight.
    const [madeLeft, madeRight] = await Promise.all([
      burst(left, articleKey, 'left', { id: shared.id as string, patch: { tags: ['from-left'] } }),
      burst(right, articleKey, 'right', { id: shared.id as string, patch: { color: 'green' } }),
    ]);
    expect(madeLeft.length + madeRight.length).toBe(2 * BURST);

    // Then each annotates the other's highlights, again all at once.
    await Promise.all([annotateAll(left, madeRight, 'seen by left'), annotateAll(right, madeLeft, 'seen by right')]);

    const stored = await storedAnnotations(left);
    const byId = new Map(stored.map((a) => [a.id as string, a]));
    expect(stored.length).toBe(2 + 2 * BURST);
    for (const id of madeRight) expect(byId.get(id)?.note).toBe('seen by left');
    for (const id of madeLeft) expect(byId.get(id)?.note).toBe('seen by right');
    expect(byId.get(shared.id as string)).toMatchObject({ note: 'note from tab A', tags: ['from-left'], color: 'green' });
    const listed = await send<Array<{ id: string }>>(left, { type: 'annotations-list', articleKey });
    expect(listed.length).toBe(2 + 2 * BURST);
  });

  it('holds unlimitedStorage, which exempts the library from eviction in Chromium', async () => {
    // StorageManager.persist() exists only in window contexts: the service worker cannot ask for it (Firefox's
    // event page can). In Chromium, unlimitedStorage is what keeps the library: its quota is not a web origin's.
    const page = await extensionPage(h);
    const extension = await page.evaluate(async () => ({ permissions: chrome.runtime.getManifest().permissions ?? [], quota: (await navigator.storage.estimate()).quota ?? 0 }));
    const web = await h.context.newPage();
    await web.goto(h.server.url('/sample-article.html'));
    const webQuota = await web.evaluate(async () => (await navigator.storage.estimate()).quota ?? 0);
    expect(extension.permissions).toContain('unlimitedStorage');
    expect(extension.quota).toBeGreaterThan(webQuota);
  });
});

async function highlight(page: Page, quote: string): Promise<void> {
  await selectText(page, '.story-body', quote);
  await clickToolbarButton(page, 'Highlight');
  await expect.poll(async () => Object.values(await paintedRanges(page)).flat()).toContain(quote);
}

async function writeNote(popup: Page, quote: string, note: string): Promise<void> {
  const box = popup.getByTestId('highlight').filter({ hasText: quote }).getByRole('textbox');
  await box.fill(note);
  await box.blur();
  await expect.poll(() => popup.getByText('Saving…').count()).toBe(0);
}

async function send<T>(page: Page, message: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as { ok: boolean; value?: T; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as T;
}

/** Sends BURST creations and one edit without waiting between them; returns the new highlights' ids. */
async function burst(page: Page, articleKey: string, side: string, edit: { id: string; patch: object }): Promise<string[]> {
  return page.evaluate(
    async ({ articleKey, side, edit, count }) => {
      const replies = await Promise.all([
        chrome.runtime.sendMessage({ type: 'annotation-update', ...edit }),
        ...Array.from({ length: count }, (_, i) =>
          chrome.runtime.sendMessage({ type: 'annotation-create', articleKey, draft: { quote: `${side} ${i}`, selectors: [{ type: 'TextQuoteSelector', exact: `${side} ${i}` }], color: 'blue' } }),
        ),
      ]);
      if (replies.some((r) => !r.ok)) throw new Error(JSON.stringify(replies.find((r) => !r.ok)));
      return replies.slice(1).map((r) => r.value.id as string);
    },
    { articleKey, side, edit, count: BURST },
  );
}

async function annotateAll(page: Page, ids: string[], note: string): Promise<void> {
  await page.evaluate(
    async ({ ids, note }) => {
      const replies = await Promise.all(ids.map((id) => chrome.runtime.sendMessage({ type: 'annotation-update', id, patch: { note } })));
      if (replies.some((r) => !r.ok)) throw new Error(JSON.stringify(replies.find((r) => !r.ok)));
    },
    { ids, note },
  );
}
