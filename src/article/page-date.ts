// The last resort for the publication date: a "Published on …" line anywhere on the page, for pages
// whose header, metadata and URL hold no date (the label sits in a footer, a sidebar or under the story),
// the date under a byline that signs the story at its end, or the one date the page shows in the month its
// URL names (/2008/09/slug: a blog's date header above the post).

import { BLOCK_TAGS, BYLINE_LINE, capitalName } from './heuristics';
import { namesAfterLabel } from './labelled-byline';
import { scannedLines, textLines } from './head-lines';
import { visibleDates } from './visible-byline';
import { holdsOtherVoices } from './boilerplate';
import type { NumericOrder } from './dates';
import type { PageScan } from './page-scan';

/** Lines read from the page at most (a bound on the walk for huge pages; a story's own lines come well before). */
const MAX_PAGE_LINES = 4000;

/** A year and month in the URL's path with no day after them (/2008/09/slug.html): the month a blog stamped at first publication. */
const URL_MONTH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?!\d)/;

/** The days (not updates) on the line after each byline line ("Written by Jane Doe" / "April 8, 2024"): a story signed at its end dates it there. */
function bylineDates(lines: string[], order?: NumericOrder): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const m = capitalName(BYLINE_LINE.exec(lines[i]!));
    if (!m || !namesAfterLabel(m[1]!).length) continue;
    for (const d of visibleDates([lines[i + 1]!], undefined, order)) if (d.label !== 'updated') out.push(d.day);
  }
  return out;
}

/** Block elements and <time> end a line of the page. */
const lineBreaks = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag === 'TIME';

/** The only element of `days`, or null when there are none or several. */
const onlyDay = (days: string[]): string | null => (new Set(days).size === 1 ? days[0]! : null);

/**
 * The day of the page's one publication-labelled date ("Published On: 15 August 2025", "Posted
 * March 3, 2021"), or null. Only when every such label on the page names the same day: lists of
 * teasers and comment threads label many days, and then none of them is known to be the story's.
 * Else the one day on the lines under the page's bylines ("Written by Jane Doe" / "April 8, 2024").
 * Else, when `url` names a year and month but no day, the one day of that month the page shows
 * (not an update): the URL vouches for the month, the page for the day. `order` is the page language's order of numeric dates.
 * `scan`: the page scan, when it has read `root` (its lines are then read from the scan rather than by walking the page again).
 */
export function labelledPageDate(root: Element | null | undefined, url = '', order?: NumericOrder, scan?: PageScan | null): string | null {
  if (!root) return null;
  // Comment threads and related-story lists are left out: their "Posted …" labels are commenters' and teasers'.
  const lines = scan?.order[0] === root ? scannedLines(scan, MAX_PAGE_LINES, lineBreaks, holdsOtherVoices) : textLines(root, MAX_PAGE_LINES, lineBreaks, holdsOtherVoices);
  const dates = visibleDates(lines, undefined, order);
  const labelled = onlyDay(dates.filter((d) => d.label === 'published').map((d) => d.day));
  if (labelled) return labelled;
  const signed = onlyDay(bylineDates(lines, order));
  if (signed) return signed;
  const month = URL_MONTH.exec(url.replace(/[?#].*/, ''));
  if (!month) return null;
  const prefix = `${month[1]}-${month[2]}-`;
  return onlyDay(dates.filter((d) => d.label !== 'updated' && d.day.startsWith(prefix)).map((d) => d.day));
}
