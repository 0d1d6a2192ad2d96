import { describe, expect, it } from 'vitest';
import { listenToPages } from '../../../src/background/page-channel';
import type { Request } from '../../../src/shared/messages';

const ORIGIN = 'chrome-extension://abcdefghijklmnop';

/** A service worker scope that records its message listener, and a page posting to it with a reply port. */
function fakeWorker(handle: (request: Request) => Promise<unknown>) {
  let listener: ((event: never) => void) | null = null;
  listenToPages({ location: { origin: ORIGIN }, addEventListener: (_type, l) => void (listener = l as never) }, handle);
  return async (data: unknown, origin = ORIGIN, frameType = 'top-level'): Promise<unknown> => {
    const channel = new MessageChannel();
    const reply = new Promise((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
    const kept: Promise<unknown>[] = [];
    listener!({ data, origin, source: { frameType }, ports: [channel.port2], waitUntil: (work: Promise<unknown>) => kept.push(work) } as never);
    await Promise.all(kept);
    const answer = kept.length > 0 ? await reply : 'no answer';
    channel.port1.close();
    return answer;
  };
}

describe('listenToPages', () => {
  it('answers a well-formed request from an extension page on its port, keeping the worker alive until then', async () => {
    const post = fakeWorker(async (request) => ({ echoed: request.type }));
    expect(await post({ type: 'library-articles' })).toEqual({ ok: true, value: { echoed: 'library-articles' } });
  });

  it('refuses a malformed request with the validator’s reason, without handling it', async () => {
    let handled = false;
    const post = fakeWorker(async () => (handled = true));
    expect(await post({ type: 'backup-import', text: 7 })).toEqual({ ok: false, error: 'backup-import: text: expected a string' });
    expect(handled).toBe(false);
  });

  it('answers a failure as readable text (a full disk named as such)', async () => {
    const post = fakeWorker(async () => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(await post({ type: 'backup-export' })).toMatchObject({ ok: false, error: expect.stringMatching(/no room left/) });
  });

  it('refuses a request from a frame inside another page (the note editor in a web page)', async () => {
    let handled = false;
    const post = fakeWorker(async () => (handled = true));
    expect(await post({ type: 'backup-export' }, ORIGIN, 'nested')).toMatchObject({ ok: false, error: expect.stringMatching(/not from a frame/) });
    expect(handled).toBe(false);
  });

  it('ignores a message from another origin', async () => {
    let handled = false;
    const post = fakeWorker(async () => (handled = true));
    expect(await post({ type: 'library-articles' }, 'https://evil.example')).toBe('no answer');
    expect(handled).toBe(false);
  });
});
