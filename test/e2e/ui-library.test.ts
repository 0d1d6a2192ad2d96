// The library page: import of a backup (and the background's reason when a file is refused), every article,
// sorting, full-text search, filters by tag, colour and site, export of what is shown, and a full backup.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarnessWithPage, type Harness } from './harness';

const BACKUP = fileURLToPath(new URL('../fixtures/backup-example.json', import.meta.url));

describe('the library page', () => {
  let h: Harness;
  let library: Page;
  beforeAll(async () => {
    ({ h, page: library } = await startHarnessWithPage('library.html'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  const titles = () => library.getByTestId('library-article').locator('.title').allTextContents();
  const importFile = (name: string, text: string) =>
    library.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('refuses a broken backup with the background’s reason and writes nothing', async () => {
    await importFile('broken.json', '{"format": "marginalia-backup", "version": 1, "articles": [');
    await expect.poll(() => library.getByRole('alert').textContent()).toMatch(/not JSON.*line 1/);
    expect(await library.getByTestId('library-article').count()).toBe(0);
  });

  it('imports a backup and lists every article, most recently read first or by site', async () => {
    await importFile('backup.json', readFileSync(BACKUP, 'utf8'));
    await expect.poll(() => library.getByTestId('import-result').textContent()).toMatch(/^Imported: 16 new highlights/);
    await expect.poll(titles).toHaveLength(5);
    expect((await titles())[0]).toMatch(/^Why <script> tags/);
    await library.getByRole('combobox', { name: 'Order' }).selectOption('site');
    await expect.poll(async () => (await titles())[0]).toMatch(/^Council votes/);
    // The chosen article shows its highlights and notes.
    await library.getByTestId('library-article').filter({ hasText: 'Grain corridor' }).click();
    await expect.poll(() => library.getByTestId('library-highlight').count()).toBe(4);
    expect(await library.getByTestId('article-detail').textContent()).toContain('Key fact: first meeting since *March*.');
  });

  it('searches quotes and notes as the reader types', async () => {
    await library.getByRole('searchbox', { name: 'Search' }).fill('free test kit');
    await expect.poll(titles).toEqual(['Council votes 7–2 to ban “forever chemicals” in tap water — & what <PFAS> means for you']);
    await expect.poll(() => library.getByTestId('library-highlight').count()).toBe(1);
    await library.getByRole('searchbox', { name: 'Search' }).fill('');
    await expect.poll(titles).toHaveLength(5);
  });

  it('filters by tag, colour and site, and exports only what is shown', async () => {
    await library.getByRole('combobox', { name: 'Tag' }).selectOption('quotes');
    await expect.poll(titles).toHaveLength(2);
    await library.getByRole('combobox', { name: 'Colour' }).selectOption('green');
    await expect.poll(titles).toEqual(['Grain corridor talks resume as negotiators meet in Istanbul']);
    await library.getByRole('combobox', { name: 'Colour' }).selectOption('');
    await library.getByRole('combobox', { name: 'Site' }).selectOption('Riverside Courier');
    await expect.poll(titles).toEqual(['Council votes 7–2 to ban “forever chemicals” in tap water — & what <PFAS> means for you']);
    await expect.poll(() => library.getByTestId('library-highlight').count()).toBe(1);

    await library.getByRole('radio', { name: 'What the search shows' }).check();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export Markdown' }).click()]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('Council member Ruiz');
    expect(markdown).not.toContain('free test kit');
    expect(markdown).not.toContain('Grain corridor');
    await library.getByRole('combobox', { name: 'Tag' }).selectOption('');
    await library.getByRole('combobox', { name: 'Site' }).selectOption('');
  });

  it('downloads a full backup that imports again without changes', async () => {
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^marginalia backup \d{4}-\d\d-\d\d\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).annotations).toHaveLength(16);
    await importFile('again.json', text);
    await expect.poll(() => library.getByTestId('import-result').textContent()).toMatch(/^Imported: 0 new highlights, 0 updated/);
  });
});
