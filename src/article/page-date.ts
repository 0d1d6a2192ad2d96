// The last resort for the publication date: a "Published on …" line anywhere on the page, for pages
// whose header, metadata and URL hold no date (the label sits in a footer, a sidebar or under the story).

import { BLOCK_TAGS, SKIP_TAGS } from './heuristics';
import { foldSpace, isHiddenByMarkup } from './text';
import { visibleDates } from './visible-byline';

/** Lines read from the page at most (a bound on the walk for huge pages; a story's own lines come well before). */
const MAX_PAGE_LINES = 4000;

/** The page's text lines in document order (block elements and <time> end a line), hidden markup left out. */
function pageLines(root: Element): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = foldSpace(buf);
    buf = '';
    if (line) out.push(line);
  };
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c && out.length < MAX_PAGE_LINES; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const ce = c as Element;
        const tag = ce.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || (ce.hasAttributes() && isHiddenByMarkup(ce))) continue;
        const block = BLOCK_TAGS.has(tag) || tag === 'TIME';
        if (block) flush();
        walk(ce);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return out;
}

/**
 * The day of the page's one publication-labelled date ("Published On: 15 August 2025", "Posted
 * March 3, 2021"), or null. Only when every such label on the page names the same day: lists of
 * teasers and comment threads label many days, and then none of them is known to be the story's.
 */
export function labelledPageDate(root: Element | null | undefined): string | null {
  if (!root) return null;
  const days = new Set(visibleDates(pageLines(root)).filter((d) => d.label === 'published').map((d) => d.day));
  return days.size === 1 ? [...days][0]! : null;
}
