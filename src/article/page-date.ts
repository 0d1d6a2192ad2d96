// The last resort for the publication date: a "Published on …" line anywhere on the page, for pages
// whose header, metadata and URL hold no date (the label sits in a footer, a sidebar or under the story).

import { BLOCK_TAGS } from './heuristics';
import { textLines } from './head-lines';
import { visibleDates } from './visible-byline';
import { holdsOtherVoices } from './boilerplate';

/** Lines read from the page at most (a bound on the walk for huge pages; a story's own lines come well before). */
const MAX_PAGE_LINES = 4000;

/** Block elements and <time> end a line of the page. */
const lineBreaks = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag === 'TIME';

/**
 * The day of the page's one publication-labelled date ("Published On: 15 August 2025", "Posted
 * March 3, 2021"), or null. Only when every such label on the page names the same day: lists of
 * teasers and comment threads label many days, and then none of them is known to be the story's.
 */
export function labelledPageDate(root: Element | null | undefined): string | null {
  if (!root) return null;
  // Comment threads and related-story lists are left out: their "Posted …" labels are commenters' and teasers'.
  const days = new Set(visibleDates(textLines(root, MAX_PAGE_LINES, lineBreaks, holdsOtherVoices)).filter((d) => d.label === 'published').map((d) => d.day));
  return days.size === 1 ? [...days][0]! : null;
}
