// The service worker's side of askBackground (src/pages/shared/ask-background.ts): requests the extension's pages
// post to the worker directly, answered on the port that came with them. Only documents of the extension's own
// origin can reach its service worker this way (a content script's navigator is its web page's), so these are
// checked as requests from extension pages; of those, a frame inside another page (the note editor sits in a web
// page) is refused, as the library and the popup are pages of their own.
import type { Reply, Request } from '../shared/messages';
import { describeError } from './storage/describe-error';
import { validateRequest } from './validate-request';

/** The parts of a service worker's message event used here (ExtendableMessageEvent). */
interface PageMessageEvent {
  data: unknown;
  origin: string;
  /** The posting document (a WindowClient): `frameType` is "nested" for a frame inside another page. */
  source: { frameType?: string } | null;
  ports: readonly MessagePort[];
  waitUntil(work: Promise<unknown>): void;
}

interface WorkerScope {
  location: { origin: string };
  addEventListener(type: 'message', listener: (event: PageMessageEvent) => void): void;
}

/** Answers posted requests with `handle`; must be called while the worker script first runs. */
export function listenToPages(scope: WorkerScope, handle: (request: Request) => Promise<unknown>): void {
  scope.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (!port || event.origin !== scope.location.origin) return;
    const reply: Promise<Reply<unknown>> =
      event.source?.frameType === 'nested'
        ? Promise.resolve({ ok: false, error: 'Requests are posted only from the extension’s own pages, not from a frame' })
        : answer(event.data, handle);
    // The worker stays alive until the answer is posted, however long an import takes.
    event.waitUntil(reply.then((answered) => port.postMessage(answered)));
  });
}

async function answer(message: unknown, handle: (request: Request) => Promise<unknown>): Promise<Reply<unknown>> {
  const checked = validateRequest(message, 'extension-page');
  if (!checked.ok) return checked;
  try {
    return { ok: true, value: await handle(checked.request) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
