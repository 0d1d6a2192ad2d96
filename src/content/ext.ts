// The content script's small seam to the extension API. It stays off webextension-polyfill to keep what
// is injected into every article page small; MV3 `chrome.*` and Firefox's `browser.*` both return promises.
import type { TabRequest } from '../shared/messages';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | void): void;
  };
}

const scope = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };

export const runtime: Runtime = (scope.browser ?? scope.chrome)!.runtime;

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

const i18n = (scope.browser ?? scope.chrome) as unknown as { i18n?: { getMessage(name: string): string } };

/** A localized string from _locales, or the fallback where none is found. */
export function t(name: string, fallback: string): string {
  return i18n.i18n?.getMessage(name) || fallback;
}
