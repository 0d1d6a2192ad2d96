// The lines a reader sees around the headline (kicker, byline, dateline), where visible authors and
// dates live. Read in document order around the h1 (or the body's start), without changing anything.

import { BLOCK_TAGS, CHROME_TAGS, DATE_LINE_MAX, SKIP_TAGS } from './heuristics';
import { foldSpace, isHiddenByMarkup } from './text';
import { holdsOtherVoices } from './boilerplate';
import { isAsideOfDates, isHiddenUpdateStamp } from './element-query';
import type { PageScan } from './page-scan';
import type { ClassWordTest } from './class-tokens';
import { NAME_SHAPE } from './byline-rules';

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

/** Text that ends in a small letter, then text that starts with a capital: at an element's edge, two pieces set side by side
 * ("<span>Par Marie Dupont</span><span>Publié le …</span>"), never one word. */
const GLUED_END = /\p{Ll}$/u;
const GLUED_START = /^\p{Lu}/u;

/** The folder of the page a link (or an element holding only a link) points to ("https://x.example/author/"), when the link's
 * text has a full name's shape (two words or more, capitalised); else null. */
function linkedNameFolder(el: Element): string | null {
  const a = el.localName === 'a' ? el : el.childElementCount === 1 && el.firstElementChild?.localName === 'a' ? el.firstElementChild : null;
  const href = a?.getAttribute('href');
  const text = a && href ? foldSpace(a.textContent ?? '') : '';
  if (!text.includes(' ') || !NAME_SHAPE.test(text)) return null;
  try {
    const url = new URL(href!, el.ownerDocument.baseURI);
    return url.host + url.pathname.replace(/[^/]*\/?$/, '');
  } catch {
    return null;
  }
}

/** Whether `el` is a linked name right after another, nothing but space between, both links to pages of one folder (writers'
 * pages, "/author/jane", "/author/john"): a name never runs across two links, so they are two writers ("<a>Jane Doe</a><a>John
 * Roe</a>", a list whose separators a style sheet draws), not the name "Jane Doe John Roe". A button beside the name links elsewhere. */
function secondLinkedName(el: Element): boolean {
  let prev = el.previousSibling;
  while (prev && prev.nodeType === 3 && !(prev.nodeValue ?? '').trim()) prev = prev.previousSibling;
  if (!prev || prev.nodeType !== 1) return false;
  // This element first: most inline pieces after a linked name are no linked name (a date, a role), and the page's base
  // address is read only for a pair of them.
  const folder = linkedNameFolder(el);
  return folder != null && folder === linkedNameFolder(prev as Element);
}

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
  // Whether an element began or ended since the last text: two pieces may meet there without a space.
  let edge = false;
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
    // The update stamp a theme prints and hides beside the publication is no date the reader sees.
    if (tag === 'TIME' && isHiddenUpdateStamp(ce)) return;
    const block = BLOCK_TAGS.has(tag) || tag === 'TIME';
    if (ce === start) {
      flush();
      passed = true;
    }
    if (block) flush();
    else if (buf && secondLinkedName(ce)) buf += ', ';
    edge = true;
    walk(ce);
    edge = true;
    if (block) flush();
  };
  const walk = (el: Element): void => {
    for (let c = el.firstChild; c && !done; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const text = c.nodeValue ?? '';
        if (edge && GLUED_END.test(buf) && GLUED_START.test(text)) buf += ' ';
        if (text) edge = false;
        buf += text;
      } else if (c.nodeType === 1) visit(c as Element);
    }
  };
  // A headline set straight in the body is its own container: its line is the first after it.
  if (container === start) passed = true;
  walk(container);
  flush();
  let blockEnd = before.length + after.length;
  // Whether the story's root holds the headline's block (a plain page of paragraphs set straight in the body).
  const inStoryRoot = !!bodyStart && bodyStart !== container && bodyStart.contains(container);
  // The blocks after the headline's, up to the one that holds the story's start (page chrome between them is not read); or, in
  // the story's root, the blocks that follow it.
  if (bodyStart && !container.contains(bodyStart) && (inStoryRoot || container.compareDocumentPosition(bodyStart) & 4 /* FOLLOWING */)) {
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
  const lines = [...before, ...after];
  // In the story's own root, the short lines between the headline's block and the first prose line are the header's (the
  // byline and date of a plain page that sets them as paragraphs under its headline).
  if (inStoryRoot) while (blockEnd < lines.length && lines[blockEnd]!.length <= DATE_LINE_MAX) blockEnd++;
  return { lines, at: before.length, blockEnd, stoppedAtDek };
}

/** Lines this many or fewer are read from a byline container. */
const MAX_CONTAINER_LINES = 12;

/** Inline pieces of a byline block (a name link, a date span) are lines of their own too. */
export const bylinePieceBreaks = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag === 'TIME' || tag === 'A' || tag === 'SPAN';

/** The short text lines of one container (a byline block: avatar, name, role, date), in order. */
export function linesOf(el: Element): string[] {
  return textLines(el, MAX_CONTAINER_LINES, bylinePieceBreaks);
}

/** A reader of text lines (see textLines): `walk` reads an element's children, `visit` one element and its subtree, `add` a
 * text node's text; `full` tells when `max` lines are read. */
interface LineReader {
  lines: string[];
  add: (text: string) => void;
  flush: () => void;
  walk: (el: Element) => void;
  visit: (el: Element) => void;
  full: () => boolean;
}

function lineReader(max: number, breaks: (tag: string) => boolean, skip?: (el: Element) => boolean): LineReader {
  const lines: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = foldSpace(buf);
    buf = '';
    if (line) lines.push(line);
  };
  const walk = (n: Element): void => {
    for (let c = n.firstChild; c && lines.length < max; c = c.nextSibling) {
      if (c.nodeType === 3) buf += c.nodeValue ?? '';
      else if (c.nodeType === 1) visit(c as Element);
    }
  };
  const visit = (ce: Element): void => {
    const tag = ce.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (ce.hasAttributes() && isHiddenByMarkup(ce)) || (tag === 'TIME' && isHiddenUpdateStamp(ce))) return;
    if (skip?.(ce)) {
      flush();
      return;
    }
    const block = breaks(tag);
    if (block) flush();
    walk(ce);
    if (block) flush();
  };
  const add = (text: string): void => {
    buf += text;
  };
  return { lines, add, flush, walk, visit, full: () => lines.length >= max };
}

/**
 * The text lines under `root` in document order, at most `max`: an element for which `breaks(TAG)` holds
 * starts and ends a line; scripts, styles, markup-hidden elements and those `skip` names are left out.
 */
export function textLines(root: Element, max: number, breaks: (tag: string) => boolean, skip?: (el: Element) => boolean): string[] {
  const reader = lineReader(max, breaks, skip);
  reader.walk(root);
  reader.flush();
  return reader.lines;
}

/**
 * The text lines under the scanned root (`scan.order[0]`), as textLines reads them, replayed from the scan's log instead of
 * walking the page again. The scan's elements are not hidden by markup; the children it left out as hidden by their class are
 * read from the page.
 */
export function scannedLines(scan: PageScan, max: number, breaks: (tag: string) => boolean, skip?: ClassWordTest): string[] {
  const reader = lineReader(max, breaks, skip);
  const { log, tags, classes, ids, closeAt } = scan;
  // The root's own opening (0) and closing (~0, -1) do not break its lines.
  for (let p = 0; p < log.length && !reader.full(); p++) {
    const entry = log[p]!;
    if (typeof entry === 'string') reader.add(entry);
    else if (typeof entry !== 'number') reader.visit(entry);
    else if (entry > 0) {
      // An element opens: one that `skip` names (by the class and id the scan read) ends the line and is passed over, up to its close.
      if (skip?.values(classes[entry]!, ids[entry]!)) {
        reader.flush();
        p = closeAt[entry]!;
      } else if (breaks(tags[entry]!)) reader.flush();
    } else if (entry < -1 && breaks(tags[~entry]!)) reader.flush();
  }
  reader.flush();
  return reader.lines;
}
