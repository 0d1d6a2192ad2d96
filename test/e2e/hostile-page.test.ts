// A page that breaks built-ins (Node.prototype.textContent, Array.prototype.map, JSON.parse, URL, ...) and
// holds a DOM 5,000 levels deep: whatever the detector makes of it, the reader can still highlight, and
// the highlight comes back after a reload. The helpers here avoid the very built-ins the page breaks.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { clickToolbarButton, openPopup, selectText, startHarness, tabIdOf, type Harness } from './harness';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
const QUOTE = 'The night buses will run every thirty minutes between midnight and five in the morning';

/** Painted quotes, read with plain loops: the page's Array.prototype.map throws. */
function paintedQuotes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((highlight) => {
      for (const range of highlight) out.push(String(range));
    });
    return out;
  });
}

/** Selects `needle` in `.story-body` through Text.data (the page's textContent throws) and ends with mouseup. */

describe('a page that breaks built-ins and nests 5,000 levels deep', () => {
  let h: Harness;
  let hostile: StaticServer;
  beforeAll(async () => {
    h = await startHarness();
    hostile = await serveFolder(HOSTILE);
  });
  afterAll(async () => {
    await h?.stop();
    await hostile?.close();
  });

  it('still lets the reader highlight, and paints the highlight again after a reload', async () => {
    const url = hostile.url('/broken-globals.html');
    const page = await h.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);
    // The page really is broken: its own world cannot read textContent.
    expect(await page.evaluate(() => { try { return document.body.textContent; } catch (e) { return (e as Error).message; } })).toBe('textContent is forbidden here');
    expect(await page.evaluate(() => { let depth = 0; for (let n: Element | null = document.getElementById('deep'); n; n = n.firstElementChild) depth++; return depth; })).toBeGreaterThan(5_000);

    await selectText(page, '.story-body', QUOTE);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedQuotes(page)).toEqual([QUOTE]);

    await page.reload();
    await expect.poll(() => paintedQuotes(page), { timeout: 10_000 }).toEqual([QUOTE]);

    const popup = await openPopup(h, await tabIdOf(h, url));
    await expect.poll(() => popup.getByTestId('highlight').count()).toBe(1);
    expect(await popup.getByTestId('highlight').textContent()).toContain(QUOTE);
    // Nothing the extension did surfaced as an error in the page.
    expect(pageErrors).toEqual([]);
  });
});
