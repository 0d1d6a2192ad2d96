// What every end-to-end test needs: the built extension in headless Chromium, the test pages on
// localhost, and helpers that act as a reader would.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const E2E_DIST = `${root}dist/e2e-chrome`;
export const PAGES = `${root}test/fixtures/pages`;

export interface Harness extends ExtensionBrowser {
  server: StaticServer;
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await serveFolder(PAGES);
  const browser = await launchWithExtension(E2E_DIST, { headless: true });
  // The e2e build holds the localhost permission; wait until automatic restore is registered for it.
  await browser.worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('automatic restore was never registered');
  });
  return {
    ...browser,
    server,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/** The id of the tab showing `url`, as the extension sees it. */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  const id = await h.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return popup;
}

/** Selects the text `needle` inside the first element matching `selector`, as a mouse drag would. */
export async function selectText(page: Page, selector: string, needle: string): Promise<void> {
  await page.evaluate(
    ([sel, text]) => {
      const element = document.querySelector(sel)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`"${text}" not found in ${sel}`);
    },
    [selector, needle] as const,
  );
}

/** How many ranges are painted in each highlight colour (CSS Custom Highlight API registry). */
export async function paintedRanges(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
}
