// When a highlight asked for from the keyboard shortcut or the context menu cannot be made, the reader sees why
// on the toolbar icon of that tab: a "!" badge and the reason as its tooltip, for a few seconds. Nothing opens and
// nothing is said in the page, which may not even let us in.
import type { Browser } from '../shared/browser-api';

/** Long enough to notice at a glance after pressing a shortcut, short enough not to linger as a false alarm. */
export const FAILURE_SIGNAL_MS = 6_000;
export const FAILURE_BADGE = '!';
/** A red that reads as "did not work" on light and dark toolbars. */
const FAILURE_BADGE_COLOR = '#b3261e';

/** The latest signal per tab, so an older one's timer does not clear a newer one. */
const shown = new Map<number, number>();
let counter = 0;

/** Shows `reason` on the tab's toolbar icon for FAILURE_SIGNAL_MS; a closed tab is no error. */
export async function signalFailure(api: Browser, tabId: number, reason: string): Promise<void> {
  const mark = ++counter;
  shown.set(tabId, mark);
  try {
    await api.action.setBadgeBackgroundColor({ tabId, color: FAILURE_BADGE_COLOR });
    await api.action.setBadgeText({ tabId, text: FAILURE_BADGE });
    await api.action.setTitle({ tabId, title: api.i18n.getMessage('highlightFailedTitle', reason) });
  } catch {
    return; // the tab is gone
  }
  setTimeout(() => {
    if (shown.get(tabId) === mark) void clearFailure(api, tabId);
  }, FAILURE_SIGNAL_MS);
}

/** Puts the tab's icon back as it was: no badge, the usual tooltip. */
export async function clearFailure(api: Browser, tabId: number): Promise<void> {
  shown.delete(tabId);
  try {
    await api.action.setBadgeText({ tabId, text: '' });
    await api.action.setTitle({ tabId, title: api.i18n.getMessage('actionTitle') });
  } catch {
    // the tab is gone
  }
}
