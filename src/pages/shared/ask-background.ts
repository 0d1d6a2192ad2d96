// Requests from the extension's pages to the background. In Chromium the background is the extension's service
// worker, which its pages can post to directly: the request is structured-cloned, so a 14 MB backup's text is
// copied as it is, where runtime.sendMessage turns it into JSON and sends it through the browser process (measured
// 0.3-0.5 s against 1-1.5 s for the same text; see docs/benchmarks.md). Firefox's background is an event page, not
// a worker: there, and whenever no worker is active, the request goes by runtime.sendMessage as before.
import { browser } from '../../shared/browser-api';
import type { Reply, ReplyTo, Request } from '../../shared/messages';
import { ask, unwrapReply } from '../../shared/send';

export async function askBackground<R extends Request>(request: R): Promise<ReplyTo[R['type']]> {
  const worker = await activeWorker();
  if (!worker) return ask(browser, request);
  const reply = await new Promise<unknown>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<Reply<unknown>>) => {
      channel.port1.close();
      resolve(event.data);
    };
    // The worker stopped before it answered (the browser ended it, the extension was reloaded): no reply.
    channel.port1.addEventListener('close', () => resolve(undefined));
    worker.postMessage(request, [channel.port2]);
  });
  return unwrapReply(reply) as ReplyTo[R['type']];
}

/** Whether requests reach the background by post (Chromium's service worker), so they may carry a file. */
export async function canPostToBackground(): Promise<boolean> {
  return (await activeWorker()) !== null;
}

/** The extension's running (or startable) service worker, or null where the background is no worker. */
async function activeWorker(): Promise<ServiceWorker | null> {
  try {
    return (await navigator.serviceWorker?.getRegistration())?.active ?? null;
  } catch {
    return null; // a context without service workers (a sandboxed or private-mode page)
  }
}
