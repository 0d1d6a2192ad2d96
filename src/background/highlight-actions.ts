// Highlighting from the keyboard shortcut and the context menu. Both are plain functions of a tab so
// that tests can call them directly (a context-menu click cannot be simulated in a test).
import type { Browser } from '../shared/browser-api';
import { askTab } from '../shared/send';
import { clearFailure, signalFailure } from './failure-signal';
import { injectContentScript } from './inject';

export const MENU_HIGHLIGHT = 'highlight-selection';
export const MENU_HIGHLIGHT_NOTE = 'highlight-with-note';
/** The `commands` of manifest.json that highlight; `_execute_action` opens the popup by itself. */
export const COMMAND_HIGHLIGHT = 'highlight-selection';
export const COMMAND_HIGHLIGHT_NOTE = 'highlight-with-note';

/**
 * Highlights the current selection in `tabId`, injecting the content script first if needed. When no highlight
 * comes of it (nothing selected, a page the browser keeps extensions out of, an error on the way), the tab's
 * toolbar icon says why for a few seconds: the reader pressed a key or chose a menu item and must not be left
 * guessing. Returns the reason, or null when the highlight was made.
 */
export async function highlightInTab(api: Browser, tabId: number, withNote: boolean): Promise<string | null> {
  const reason = await tryHighlight(api, tabId, withNote);
  if (reason) await signalFailure(api, tabId, reason);
  else await clearFailure(api, tabId);
  return reason;
}

async function tryHighlight(api: Browser, tabId: number, withNote: boolean): Promise<string | null> {
  try {
    await injectContentScript(api, tabId);
  } catch {
    return api.i18n.getMessage('highlightRestricted');
  }
  try {
    const { created } = await askTab(api, tabId, { type: 'tab-highlight-selection', withNote });
    return created ? null : api.i18n.getMessage('highlightNoSelection');
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function createMenus(api: Browser): void {
  api.contextMenus.removeAll().then(() => {
    api.contextMenus.create({ id: MENU_HIGHLIGHT, title: api.i18n.getMessage('menuHighlight'), contexts: ['selection'] });
    api.contextMenus.create({ id: MENU_HIGHLIGHT_NOTE, title: api.i18n.getMessage('menuHighlightNote'), contexts: ['selection'] });
  }).catch((error: unknown) => console.error('context menu', error));
}

/** contextMenus.onClicked */
export async function onMenuClicked(api: Browser, menuItemId: string | number, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  if (menuItemId === MENU_HIGHLIGHT || menuItemId === MENU_HIGHLIGHT_NOTE) {
    await highlightInTab(api, tabId, menuItemId === MENU_HIGHLIGHT_NOTE);
  }
}

/** commands.onCommand */
export async function onCommand(api: Browser, command: string, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  if (command === COMMAND_HIGHLIGHT || command === COMMAND_HIGHLIGHT_NOTE) {
    await highlightInTab(api, tabId, command === COMMAND_HIGHLIGHT_NOTE);
  }
}
