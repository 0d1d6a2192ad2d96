// What every end-to-end test needs: the built extension in headless Chromium, the test pages on
// localhost, and helpers that act as a reader would.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitForAutomaticRestore, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { attributesOf, clickBox, waitForBox, type Box } from '../../scripts/lib/closed-shadow';
import { serveFolder, type StaticServer } from '../../scripts/lib/serve';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const E2E_DIST = `${root}dist/e2e-chrome`;
export const PAGES = `${root}test/fixtures/pages`;

export interface Harness extends ExtensionBrowser {
  server: StaticServer;
  stop(): Promise<void>;
}

/**
 * `extensionDir`: another build than dist/e2e-chrome (a copy with a changed manifest, as a test needs it);
 * `lang`: Chromium's UI in another language (`--lang` and LANGUAGE), as a reader abroad has it.
 */
export async function startHarness(options: { extensionDir?: string; lang?: string } = {}): Promise<Harness> {
  const server = await serveFolder(PAGES);
  const { lang } = options;
  const inLanguage = lang ? { args: [`--lang=${lang}`], env: { LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {};
  const browser = await launchWithExtension(options.extensionDir ?? E2E_DIST, { headless: true, ...inLanguage });
  await waitForAutomaticRestore(browser.worker);
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

/**
 * Selects the text `needle` inside the first element matching `selector`, as a mouse drag would, and returns what
 * the page's selection then says. `page` may be a frame; `inShadowOf` looks for `selector` in that host's open
 * shadow root instead of the document.
 */
export async function selectText(page: Pick<Page, 'evaluate'>, selector: string, needle: string, { inShadowOf }: { inShadowOf?: string } = {}): Promise<string> {
  return page.evaluate(
    ([sel, text, host]) => {
      const scope: ParentNode = host ? document.querySelector(host)!.shadowRoot! : document;
      const element = scope.querySelector(sel)!;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // `data`, not `textContent`: a hostile test page redefines Node.prototype.textContent.
        const at = (node as Text).data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        // Composed, so a mouseup inside a shadow root reaches the document's listeners as a real one does.
        element.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, composed: true }));
        return selection.toString();
      }
      throw new Error(`"${text}" not found in ${sel}`);
    },
    [selector, needle, inShadowOf ?? null] as const,
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

/**
 * Stops the extension's service worker, as Chromium does when it has been idle, through the DevTools
 * protocol (ServiceWorker.stopWorker), and waits until it is stopped. The next message starts it again.
 * Afterwards `h.worker` is stale: do not evaluate in it (Playwright then loses the whole context);
 * reach the extension through an extension page instead (see `extensionPage`).
 */
export async function stopServiceWorker(h: Harness, page: Page): Promise<void> {
  const cdp = await h.context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) if (v.scriptURL.startsWith(`chrome-extension://${h.extensionId}/`)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  const until = async (done: () => boolean, what: string) => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!done()) throw new Error(`service worker: ${what}`);
  };
  await until(() => status.size > 0, 'never reported');
  // A message that arrives right after the stop (the page's own traffic) may start the worker again before the next
  // poll, so what counts is that each running version was seen stopped once, not that it still is.
  const running = [...status].filter(([, s]) => s !== 'stopped').map(([versionId]) => versionId);
  const seenStopped = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) if (v.runningStatus === 'stopped') seenStopped.add(v.versionId);
  });
  for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await until(() => running.every((id) => seenStopped.has(id) || status.get(id) === 'stopped'), 'did not stop');
  await cdp.detach();
}

/** An extension page (same origin as the background) for reading the library after a worker restart. */
export async function extensionPage(h: Harness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=-1`);
  return page;
}

/** Every annotation record in the extension's IndexedDB, read directly from an extension page. */
export async function storedAnnotations(page: Page): Promise<Array<Record<string, unknown>>> {
  return page.evaluate(
    () =>
      new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        // No library yet: abort, so this read does not create an empty database the background would skip upgrading.
        let fresh = false;
        open.onupgradeneeded = () => {
          fresh = true;
          open.transaction?.abort();
        };
        open.onerror = () => (fresh ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          // An article's annotations are stored together, one record a set (src/background/storage/annotation-sets.ts).
          const all = db.transaction('annotationSets').objectStore('annotationSets').getAll();
          all.onsuccess = () => {
            db.close();
            resolve((all.result as Array<{ annotations: Array<Record<string, unknown>> }>).flatMap((set) => set.annotations));
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Any extension page by its file name (library.html, options.html, …), once it has rendered. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page;
}

/** A fresh harness with one extension page open (library.html, options.html, …): how the pages' suites start. */
export async function startHarnessWithPage(path: string): Promise<{ h: Harness; page: Page }> {
  const h = await startHarness();
  try {
    return { h, page: await openExtensionPage(h, path) };
  } catch (error) {
    await h.stop();
    throw error;
  }
}

/**
 * axe-core's violations on a page, as "rule (impact): first target" lines. The source is evaluated through the
 * DevTools protocol, which the extension pages' strict CSP (no inline scripts) does not block.
 */
export async function axeViolations(page: Pick<Page, 'evaluate'>): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8');
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(', ')}`);
  });
  return violations;
}

/** Sets the reader's settings as the options page would (merged over what is stored). */
export async function setSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p) => {
    const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...stored, ...p } });
  }, patch);
}

/** The harness with Chromium's UI in another language (`--lang` and LANGUAGE), as a reader abroad has it. */
export function startHarnessInLanguage(lang: string): Promise<Harness> {
  return startHarness({ lang });
}

/**
 * Clicks a button of the in-page selection toolbar by its accessible name ("Highlight", "Add note", a colour),
 * as a mouse would. The toolbar lives in a closed shadow root, out of reach of the page and of Playwright's
 * locators; the DevTools protocol finds it (scripts/lib/closed-shadow.ts).
 */
export async function clickToolbarButton(page: Page, name: string): Promise<void> {
  await clickBox(page, `button[aria-label=${JSON.stringify(name)}]`);
}

/** Waits until the selection toolbar is shown; returns its box in the viewport. */
export function waitForToolbar(page: Page): Promise<Box> {
  return waitForBox(page, 'div[role="toolbar"]');
}

/** The selection toolbar's buttons once it is shown: accessible name and tooltip of each, in order. */
export async function toolbarButtons(page: Page): Promise<Array<{ name: string; title: string }>> {
  await waitForToolbar(page);
  return (await attributesOf(page, 'div[role="toolbar"] > button')).map((a) => ({ name: a['aria-label'] ?? '', title: a['title'] ?? '' }));
}
