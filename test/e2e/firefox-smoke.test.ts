// The Firefox build in real headless Firefox ESR: the add-on installs, its event page registers automatic
// restore, the content script runs on a localhost article, a highlight is saved, painted again after a
// reload, and the popup shows it; a single-page app's story reached by history.pushState can be highlighted. Driven by Puppeteer over WebDriver BiDi (scripts/lib/firefox.ts).
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyExtension, findFirefox, launchFirefoxWithExtension, openExtensionPage, type FirefoxWithExtension } from '../../scripts/lib/firefox';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
const QUOTE = 'A ferry carries a few hundred people an hour on a good day';
const TITLE = 'Harbour ferry returns after 40 years as council backs river plan';
const SPA_QUOTE = 'reading club for children';
const firefox = findFirefox();

/** The painted ranges by highlight name, read from the page's CSS Custom Highlight registry. */
function paintedRanges(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
}

/** Polls `read` until it returns `want` (compared as JSON) or the time is up; returns the last value. */
function waitFor<T>(read: () => Promise<T>, want: T, timeoutMs?: number): Promise<T> {
  return waitUntil(read, (value) => JSON.stringify(value) === JSON.stringify(want), timeoutMs);
}

async function waitUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!done(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** Selects `needle` inside `selector` and ends the selection with a mouseup, as a drag would. */
async function selectText(page: Page, selector: string, needle: string): Promise<void> {
  await page.evaluate((sel, text) => {
    const element = document.querySelector(sel)!;
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${text}" not found in ${sel}`);
  }, selector, needle);
}

describe.skipIf(!firefox)(`the Firefox build in headless Firefox${firefox ? '' : ' (skipped: no /usr/bin/firefox-esr; set FIREFOX_PATH)'}`, () => {
  let ff: FirefoxWithExtension;
  let server: StaticServer;
  let extPage: Page;

  beforeAll(async () => {
    server = await serveFolder(`${root}test/fixtures/pages`);
    // As dist/e2e-chrome does for Chromium: the localhost permission the reader would grant for automatic
    // restore, and the popup reachable from localhost so the test can open it (BiDi cannot navigate there).
    const dir = copyExtension(`${root}dist/firefox`, (manifest) => {
      manifest.host_permissions = ['http://localhost/*'];
      manifest.web_accessible_resources = [{ resources: ['popup.html'], matches: ['http://localhost/*'] }];
    });
    ff = await launchFirefoxWithExtension(dir, firefox!);
    extPage = await openExtensionPage(ff, server.url('/spa.html'), 'popup.html');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  it('installs, holds the localhost permission and registers automatic restore', async () => {
    expect(ff.extensionId).toBe('marginalia@annotator.example');
    const registered = await waitFor(
      () => extPage.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches)),
      [['http://localhost/*']],
    );
    expect(registered).toEqual([['http://localhost/*']]);
    const origins = await extPage.evaluate(async () => (await chrome.permissions.getAll()).origins);
    expect(origins).toEqual(['http://localhost/*']);
  });

  it('highlights a sentence, paints it again after a reload and lists it in the popup', async () => {
    const url = server.url('/sample-article.html');
    const page = await ff.browser.newPage();
    await page.goto(url);
    // The toolbar appears only when the content script heard the selection: proof that it runs. Its shadow root is
    // closed (the page cannot read it, nor can Puppeteer), so the reader's keyboard path is used: Tab enters the
    // toolbar at its first button, Highlight, and Enter presses it.
    await page.bringToFront();
    await selectText(page, '.story-body', QUOTE);
    await page.waitForSelector('marginalia-toolbar', { timeout: 10_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await waitFor(() => paintedRanges(page), { 'marginalia-yellow': [QUOTE] })).toEqual({ 'marginalia-yellow': [QUOTE] });

    await page.reload();
    expect(await waitFor(() => paintedRanges(page), { 'marginalia-yellow': [QUOTE] })).toEqual({ 'marginalia-yellow': [QUOTE] });

    const tabId = await extPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    expect(tabId).toBeTypeOf('number');
    const popup = await openExtensionPage(ff, server.url('/spa.html'), `popup.html?tabId=${tabId}`);
    const heading = await popup.waitForSelector('h1', { timeout: 10_000 });
    expect(await waitFor(() => heading!.evaluate((h) => h.textContent), TITLE)).toBe(TITLE);
    const quotes = await waitUntil(() => popup.$$eval('[data-testid="highlight"]', (items) => items.map((i) => i.textContent ?? '')), (q) => q.length > 0);
    expect(quotes.length).toBe(1);
    expect(quotes[0]).toContain(QUOTE);
  });

  // The background lets a content script speak only for its own page (src/background/sender-scope.ts); after
  // history.pushState that is the tab's new address, which Firefox must report for the highlight to be kept.
  it('highlights in a single-page app after it moved to another story with history.pushState', async () => {
    const page = await ff.browser.newPage();
    await page.goto(server.url('/spa.html?story=1'));
    await page.bringToFront();
    await page.click('a[data-story="2"]');
    await page.waitForFunction(() => location.search === '?story=2' && document.querySelector('h1')?.textContent === 'Central library to open on Sundays');
    await selectText(page, '#story', SPA_QUOTE);
    await page.waitForSelector('marginalia-toolbar', { timeout: 10_000 });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await waitFor(() => paintedRanges(page), { 'marginalia-yellow': [SPA_QUOTE] })).toEqual({ 'marginalia-yellow': [SPA_QUOTE] });

    // Kept under the story's own address: the popup of that tab names the second story and lists the highlight.
    const url = server.url('/spa.html?story=2');
    const tabId = await extPage.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    expect(tabId).toBeTypeOf('number');
    const popup = await openExtensionPage(ff, server.url('/spa.html'), `popup.html?tabId=${tabId}`);
    const heading = await popup.waitForSelector('h1', { timeout: 10_000 });
    expect(await waitFor(() => heading!.evaluate((h) => h.textContent), 'Central library to open on Sundays')).toBe('Central library to open on Sundays');
    const quotes = await waitUntil(() => popup.$$eval('[data-testid="highlight"]', (items) => items.map((i) => i.textContent ?? '')), (q) => q.length > 0);
    expect(quotes).toEqual([expect.stringContaining(SPA_QUOTE)]);
  });
});
