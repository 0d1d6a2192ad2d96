// Puts the content script into a tab on demand (toolbar icon, shortcut, context menu: each grants
// activeTab). The script guards itself against running twice, so injecting again is harmless.
import type { Browser } from '../shared/browser-api';

export const CONTENT_SCRIPT = 'content.js';

export async function injectContentScript(api: Browser, tabId: number): Promise<void> {
  await api.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

export const DETECTOR_SCRIPT = 'detector.js';

/** Puts the article detector into the frame a content script asked from (see src/content/lazy-detector.ts). */
export async function injectDetector(api: Browser, tabId: number | undefined, frameId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  await api.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [DETECTOR_SCRIPT] });
  return true;
}
