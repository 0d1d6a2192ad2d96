// Highlighting without the in-page toolbar: the context menu's handler, and the real keyboard shortcut
// pressed in a Chromium window on a virtual X display (shortcuts do not fire in headless mode). When no highlight
// comes of it, the tab's toolbar icon says why for a few seconds.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForAutomaticRestore } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';
import { E2E_DIST, paintedRanges, PAGES, selectText, startHarness, tabIdOf, type Harness } from './harness';

describe('the context menu', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('highlights the selection when "Highlight" is chosen', async () => {
    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, url);
    const quote = 'Its last crossing, in October 1985, carried fewer than fifty people.';
    await selectText(page, '.story-body', quote);
    await h.worker.evaluate((id) => (globalThis as any).marginalia.onMenuClicked('highlight-selection', id), tabId);
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [quote] });
    expect(await iconOf(h, tabId)).toEqual({ badge: '', title: "Marginalia: this article's highlights" });
  });

  it('says on the tab\'s toolbar icon, for a few seconds, why nothing was highlighted', async () => {
    const url = h.server.url('/sample-article.html?nothing-selected');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, url);
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    await h.worker.evaluate((id) => (globalThis as any).marginalia.onCommand('highlight-selection', id), tabId);
    expect(await iconOf(h, tabId)).toEqual({ badge: '!', title: 'Marginalia could not highlight: select some text on the page first.' });
    expect(await paintedRanges(page)).toEqual({});
    // Gone by itself: a signal, not a lasting alarm.
    await expect.poll(() => iconOf(h, tabId), { timeout: 15_000, interval: 500 }).toEqual({ badge: '', title: "Marginalia: this article's highlights" });

    // A page the browser keeps extensions out of: the menu item is there, the highlight cannot be.
    const restricted = await h.worker.evaluate(async () => (await chrome.tabs.create({ url: 'chrome://version/' })).id!);
    await h.worker.evaluate((id) => (globalThis as any).marginalia.onMenuClicked('highlight-selection', id), restricted);
    expect(await iconOf(h, restricted)).toEqual({ badge: '!', title: 'Marginalia could not highlight: the browser does not let extensions into this page.' });
  });
});

/** The toolbar icon's badge text and tooltip in one tab, as the reader sees them. */
function iconOf(h: Harness, tabId: number): Promise<{ badge: string; title: string }> {
  return h.worker.evaluate(async (id) => ({ badge: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId);
}

const hasDisplayTools = ['/usr/bin/Xvfb', '/usr/bin/xdotool'].every(existsSync);

describe.skipIf(!hasDisplayTools)('the keyboard shortcut', () => {
  let xvfb: ChildProcess;
  let server: StaticServer;
  const display = `:${90 + (process.pid % 9)}`;
  beforeAll(async () => {
    xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 800));
    server = await serveFolder(PAGES);
  });
  afterAll(async () => {
    await server?.close();
    xvfb?.kill();
  });

  it('Alt+Shift+H highlights the selection', async () => {
    const browser = await launchWithExtension(E2E_DIST, { headless: false, env: { DISPLAY: display } });
    try {
      const url = server.url('/sample-article.html');
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(url);
      await waitForAutomaticRestore(browser.worker);
      await page.reload();
      const quote = 'The first boat is expected to be delivered in February.';
      await page.bringToFront();
      await selectText(page, '.story-body', quote);
      const windowId = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env: { ...process.env, DISPLAY: display }, encoding: 'utf8' })
        .trim().split('\n').pop()!;
      execFileSync('xdotool', ['windowfocus', '--sync', windowId, 'key', '--clearmodifiers', 'alt+shift+h'], { env: { ...process.env, DISPLAY: display } });
      await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [quote] });
    } finally {
      await browser.close();
    }
  });
});
