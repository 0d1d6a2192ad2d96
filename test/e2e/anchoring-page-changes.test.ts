// Highlights on a page that changed between two visits, and a page whose own scripts must keep working while
// highlights are painted. The changed page is served in place of the original at the same address, so the
// reload is what a reader sees when the newsroom edits an article.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, openPopup, PAGES, paintedRanges, selectText, startHarness, tabIdOf, type Harness } from './harness';

const SAMPLE = readFileSync(`${PAGES}/sample-article.html`, 'utf8');
const LAST_CROSSING = 'Its last crossing, in October 1985, carried fewer than fifty people.';
const ENGINEERS = 'Engineers who studied the estuary for the committee';
const AD = '<p class="ad">Advertisement: the Riverside boat show opens on Saturday, tickets at the harbour office.</p>';

/** Selects from `from` (in one paragraph) to the end of `to` (in a later one) and ends with a mouseup, as a drag does. */
async function selectAcross(page: Page, from: string, to: string): Promise<string> {
  return page.evaluate(
    ([a, b]) => {
      const find = (needle: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(needle);
          if (at >= 0) return { node: n, at };
        }
        throw new Error(`not found: ${needle}`);
      };
      const start = find(a);
      const end = find(b);
      const range = document.createRange();
      range.setStart(start.node, start.at);
      range.setEnd(end.node, end.at + b.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      (end.node.parentElement ?? document.body).dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return range.toString();
    },
    [from, to] as const,
  );
}

/** Every element's box in the article, rounded to a hundredth of a pixel. */
function boxes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('#story, #story *')].map((el) => {
      const r = el.getBoundingClientRect();
      return `${el.localName}#${el.id} ${[r.x, r.y, r.width, r.height].map((v) => v.toFixed(2)).join(' ')}`;
    }),
  );
}

describe('highlights on a page that changed, and a page whose scripts keep working', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  const highlight = (page: Page) => clickToolbarButton(page, 'Highlight');

  it('keeps a highlight across two paragraphs after a reload in which an ad paragraph appeared above it', async () => {
    const url = h.server.url(`/sample-article.html?run=${Math.random()}`);
    const page = await h.context.newPage();
    await page.goto(url);
    const quote = await selectAcross(page, LAST_CROSSING, ENGINEERS);
    expect(quote).toMatch(/people\.\s+Engineers/);
    await highlight(page);
    await expect.poll(() => paintedRanges(page)).toEqual({ 'marginalia-yellow': [quote] });

    // The newsroom's page now carries an ad paragraph at the top of the story, above the highlight.
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: SAMPLE.replace('<div class="story-body">', `<div class="story-body">${AD}`) }));
    await page.reload();
    expect(await page.locator('.story-body .ad').count()).toBe(1);
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [quote] });
    const popup = await openPopup(h, await tabIdOf(h, url));
    await expect.poll(() => popup.getByTestId('highlight').count()).toBe(1);
    expect(await popup.getByTestId('orphans').count()).toBe(0);
  });

  it('lists a highlight whose passage was removed before the reload as orphaned, and paints the others', async () => {
    const url = h.server.url(`/sample-article.html?run=${Math.random()}`);
    const page = await h.context.newPage();
    await page.goto(url);
    await selectText(page, '.story-body', LAST_CROSSING);
    await highlight(page);
    // The next selection only once this highlight is saved (saving clears the selection).
    await expect.poll(async () => (await paintedRanges(page))['marginalia-yellow']?.length).toBe(1);
    const kept = 'a timetable of crossings every twenty minutes at peak hours';
    await selectText(page, '.story-body', kept);
    await highlight(page);
    await expect.poll(async () => (await paintedRanges(page))['marginalia-yellow']?.length).toBe(2);

    // The newsroom cut the sentence with the highlight; the rest of its paragraph stays.
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: SAMPLE.replace(` ${LAST_CROSSING}`, '') }));
    await page.reload();
    await expect.poll(() => paintedRanges(page), { timeout: 10_000 }).toEqual({ 'marginalia-yellow': [kept] });
    const popup = await openPopup(h, await tabIdOf(h, url));
    const orphans = popup.getByTestId('orphans');
    await expect.poll(() => orphans.getByTestId('highlight').count()).toBe(1);
    expect(await orphans.getByTestId('highlight').textContent()).toContain(LAST_CROSSING);
    await expect.poll(() => popup.getByTestId('highlight').count()).toBe(2);
  });

  it("leaves the page's layout, click handlers, own selection and DOM as they were while highlights are painted", async () => {
    const page = await h.context.newPage();
    await page.goto(h.server.url(`/own-scripts.html?run=${Math.random()}`));
    const before = await boxes(page);
    const across = await selectAcross(page, 'two new housing districts', 'Construction is due to start');
    await highlight(page);
    await expect.poll(async () => (await paintedRanges(page))['marginalia-yellow']).toEqual([across]);
    await selectText(page, '#more', 'old freight track');
    await highlight(page);
    await expect.poll(async () => (await paintedRanges(page))['marginalia-yellow']?.sort()).toEqual([across, 'old freight track'].sort());

    // Layout: every element of the article where it was. DOM: the page's observer saw nothing change.
    expect(await boxes(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { pageMutations: number }).pageMutations)).toBe(0);

    // The page's click handler and the link's own action still run on highlighted text.
    await page.locator('#more').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { pageClicks: string[] }).pageClicks)).toContain('more');
    expect(new URL(page.url()).hash).toBe('#route');
    expect(await boxes(page)).toEqual(before);

    // The page's own use of the selection still reads the page's text.
    await page.evaluate(() => (window as unknown as { selectPhrase(p: string): void }).selectPhrase('about eleven thousand people a day'));
    await page.locator('#share').click();
    expect(await page.locator('#shared').textContent()).toBe('about eleven thousand people a day');
    expect(Object.values(await paintedRanges(page)).flat()).toHaveLength(2);
  });
});
