// The quota filled for real in Chromium: a copy of the test build without `unlimitedStorage` (which would exempt
// the library from any quota), and a small quota set for the extension's origin through the DevTools protocol
// (Storage.overrideQuotaForOrigin, set before the library is first opened), which IndexedDB then enforces as it
// would a full disk. A backup too large for the room left is refused whole with a message the reader sees, and
// the library keeps exactly what it held. A highlight made when not one more record fits (the room taken by another
// database of the same origin: a quota lowered after the library opened is not enforced by Chromium 156) is kept
// nowhere, and the tab's toolbar icon says why.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBackup, toBackup } from '../../src/export/backup';
import { makeBenchLibrary } from '../fixtures/db/bench-library';
import {
  clickToolbarButton, E2E_DIST, extensionPage, openExtensionPage, paintedRanges, selectText, startHarness, storedAnnotations, tabIdOf, type Harness,
} from './harness';

const FIRST = 'A ferry carries a few hundred people an hour on a good day';
const SECOND = 'Its last crossing, in October 1985, carried fewer than fifty people.';
/** Room left for the first highlight and little else: far less than the backup below needs. */
const HEADROOM_BYTES = 200_000;
const NO_ROOM = /no room left for the library; nothing was saved/;

/** The test build's manifest without unlimitedStorage, in a temporary folder. */
function buildWithoutUnlimitedStorage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-quota-'));
  cpSync(E2E_DIST, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { permissions: string[] };
  manifest.permissions = manifest.permissions.filter((p) => p !== 'unlimitedStorage');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Sets the extension origin's quota to what it uses now plus `headroom` bytes, through `cdp` (the browser keeps
 * the override while that DevTools session stays attached); returns the quota set.
 */
async function limitQuota(h: Harness, cdp: CDPSession, headroom: number): Promise<number> {
  const origin = `chrome-extension://${h.extensionId}`;
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + headroom });
  const { quota, overrideActive } = await cdp.send('Storage.getUsageAndQuota', { origin });
  expect({ quota, overrideActive }).toEqual({ quota: usage + headroom, overrideActive: true });
  return quota;
}

/** The keys of every article record, read straight from the database by an extension page. */
function storedArticleKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('marginalia');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const keys = open.result.transaction('articles').objectStore('articles').getAllKeys();
      keys.onsuccess = () => {
        open.result.close();
        resolve((keys.result as string[]).sort());
      };
      keys.onerror = () => reject(keys.error);
    };
  }));
}

describe('a library that fills the storage quota', () => {
  let h: Harness;
  let dir: string;
  let reader: Page;
  let cdp: CDPSession;
  beforeAll(async () => {
    dir = buildWithoutUnlimitedStorage();
    h = await startHarness({ extensionDir: dir });
    // The quota is set before the library is first opened: the database reads its limit when it opens.
    reader = await extensionPage(h);
    cdp = await h.context.newCDPSession(reader);
    await limitQuota(h, cdp, HEADROOM_BYTES);
  });
  afterAll(async () => {
    await cdp?.detach().catch(() => {});
    await h?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a backup it has no room for, whole, and says so', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('/sample-article.html'));
    await selectText(page, '.story-body', FIRST);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [FIRST] });

    await expect.poll(async () => (await storedAnnotations(reader)).length).toBe(1);
    const articlesBefore = await storedArticleKeys(reader);

    const big = makeBenchLibrary(50, 2_000);
    const text = serializeBackup(toBackup(big.articles, big.annotations, new Date('2026-01-01T00:00:00Z')));
    expect(text.length).toBeGreaterThan(HEADROOM_BYTES * 5);
    const library = await openExtensionPage(h, 'library.html');
    await library.locator('input[type=file]').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => library.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(NO_ROOM);

    // All or nothing: not one of the 2,000 highlights or 50 articles, and the earlier highlight untouched.
    expect((await storedAnnotations(reader)).map((a) => a['quote'])).toEqual([FIRST]);
    expect(await storedArticleKeys(reader)).toEqual(articlesBefore);
  });

  it("says on the tab's toolbar icon that a highlight from the in-page toolbar found no room, and keeps nothing of it", async () => {
    // The fragment tells this tab from the first test's; the article is the same.
    const url = h.server.url('/sample-article.html#full');
    const page = await h.context.newPage();
    await page.goto(url);
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [FIRST] });
    const tabId = await tabIdOf(h, url);
    const before = await storedAnnotations(reader);

    // What room the quota leaves is taken by another database of the same origin, so not one more record fits.
    expect(await fillQuota(reader)).toBeGreaterThan(0);
    await selectText(page, '.story-body', SECOND);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => iconOf(h, tabId), { timeout: 15_000 }).toEqual({ badge: '!', title: expect.stringMatching(NO_ROOM) });
    expect(await paintedRanges(page)).toEqual({ 'marginalia-yellow': [FIRST] });
    expect(await storedAnnotations(reader)).toEqual(before);
  });
});

/** The toolbar icon's badge text and tooltip in one tab. */
function iconOf(h: Harness, tabId: number): Promise<{ badge: string; title: string }> {
  return h.worker.evaluate(async (id) => ({ badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

/**
 * Writes blobs into a database of its own from an extension page, halving their size after each refusal down to a
 * few bytes, until the quota is reached; returns the bytes written.
 */
function fillQuota(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quota-filler');
      open.onupgradeneeded = () => open.result.createObjectStore('filler', { autoIncrement: true });
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const put = (size: number) => new Promise<boolean>((resolve) => {
      const tx = db.transaction('filler', 'readwrite');
      tx.objectStore('filler').put(new Uint8Array(size).fill(7));
      tx.oncomplete = () => resolve(true);
      tx.onabort = () => resolve(false);
    });
    let written = 0;
    for (let size = 64 * 1024; size >= 16; ) {
      if (await put(size)) written += size;
      else size = Math.floor(size / 2);
    }
    db.close();
    return written;
  });
}
