// Highlights on pages that change after load: content that arrives late, and single-page-app navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, openPopup, paintedRanges, selectText, startHarness, tabIdOf, type Harness } from './harness';

describe('a page that changes after load', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('paints a highlight whose text arrives after the page loaded', async () => {
    const quote = 'hopes business travellers will choose the train over early flights';
    const page = await h.context.newPage();
    await page.goto(h.server.url('/late-article.html'));
    await selectText(page, '#story', quote);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [quote] });

    await page.goto(h.server.url('/late-article.html#late'));
    await page.reload();
    expect(await page.locator('#story .loading').count()).toBe(1);
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [quote] });
  });

  it('follows a single-page app from story to story and back', async () => {
    const first = 'Fishing boats will use the east quay';
    const second = 'reading club for children';
    const page = await h.context.newPage();
    await page.goto(h.server.url('/spa.html?story=1'));
    await selectText(page, '#story', first);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [first] });

    await page.getByRole('link', { name: 'Library' }).click();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({});
    await selectText(page, '#story', second);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [second] });
    const popup = await openPopup(h, await tabIdOf(h, page.url()));
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('Central library to open on Sundays');
    await popup.close();

    await page.goBack();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [first] });
  });
});
