// The whole path a reader takes, in real headless Chromium with the built extension:
// article detected → popup → highlight → note → stored → restored after reload → exported.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, openPopup, paintedRanges, selectText, startHarness, tabIdOf, type Harness } from './harness';

const QUOTE = 'A ferry carries a few hundred people an hour on a good day';
const NOTE = 'Compare with bus lane capacity — ask the council for figures.';

describe('a reader on a news article', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sees the article, highlights a sentence, writes a note, finds both after a reload and exports them', async () => {
    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, url);

    let popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Harbour ferry returns after 40 years as council backs river plan',
    );
    expect(await popup.getByTestId('author').textContent()).toBe('Maren Ostby');
    expect(await popup.getByTestId('site').textContent()).toBe('The Riverside Courier');
    expect(await popup.getByTestId('published').textContent()).toMatch(/2026/);
    expect(await popup.getByTestId('reading-time').textContent()).toMatch(/^[23] min$/);

    await page.bringToFront();
    await selectText(page, '.story-body', QUOTE);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [QUOTE] });

    await popup.reload();
    const note = popup.getByRole('textbox');
    await note.fill(NOTE);
    await note.blur();
    await expect.poll(() => popup.getByText('Saving…').count()).toBe(0);

    // The popup opened again, before any reload, shows the note the library now holds.
    await popup.close();
    popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByTestId('highlight').getByRole('textbox').inputValue()).toBe(NOTE);

    await page.reload();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [QUOTE] });

    await popup.close();
    popup = await openPopup(h, tabId);
    await expect.poll(() => popup.getByTestId('highlight').count()).toBe(1);
    expect(await popup.getByTestId('highlight').getByRole('textbox').inputValue()).toBe(NOTE);
    expect(await popup.getByTestId('highlight').textContent()).toContain(QUOTE);

    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export Markdown' }).click()]);
    expect(download.suggestedFilename()).toMatch(/Harbour ferry returns.*\.md$/);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain(QUOTE);
    expect(markdown).toContain(NOTE);
    expect(markdown).toContain('Harbour ferry returns after 40 years');
  });
});
