// The library page with a broad filter over a large library: results arrive 50 articles at a time, the count
// names every match, "Show more articles" fetches the next run, and exporting what the search shows takes every
// match, not only the articles fetched so far.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serializeBackup, toBackup } from '../../src/export/backup';
import { makeBenchLibrary } from '../fixtures/db/bench-library';
import { startHarnessWithPage, type Harness } from './harness';

const generated = makeBenchLibrary(160, 1600);
const blue = generated.annotations.filter((a) => a.color === 'blue');
const blueArticles = new Set(blue.map((a) => a.articleKey)).size;

describe('the library page with many results', () => {
  let h: Harness;
  let library: Page;
  beforeAll(async () => {
    ({ h, page: library } = await startHarnessWithPage('library.html'));
    const text = serializeBackup(toBackup(generated.articles, generated.annotations, new Date('2026-01-01T00:00:00Z')));
    await library.locator('input[type=file]').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await library.getByText(/^Imported: 1,600 new highlights/).waitFor({ timeout: 30_000 });
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
  });

  const listed = () => library.getByTestId('library-article').count();

  it('lists the first 50 articles of a broad filter, counts every match, and fetches more on request', async () => {
    expect(blueArticles).toBeGreaterThan(100); // the library is large enough for three runs of results
    await library.getByRole('combobox', { name: 'Colour' }).selectOption('blue');
    await expect.poll(() => library.getByTestId('result-count').textContent()).toBe(`Highlights found: ${blue.length.toLocaleString('en')}`);
    await expect.poll(listed).toBe(50);
    await library.getByRole('button', { name: `Show more articles (50 of ${blueArticles} shown)` }).click();
    await expect.poll(listed).toBe(100);
    // Two clicks before the first answer arrives fetch the next run once.
    await library.getByRole('button', { name: /^Show more articles \(100 of/ }).evaluate((button: HTMLElement) => {
      button.click();
      button.click();
    });
    await expect.poll(listed).toBe(Math.min(150, blueArticles));
    // Each listed article counts its matching highlights once.
    const titles = await library.getByTestId('library-article').locator('.title').allTextContents();
    const metas = await library.getByTestId('library-article').locator('.meta').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    titles.forEach((title, i) => {
      const key = generated.articles.find((a) => (a.title ?? a.url) === title)!.key;
      expect(metas[i]).toContain(`Highlights: ${blue.filter((a) => a.articleKey === key).length}`);
    });
    while ((await listed()) < blueArticles) {
      const before = await listed();
      await library.getByRole('button', { name: /^Show more articles/ }).click();
      await expect.poll(listed).toBeGreaterThan(before);
    }
    expect(await library.getByRole('button', { name: /^Show more articles/ }).count()).toBe(0);
  });

  it('shows an article’s every matching highlight, and exports every match of the search', async () => {
    const first = library.getByTestId('library-article').first();
    await first.click();
    const title = (await first.locator('.title').textContent())!;
    const article = generated.articles.find((a) => (a.title ?? a.url) === title)!;
    await expect.poll(() => library.getByTestId('library-highlight').count()).toBe(blue.filter((a) => a.articleKey === article.key).length);

    await library.getByRole('radio', { name: 'What the search shows' }).check();
    await library.getByText('More formats').click();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export JSON-LD (Web Annotation)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.match(/"type": ?"Annotation"/g)?.length).toBe(blue.length);
  });
});
