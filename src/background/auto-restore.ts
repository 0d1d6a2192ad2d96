// Automatic restore: on the sites where the reader granted host permission, the content script is
// registered to run on every page load, so highlights come back without a click.
import type { Browser } from '../shared/browser-api';
import { CONTENT_SCRIPT } from './inject';

const SCRIPT_ID = 'marginalia-auto-restore';

/** Keeps the registered content script's matches equal to the granted host permissions. */
export async function syncAutoRestore(api: Browser): Promise<string[]> {
  const granted = (await api.permissions.getAll()).origins ?? [];
  const matches = granted.filter((origin) => /^(https?|\*):\/\//.test(origin));
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length > 0) {
    await api.scripting.registerContentScripts([
      { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  return matches;
}
