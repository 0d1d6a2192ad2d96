// The lines a reader sees around the headline (kicker, byline, dateline), where visible authors and
// dates live. Read in document order around the h1 (or the body's start), without changing anything.

import { BLOCK_TAGS, CHROME_TAGS, SKIP_TAGS } from './heuristics';
import { foldSpace, isHiddenByMarkup } from './text';
import { holdsOtherVoices } from './boilerplate';
import { isAsideOfDates } from './element-query';

/** Lines kept before the headline (kicker, date above the title). */
const LINES_BEFORE = 6;
/** Lines read after the headline before giving up (byline blocks can be long: avatar, role, share). */
const LINES_AFTER = 30;
/** A line this long is prose: the story has started. */
const PROSE_CHARS = 300;
/** Levels above the headline that bound the search (a header block, not the whole page). */
const LEVELS_UP = 3;
/** The rel value of a link to a topic's page. */
const TOPIC_LINK = /(?:^|\s)tag(?:\s|$)/i;

/** The lines around the headline, and the index of the headline's own first line in them. */
export interface HeadLines {
  lines: string[];
  at: number;
  /** Where the lines of the headline's own block end (the lines past it were read on towards the story's start). */
  blockEnd: number;
  /** Whether the headline's block ended at a prose line right under the headline (a standfirst, which bylines may follow). */
  stoppedAtDek?: boolean;
}

/** Short lines around `start`: up to LINES_BEFORE before it and LINES_AFTER from it on. With `bodyStart` (the story's first
 * root) past the headline's block, the lines between them are read too: a page-wide banner holds the headline, and the byline
 * sits under it, before the story. With `pastDek`, a prose line right under the headline (a standfirst) does not end the
 * headline's block: the next prose line does. */
export function headLines(start: Element | null, bodyStart: Element | null = null, pastDek = false): HeadLines {
  if (!start) return { lines: [], at: 0, blockEnd: 0 };
  let container: Element = start;
  for (let i = 0; i < LEVELS_UP && container.parentElement && container.parentElement.localName !== 'body'; i++) container = container.parentElement;
  const before: string[] = [];
  const after: string[] = [];
  let passed = false;
  let done = false;
  let stoppedAtDek = false;
  let buf = '';
  const flush = (): void => {
    const line = foldSpace(buf);
    buf = '';
    if (!line) return;
    if (!passed) {
      before.push(line);
      if (before.length > LINES_BEFORE) before.shift();
    } else {
      after.push(line);
      if (after.length >= LINES_AFTER) done = true;
      else if (line.length > PROSE_CHARS && after.length > 1 && !(pastDek && after.length === 2)) {
        done = true;
        stoppedAtDek = after.length === 2;
      }
    }
  };
  const visit = (ce: Element): void => {
    const tag = ce.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (ce.hasAttributes() && isHiddenByMarkup(ce))) return;
    // Related-story lists and comments beside the headline hold teasers' and commenters' dates and names.
    // So do sidebars inside the story's <main> that list other pages with their dates.
    if (((ce.hasAttributes() && holdsOtherVoices(ce)) || isAsideOfDates(ce)) && !ce.contains(start)) {
      flush();
      return;
    }
    // A topic link (rel="tag": WordPress's tags and categories) names a subject, never the writer or the date; left out,
    // the line after a "By" is the name that follows the topics.
    if (tag === 'A' && TOPIC_LINK.test(ce.getAttribute('rel') ?? '')) {
      flush();
      return;
    }
    const block = BLOCK_TAGS.has(tag) || tag === 'TIME';
    if (ce === start) {
      flush();
      passed = true;
    }
    if (block) flush();
    walk(ce);
    if (block) flush();
  };
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c && !done; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) visit(c as Element);
    }
  };
  walk(container);
  flush();
  const blockEnd = before.length + after.length;
  // The blocks after the headline's, up to the one that holds the story's start (page chrome between them is not read).
  if (bodyStart && !container.contains(bodyStart) && container.compareDocumentPosition(bodyStart) & 4 /* FOLLOWING */) {
    for (let n: Element | null = container; n && !done && n.localName !== 'body'; n = n.parentElement) {
      let reached = false;
      for (let sib = n.nextElementSibling; sib && !done && !reached; sib = sib.nextElementSibling) {
        reached = sib === bodyStart || sib.contains(bodyStart);
        if (CHROME_TAGS.has(sib.tagName.toUpperCase()) && sib.localName !== 'header') continue;
        flush();
        visit(sib);
      }
      if (reached) break;
    }
  }
  flush();
  return { lines: [...before, ...after], at: before.length, blockEnd, stoppedAtDek };
}

/** Lines this many or fewer are read from a byline container. */
const MAX_CONTAINER_LINES = 12;

/** Inline pieces of a byline block (a name link, a date span) are lines of their own too. */
export const bylinePieceBreaks = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag === 'TIME' || tag === 'A' || tag === 'SPAN';

/** The short text lines of one container (a byline block: avatar, name, role, date), in order. */
export function linesOf(el: Element): string[] {
  return textLines(el, MAX_CONTAINER_LINES, bylinePieceBreaks);
}

/**
 * The text lines under `root` in document order, at most `max`: an element for which `breaks(TAG)` holds
 * starts and ends a line; scripts, styles, markup-hidden elements and those `skip` names are left out.
 */
export function textLines(root: Element, max: number, breaks: (tag: string) => boolean, skip?: (el: Element) => boolean): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = foldSpace(buf);
    buf = '';
    if (line) out.push(line);
  };
  const walk = (n: Element): void => {
    for (let c = n.firstChild; c && out.length < max; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const ce = c as Element;
        const tag = ce.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || (ce.hasAttributes() && isHiddenByMarkup(ce))) continue;
        if (skip?.(ce)) {
          flush();
          continue;
        }
        const block = breaks(tag);
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
