// Text a reader may select but a highlight cannot be described in: a component's open shadow root and an
// embedded frame. Neither may give a highlight on other text (described against the page, a shadow-root
// selection used to store the whole page's text as its quote): the request is refused with its reason, and
// nothing is stored. And text that is folded away after it was highlighted is still restored, not orphaned.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, extensionPage, openPopup, paintedRanges, selectText, startHarness, storedAnnotations, tabIdOf, type Harness } from './harness';

/** What the background's shortcut and context menu send: highlight the selection. */
function highlightRequest(h: Harness, url: string): Promise<unknown> {
  return tabIdOf(h, url).then((tabId) => h.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tab-highlight-selection', color: 'green' }), tabId));
}

describe('highlighting text in hard places', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function open(): Promise<{ page: Page; url: string }> {
    const url = h.server.url(`/shadow-and-frame.html?run=${Math.random()}`);
    const page = await h.context.newPage();
    await page.goto(url);
    // The content script is registered for localhost (automatic restore): wait until it answers.
    await expect.poll(() => highlightRequest(h, url).then(() => true, () => false), { timeout: 10_000 }).toBe(true);
    return { page, url };
  }

  it('refuses text inside a component\'s shadow root, with the reason, and stores nothing', async () => {
    const { page, url } = await open();
    expect(await selectText(page, '#shadowed', 'the council promised a new pier', { inShadowOf: '#host' })).toBe('the council promised a new pier');
    // The selection toolbar shows for it (the selection holds text), but its button saves nothing.
    await clickToolbarButton(page, 'Highlight');
    await selectText(page, '#shadowed', 'the council promised a new pier', { inShadowOf: '#host' });
    expect(await highlightRequest(h, url)).toEqual({ ok: false, error: 'Text inside this page component cannot be highlighted' });
    expect(await paintedRanges(page)).toEqual({});
    expect(await storedAnnotations(await extensionPage(h))).toEqual([]);
  });

  it('says a selection inside an embedded frame cannot be highlighted, and stores nothing', async () => {
    const { page, url } = await open();
    const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    // A reader's click in the frame gives it the focus; then the selection is the frame's own.
    await page.frameLocator('#frame').locator('#framed').click();
    expect(await selectText(frame, '#framed', 'the old lighthouse keeper')).toBe('the old lighthouse keeper');
    expect(await highlightRequest(h, url)).toEqual({ ok: false, error: 'Text inside an embedded frame cannot be highlighted' });
    expect(await storedAnnotations(await extensionPage(h))).toEqual([]);
  });

  it('restores a highlight whose text was folded away (a closed "Read more"), and lists it as placed', async () => {
    const { page, url } = await open();
    await page.locator('#more summary').click();
    await selectText(page, '#folded', 'sold at the post office');
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': ['sold at the post office'] });
    // Reloaded, the details element is closed again: the text is in the page but not shown.
    await page.reload();
    expect(await page.locator('#folded').isVisible()).toBe(false);
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': ['sold at the post office'] });
    const popup = await openPopup(h, await tabIdOf(h, url));
    await expect.poll(() => popup.getByTestId('highlight').count()).toBe(1);
    expect(await popup.getByTestId('orphans').count()).toBe(0);
  });
});
