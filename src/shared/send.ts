// Typed senders for the message unions: a reply is unwrapped, and an error becomes a thrown Error.
import type { Reply, ReplyTo, Request, TabReplyTo, TabRequest } from './messages';

interface Messenger {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs?: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

export async function ask<R extends Request>(api: Messenger, request: R): Promise<ReplyTo[R['type']]> {
  return unwrapReply(await api.runtime.sendMessage(request)) as ReplyTo[R['type']];
}

export async function askTab<R extends TabRequest>(api: Messenger, tabId: number, request: R): Promise<TabReplyTo[R['type']]> {
  if (!api.tabs) throw new Error('Tabs cannot be messaged from here');
  return unwrapReply(await api.tabs.sendMessage(tabId, request)) as TabReplyTo[R['type']];
}

/** The value of a wrapped reply; an error reply, or no reply at all, is thrown as an Error with its text. */
export function unwrapReply(reply: unknown): unknown {
  const r = reply as Reply<unknown> | undefined;
  if (!r || typeof r !== 'object' || !('ok' in r)) throw new Error('No answer (the extension may have been reloaded)');
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
