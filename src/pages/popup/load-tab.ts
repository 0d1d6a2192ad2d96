// Finds the tab the popup is about (`?tabId=N`, else the active tab), makes sure our content script runs
// there, and asks it for the page's state.
import { browser } from '../../shared/browser-api';
import type { TabState } from '../../shared/messages';
import { askTab } from '../../shared/send';
import { t } from '../shared/i18n';
import { restrictedReason, type RestrictedReason } from './restricted-pages';

export type TabLoad =
  | { kind: 'ready'; tabId: number; state: TabState }
  | { kind: 'restricted'; reason: RestrictedReason }
  | { kind: 'error'; message: string };

export async function resolveTabId(search: string): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

export async function loadTab(tabId: number): Promise<TabLoad> {
  let url = '';
  try {
    url = (await browser.tabs.get(tabId)).url ?? '';
  } catch {
    return { kind: 'error', message: t('tabGone') };
  }
  const reason = restrictedReason(url);
  if (reason) return { kind: 'restricted', reason };
  // A script already in the tab (automatic restore, an earlier popup) answers at once; injecting it again
  // would cost the page a compile of the whole script for nothing.
  try {
    return { kind: 'ready', tabId, state: await askTab(browser, tabId, { type: 'tab-state' }) };
  } catch {
    // No script in the tab yet.
  }
  try {
    // The detector first, so the content script finds the article's facts at once (lazy-detector.ts).
    await browser.scripting.executeScript({ target: { tabId }, files: ['detector.js', 'content.js'] });
  } catch {
    return { kind: 'restricted', reason: url.startsWith('file:') ? 'file' : 'blocked' };
  }
  // The script answers once it has reported the page to the background.
  try {
    return { kind: 'ready', tabId, state: await askTab(browser, tabId, { type: 'tab-state' }) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
