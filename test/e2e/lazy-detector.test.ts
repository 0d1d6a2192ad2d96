// The detector is put into a page only when its facts are needed. On a site with automatic restore the page
// loads without it and is not recorded; a highlight made there gives the library the article's title and author.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, openExtensionPage, selectText, startHarness, type Harness } from './harness';

describe('the article detector, loaded when needed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('is not run on a restored page until the reader highlights, then records the article', async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url('/sample-article.html'));
    const library = await openExtensionPage(h, 'options.html');
    const articles = () =>
      library.evaluate(async () => (await chrome.runtime.sendMessage({ type: 'library-articles' })) as { ok: boolean; value: Array<{ article: { title: string | null; authors: string[] } }> });
    // The page was restored (its content script ran) but nothing was annotated: the library stays empty.
    await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
    await new Promise((r) => setTimeout(r, 500));
    expect((await articles()).value).toEqual([]);

    await selectText(page, '.story-body', 'The first boat is expected to be delivered in February.');
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(async () => (await articles()).value[0]?.article.title).toBe('Harbour ferry returns after 40 years as council backs river plan');
    expect((await articles()).value[0]!.article.authors).toEqual(['Maren Ostby']);
  });
});
