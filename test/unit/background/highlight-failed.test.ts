// A highlight from the in-page toolbar that fails is reported by the content script; the background shows the
// reason on the sender's tab (src/background/index.ts passes `showFailure` for a sender in a tab) and touches
// nothing in the library.
import { describe, expect, it } from 'vitest';
import { handleRequest } from '../../../src/background/handle-request';

const noLibrary = async (): Promise<never> => {
  throw new Error('the library was opened');
};

describe('highlight-failed', () => {
  it("shows the reason on the sender's tab, without opening the library", async () => {
    const shown: string[] = [];
    const reply = await handleRequest(
      { library: noLibrary, now: () => new Date(), showFailure: async (reason) => void shown.push(reason) },
      { type: 'highlight-failed', reason: 'the browser has no room left.' },
    );
    expect(reply).toEqual({ shown: true });
    expect(shown).toEqual(['the browser has no room left.']);
  });

  it('says it showed nothing when the sender is no tab', async () => {
    expect(await handleRequest({ library: noLibrary, now: () => new Date() }, { type: 'highlight-failed', reason: 'x' })).toEqual({ shown: false });
  });
});
