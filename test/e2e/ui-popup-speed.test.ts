// The popup opens fast: from its navigation to the article card on screen, on the sample article, under
// 150 ms. The fastest of several openings is what is held to the budget: it is the popup's own cost, while
// slower runs measure how busy the machine is (the median and all runs are printed). On a machine already
// busier than its cores (load average above the core count) the time says nothing about the popup, so the
// budget is not enforced there; the numbers are still printed.
import { cpus, loadavg } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, tabIdOf, type Harness } from './harness';

const BUDGET_MS = 150;
const RUNS = 7;

describe('the popup', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it(`shows the article card within ${BUDGET_MS} ms`, async () => {
    const url = h.server.url('/sample-article.html');
    const page = await h.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(h, url);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await h.context.newPage();
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup.getByRole('heading', { level: 1 }).waitFor();
      times.push(await popup.evaluate(() => performance.getEntriesByName('marginalia-article-card-shown')[0]!.startTime));
      await popup.close();
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    console.log(`popup article card: fastest ${times[0]!.toFixed(0)} ms, median ${median.toFixed(0)} ms, all ${times.map((t) => t.toFixed(0)).join(', ')}`);
    const busy = loadavg()[0]! > cpus().length;
    if (busy) console.log(`load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores: budget not enforced`);
    else expect(times[0]).toBeLessThan(BUDGET_MS);
    expect(times[0]).toBeGreaterThan(0);
  });
});
