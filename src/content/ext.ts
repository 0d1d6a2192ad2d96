// The content script's small seam to the extension API. It stays off webextension-polyfill to keep what
// is injected into every article page small; MV3 `chrome.*` and Firefox's `browser.*` both return promises.
import type { TabRequest } from '../shared/messages';
import type { SettingsArea } from '../shared/settings';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | void): void;
  };
}

/** The parts of the extension API a content script uses. */
interface ExtensionApi {
  runtime: Runtime & { getURL(path: string): string };
  i18n?: { getMessage(name: string): string };
  storage?: { local: SettingsArea };
}

const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };

/** Firefox's `browser`, else Chromium's `chrome`: the one place the content script picks between them. */
export const extensionApi: ExtensionApi = (scope.browser ?? scope.chrome)!;
export const runtime = extensionApi.runtime;

/** Answers tab requests; a reply may be async. Messages from anything but the extension are not heard. */
export function onTabRequest(handler: (request: TabRequest) => Promise<unknown>): void {
  runtime.onMessage.addListener((message, _sender, respond) => {
    if (!message || typeof message !== 'object' || typeof (message as { type?: unknown }).type !== 'string') return;
    if (!(message as { type: string }).type.startsWith('tab-')) return;
    handler(message as TabRequest).then(
      (value) => respond({ ok: true, value }),
      (error: unknown) => respond({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
}

/** A localized string from _locales, or the fallback where none is found. */
export function t(name: string, fallback: string): string {
  return extensionApi.i18n?.getMessage(name) || fallback;
}
