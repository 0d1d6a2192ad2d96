// The background only wires things together: the library, the message handler, menus, shortcuts and
// automatic restore.
import type { Runtime } from 'webextension-polyfill';
import { browser } from '../shared/browser-api';
import type { Reply } from '../shared/messages';
import { syncAutoRestore } from './auto-restore';
import { handleRequest } from './handle-request';
import { signalFailure } from './failure-signal';
import { injectDetector } from './inject';
import { createMenus, onCommand, onMenuClicked } from './highlight-actions';
import { listenToPages } from './page-channel';
import { describeError } from './storage/describe-error';
import { Library } from './storage/library';
import { installTestHooks } from './test-hooks';
import { outOfScope } from './sender-scope';
import { validateRequest } from './validate-request';

// One connection for the worker's life; opened again after a failed open or a connection the browser closed.
let opened: Promise<Library> | null = null;
const forget = (): void => {
  opened = null;
};
const library = (): Promise<Library> =>
  (opened ??= Library.open(undefined, forget).catch((error: unknown) => {
    forget();
    throw error;
  }));
const context = { library, now: () => new Date() };
const scopeReads = {
  getArticle: async (key: string) => (await library()).getArticle(key),
  getAnnotation: async (id: string) => (await library()).getAnnotation(id),
};

browser.runtime.onMessage.addListener(async (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> => {
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender' };
  const fromExtensionPage = sender.url?.startsWith(browser.runtime.getURL('')) ?? false;
  // Anything else of ours that sends is a content script, and a content script runs in a tab.
  if (!fromExtensionPage && sender.tab?.id === undefined) return { ok: false, error: 'Unknown sender' };
  const checked = validateRequest(message, fromExtensionPage ? 'extension-page' : 'content-script');
  if (!checked.ok) return checked;
  try {
    if (!fromExtensionPage) {
      const tabUrl = sender.frameId === 0 ? sender.tab?.url : undefined;
      const problem = await outOfScope(checked.request, { url: sender.url, tabUrl }, scopeReads);
      if (problem) return { ok: false, error: problem };
    }
    const tabId = sender.tab?.id;
    const loadDetector = () => injectDetector(browser, tabId, sender.frameId);
    const showFailure = tabId === undefined ? undefined : (reason: string) => signalFailure(browser, tabId, reason);
    return { ok: true, value: await handleRequest({ ...context, loadDetector, showFailure }, checked.request) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
});

// Chromium: the extension's pages post large requests (imports, exports) straight to this worker.
const WorkerScope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown }).ServiceWorkerGlobalScope;
if (WorkerScope && globalThis instanceof WorkerScope) listenToPages(globalThis as never, (request) => handleRequest(context, request));

browser.runtime.onInstalled.addListener(() => {
  if (browser.contextMenus) createMenus(browser);
  void syncAutoRestore(browser).catch((error: unknown) => console.error('auto-restore', error));
  // persist() exists only in window contexts: Firefox's event page asks for it here; Chromium's service worker
  // cannot, and there `unlimitedStorage` is what exempts the library from eviction (test/e2e/storage-*).
  void navigator.storage?.persist?.();
});
browser.permissions.onAdded.addListener(() => void syncAutoRestore(browser));
browser.permissions.onRemoved.addListener(() => void syncAutoRestore(browser));

// Firefox for Android has neither context menus nor keyboard commands.
browser.contextMenus?.onClicked.addListener((info, tab) => void onMenuClicked(browser, info.menuItemId, tab?.id).catch(console.error));
browser.commands?.onCommand.addListener((command, tab) => void onCommand(browser, command, tab?.id).catch(console.error));

// Test builds only (a constant of scripts/build.ts; false in release builds, which then leave the hooks out).
declare const MARGINALIA_TEST_HOOKS: boolean;
if (MARGINALIA_TEST_HOOKS) installTestHooks(browser);
