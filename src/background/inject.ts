// Puts the content script into a tab on demand (toolbar icon, shortcut, context menu: each grants
// activeTab). The script guards itself against running twice, so injecting again is harmless.
import type { Browser } from '../shared/browser-api';

export const CONTENT_SCRIPT = 'content.js';

export async function injectContentScript(api: Browser, tabId: number): Promise<void> {
  await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}
