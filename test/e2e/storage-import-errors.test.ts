// What the reader sees when an import cannot be taken, through the library page in real Chromium: a malformed file
// and a full disk each get a message naming the problem, and neither writes anything. Also: the page's requests
// reach the service worker directly (askBackground), and the library page asks for persistent storage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, startHarnessWithPage, storedAnnotations, type Harness } from './harness';

const BACKUP = readFileSync(fileURLToPath(new URL('../fixtures/backup-example.json', import.meta.url)), 'utf8');

describe('importing from the library page', () => {
  let h: Harness;
  let library: Page;
  beforeAll(async () => {
    ({ h, page: library } = await startHarnessWithPage('library.html'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const importFile = (name: string, text: string) =>
    library.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('names the field and the record of a mistyped value, and writes nothing', async () => {
    const data = JSON.parse(BACKUP);
    data.annotations[3].color = 'red';
    await importFile('mistyped.json', JSON.stringify(data, null, 2));
    await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/backup\.annotations\[3\]\.color: expected one of "yellow".*found "red"/);
    expect(await storedAnnotations(library)).toEqual([]);
  });

  it('tells the reader the disk is full and writes nothing, then imports once there is room', async () => {
    // The worker's IndexedDB refuses every put as a full disk does.
    await h.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as { put: unknown; realPut?: unknown };
      proto.realPut = proto.put;
      proto.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await importFile('backup.json', BACKUP);
    await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/no room left for the library; nothing was saved/);
    expect(await storedAnnotations(library)).toEqual([]);

    await h.worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as { put: unknown; realPut?: unknown };
      proto.put = proto.realPut;
    });
    await importFile('backup.json', BACKUP);
    await expect.poll(() => library.getByTestId('import-result').textContent()).toMatch(/^Imported: 16 new highlights/);
    expect(await storedAnnotations(library)).toHaveLength(16);
  });

  it('posts its requests to the service worker, which answers on the port sent along', async () => {
    const reply = await library.evaluate(async () => {
      const worker = (await navigator.serviceWorker.getRegistration())?.active;
      if (!worker) return null;
      return new Promise<{ ok: boolean; value?: { text: string } }>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve(event.data);
        worker.postMessage({ type: 'backup-export' }, [channel.port2]);
      });
    });
    expect(reply?.ok).toBe(true);
    expect(JSON.parse(reply!.value!.text).annotations).toHaveLength(16);
  });

  it('asks for storage the browser does not evict when it opens', async () => {
    // Chromium grants persistence by its own judgement (headless Chromium says no); what the page controls is asking.
    await h.context.addInitScript(() => {
      const ask = navigator.storage.persist.bind(navigator.storage);
      const counted = window as unknown as { persistAsked: number };
      counted.persistAsked = 0;
      navigator.storage.persist = () => {
        counted.persistAsked++;
        return ask();
      };
    });
    const page = await openExtensionPage(h, 'library.html');
    expect(await page.evaluate(() => (window as unknown as { persistAsked: number }).persistAsked)).toBe(1);
  });
});
