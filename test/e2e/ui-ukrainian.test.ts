// The extension in Ukrainian: the popup, the in-page toolbar and the library speak the browser's language,
// and dates and numbers follow its conventions.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium';
import { clickToolbarButton, toolbarButtons, openExtensionPage, openPopup, selectText, startHarnessInLanguage, tabIdOf, type Harness } from './harness';

/** Chromium shows a UI language only when its locale pack is installed (Debian: chromium-l10n). */
function hasUkrainianPack(): boolean {
  const binary = realpathSync(findChromium());
  return [join(dirname(binary), 'locales/uk.pak'), '/usr/lib/chromium/locales/uk.pak'].some((p) => existsSync(p));
}

describe.skipIf(!hasUkrainianPack())('a reader whose browser speaks Ukrainian (needs Chromium’s uk locale pack)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarnessInLanguage('uk');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('sees the popup, the toolbar and the library in Ukrainian', async () => {
    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const popup = await openPopup(h, await tabIdOf(h, url));
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^uk/);
    expect(await popup.getByTestId('published').textContent()).toMatch(/14 березня 2026/);
    expect(await popup.getByTestId('language').textContent()).toBe('англійська');
    expect(await popup.getByRole('button', { name: 'Відкрити бібліотеку' }).count()).toBe(1);

    await page.bringToFront();
    const quote = await page.evaluate(() => document.querySelector('.story-body p')!.textContent!.trim().split(/\s+/).slice(0, 5).join(' '));
    await selectText(page, '.story-body', quote);
    const names = (await toolbarButtons(page)).map((b) => b.name);
    expect(names).toContain('Додати нотатку');
    expect(names.filter((n) => n === 'Жовтий').length).toBe(1);
    await clickToolbarButton(page, 'Виділити');

    const library = await openExtensionPage(h, 'library.html');
    expect(await library.getByRole('heading', { level: 1 }).textContent()).toBe('Бібліотека');
    await expect.poll(() => library.getByTestId('library-article').count()).toBe(1);
    expect(await library.getByRole('button', { name: 'Завантажити резервну копію' }).count()).toBe(1);
  });
});
