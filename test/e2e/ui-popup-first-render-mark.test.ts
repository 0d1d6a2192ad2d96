// The popup marks the moment its article card is shown (`marginalia-article-card-shown`), which is what
// `npm run bench` (scripts/bench-budget.ts) times as the popup's first render. Speed is the benchmark's job, on a
// shared machine with its load printed beside it; this test only checks that the mark is there, once, and set
// when the card really shows the article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tabIdOf, type Harness } from './harness';

describe('the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('marks the moment its article card is shown, for the first-render benchmark', async () => {
    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, url);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
    const heading = popup.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect((await heading.textContent())?.trim().length).toBeGreaterThan(0);
    const marks = await popup.evaluate(() => performance.getEntriesByName('marginalia-article-card-shown').map((mark) => mark.startTime));
    expect(marks).toHaveLength(1);
    expect(marks[0]).toBeGreaterThan(0);
    await popup.close();
  });
});
