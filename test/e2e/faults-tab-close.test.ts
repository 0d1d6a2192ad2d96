// A reader highlights and closes the tab at once: the write is cut off at some point between the click and
// the database. Whatever the moment, the library holds each highlight whole or not at all, and every
// highlight it holds comes back when the article is opened again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLOR_NAMES } from '../../src/shared/model';
import { clickToolbarButton, extensionPage, paintedRanges, selectText, startHarness, storedAnnotations, type Harness } from './harness';

const QUOTE = 'A ferry carries a few hundred people an hour on a good day';
/** How long after the click each tab is closed, in ms: from before the message leaves to after it landed. */
const CLOSE_AFTER_MS = [0, 0, 1, 2, 5, 10, 20, 40, 80, 160];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** What is wrong with a stored annotation, or [] when it is whole. */
function problemsOf(a: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof a['id'] !== 'string' || !UUID.test(a['id'])) problems.push('id');
  if (typeof a['articleKey'] !== 'string' || !a['articleKey']) problems.push('articleKey');
  for (const time of ['created', 'modified']) if (typeof a[time] !== 'string' || !ISO_TIME.test(a[time] as string)) problems.push(time);
  if (!COLOR_NAMES.includes(a['color'] as never)) problems.push('color');
  if (typeof a['note'] !== 'string') problems.push('note');
  if (!Array.isArray(a['tags'])) problems.push('tags');
  if (a['quote'] !== QUOTE) problems.push('quote');
  if (!Array.isArray(a['selectors']) || a['selectors'].length === 0) problems.push('selectors');
  if (typeof a['selectorVersion'] !== 'number') problems.push('selectorVersion');
  return problems;
}

describe('a tab closed while its highlight is being written', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('leaves each highlight stored whole or not at all, and restores every stored one', async () => {
    const url = h.server.url('/sample-article.html');
    for (const delay of CLOSE_AFTER_MS) {
      const page = await h.context.newPage();
      await page.goto(url);
      await selectText(page, '.story-body', QUOTE);
      await clickToolbarButton(page, 'Highlight');
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      await page.close();
    }
    // Writes already in the background finish after their tab is gone; give them a moment.
    await new Promise((r) => setTimeout(r, 500));

    const reader = await extensionPage(h);
    const stored = await storedAnnotations(reader);
    expect(stored.length).toBeLessThanOrEqual(CLOSE_AFTER_MS.length);
    // The slowest closes come long after the write: at least those are stored.
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.flatMap((a) => problemsOf(a).map((p) => `${String(a['id'])}: ${p}`))).toEqual([]);
    await reader.close();

    const page = await h.context.newPage();
    await page.goto(url);
    const painted = () => paintedRanges(page).then((p) => Object.values(p).flat().length);
    await expect.poll(painted, { timeout: 10_000 }).toBe(stored.length);
  });
});
