// Highlighting from the keyboard shortcut and the context menu. Both are plain functions of a tab so
// that tests can call them directly (a context-menu click cannot be simulated in a test).
import type { Browser } from '../shared/browser-api';
import { askTab } from '../shared/send';
import { injectContentScript } from './inject';

export const MENU_HIGHLIGHT = 'highlight-selection';
export const MENU_HIGHLIGHT_NOTE = 'highlight-with-note';
/** The `commands` of manifest.json that highlight; `_execute_action` opens the popup by itself. */
export const COMMAND_HIGHLIGHT = 'highlight-selection';
export const COMMAND_HIGHLIGHT_NOTE = 'highlight-with-note';

/** Highlights the current selection in `tabId`, injecting the content script first if needed. */
export async function highlightInTab(api: Browser, tabId: number, withNote: boolean): Promise<void> {
  await injectContentScript(api, tabId);
  await askTab(api, tabId, { type: 'tab-highlight-selection', withNote });
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
