// The options page changes what the reader sees elsewhere: the reading speed changes the popup's reading
// time, the palette renames and removes the in-page toolbar's colours, the theme switches light and dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toolbarButtons, openExtensionPage, openPopup, selectText, startHarnessWithPage, tabIdOf, type Harness } from './harness';

describe('the options page', () => {
  let h: Harness;
  let options: Page;
  beforeAll(async () => {
    ({ h, page: options } = await startHarnessWithPage('options.html'));
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function openArticle(): Promise<{ page: Page; tabId: number }> {
    const url = h.server.url(`/sample-article.html?run=${Math.random()}`);
    const page = await h.context.newPage();
    await page.goto(url);
    return { page, tabId: await tabIdOf(h, url) };
  }

  it('is the extension’s options page', async () => {
    const manifest = await h.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui?.page).toBe('options.html');
  });

  it('changes the reading time the popup shows when the reading speed changes', async () => {
    const before = await openPopup(h, (await openArticle()).tabId);
    const words = Number((await before.getByTestId('word-count').textContent())!.replace(/\D/g, ''));
    const normal = await before.getByTestId('reading-time').textContent();

    const speed = options.getByRole('spinbutton', { name: 'Words per minute' });
    await speed.fill('60');
    await speed.blur();
    await expect.poll(() => options.getByRole('status').last().textContent()).toBe('Saved.');

    const slow = await openPopup(h, (await openArticle()).tabId);
    const expected = Math.round(words / 60);
    await expect.poll(() => slow.getByTestId('reading-time').textContent()).not.toBe(normal);
    const minutes = Number((await slow.getByTestId('reading-time').textContent())!.replace(/\D/g, ''));
    expect(Math.abs(minutes - expected)).toBeLessThanOrEqual(1);
    await speed.fill('238');
    await speed.blur();
  });

  it('renames a colour, gives it a meaning and switches another off in the in-page toolbar', async () => {
    await options.getByRole('textbox', { name: 'Name of Blue' }).fill('Sky');
    await options.getByRole('textbox', { name: 'Meaning of Blue' }).fill('Numbers to check');
    await options.getByRole('textbox', { name: 'Meaning of Blue' }).blur();
    await options.getByRole('checkbox', { name: 'Show Purple in the toolbar' }).uncheck();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Show Purple in the toolbar' }).isChecked()).toBe(false);

    const { page } = await openArticle();
    const first = await page.evaluate(() => document.querySelector('.story-body p')!.textContent!.trim().split(/\s+/).slice(0, 4).join(' '));
    await selectText(page, '.story-body', first);
    // The toolbar is in a closed shadow root: its buttons are read through the DevTools protocol.
    const buttons = await toolbarButtons(page);
    expect(buttons.find((b) => b.name === 'Sky')?.title).toBe('Sky: Numbers to check');
    expect(buttons.filter((b) => b.name === 'Purple')).toEqual([]);
    expect(buttons.filter((b) => b.name === 'Yellow').length).toBe(1);

    await options.getByRole('button', { name: 'Restore the default colours' }).click();
    await expect.poll(() => options.getByRole('textbox', { name: 'Name of Blue' }).inputValue()).toBe('');
  });

  it('switches the theme of every extension page', async () => {
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const library = await openExtensionPage(h, 'library.html');
    await expect.poll(() => library.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 29)');
    await options.getByRole('radio', { name: 'As the system' }).check();
    await expect.poll(() => library.evaluate(() => document.documentElement.dataset.theme ?? 'system')).toBe('system');
  });

  it('lists the sites with automatic restore and names the export defaults', async () => {
    await expect.poll(() => options.getByTestId('sites').textContent()).toContain('http://localhost/*');
    await options.getByRole('combobox', { name: 'Format offered first' }).selectOption('html');
    const popup = await openPopup(h, (await openArticle()).tabId);
    expect(await popup.getByRole('button', { name: 'Export HTML' }).count()).toBe(1);
    await options.getByRole('combobox', { name: 'Format offered first' }).selectOption('markdown');
  });

  it('refuses a site name that is not one', async () => {
    await options.getByRole('textbox', { name: 'Site' }).fill('not a site');
    await options.getByRole('button', { name: 'Allow' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/is not a site name/);
  });
});
