// axe-core on every extension page, filled with real content, in the light and the dark theme: no violation
// of WCAG 2.1 A/AA (contrast included) or of axe's best practices.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, axeViolations, openExtensionPage, openPopup, selectText, startHarness, tabIdOf, type Harness } from './harness';

const BACKUP = fileURLToPath(new URL('../fixtures/backup-example.json', import.meta.url));

describe('accessibility of the extension pages', () => {
  let h: Harness;
  let popup: Page;
  let library: Page;
  let options: Page;
  beforeAll(async () => {
    h = await startHarness();
    library = await openExtensionPage(h, 'library.html');
    await library.locator('input[type=file]').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: readFileSync(BACKUP) });
    await library.getByTestId('import-result').waitFor();
    await library.getByTestId('library-article').first().waitFor();

    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const quote = await page.evaluate(() => document.querySelector('.story-body p')!.textContent!.trim().split(/\s+/).slice(0, 6).join(' '));
    await selectText(page, '.story-body', quote);
    await clickToolbarButton(page, 'Highlight');
    popup = await openPopup(h, await tabIdOf(h, url));
    await popup.getByTestId('highlight').waitFor();
    options = await openExtensionPage(h, 'options.html');
  });
  afterAll(async () => {
    await h?.stop();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing on the popup, the library and the options in the ${scheme} theme`, async () => {
      const found: Record<string, string[]> = {};
      for (const [name, page] of [['popup', popup], ['library', library], ['options', options]] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        // Open the export menu too, so its buttons are checked.
        const more = page.getByText('More formats');
        if ((await more.count()) > 0 && !(await page.locator('details[open]').count())) await more.first().click();
        found[name] = await axeViolations(page);
      }
      expect(found).toEqual({ popup: [], library: [], options: [] });
    });
  }
});
