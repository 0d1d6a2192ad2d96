// Counts the posts of a thread by their shape: many sibling blocks built alike (one tag, one class), each holding a
// date and a mark of who wrote it (a user's link or name, an author or avatar class). A forum thread, a Q&A page or a
// review list repeats that block for every post; an article has one author block. Only blocks where the story is
// count (the story inside one of them, or them inside the story): an article's comments sit beside the story.

import { MONTHS } from './date-words';
import { foldedTextFits } from './text';

/** Numeric and relative date stamps ("2024-01-12", "12/01/2024", "3 hours ago"); dates with a month's name are read by
 * monthDayText. */
const NUMERIC_DATE_TEXT = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;

/** Classes of a poster's mark: a user's name, avatar or profile, an author or byline. */
export const POSTER_CLASS = /author|user|poster|member|byline|avatar|profile/i;

/** Levels above a mark at which its block may sit (a post's date is a few levels inside the post). */
const MARK_DEPTH = 8;
/** Marks read at most, of each kind: enough for a page of posts, bounded on huge pages. */
const MAX_MARKS = 400;

/** The shape two sibling blocks share when built by one template: their tag and class attribute. */
const shape = (el: Element): string => el.localName + ' ' + (el.getAttribute('class') ?? '');

/** For each parent, its children by shape: those that hold one of `marks` (at most MARK_DEPTH levels above it). */
function blocksHolding(marks: Element[], markOf?: Map<Element, Element>): Map<Element, Map<string, Set<Element>>> {
  const byParent = new Map<Element, Map<string, Set<Element>>>();
  // The lowest level at which a mark reached each element: a mark reaching it again no lower would only add what is there
  // (the marks of one thread share their ancestors).
  const reached = new Map<Element, number>();
  for (const mark of marks.slice(0, MAX_MARKS)) {
    for (let a: Element = mark, k = 0; a.parentElement && k < MARK_DEPTH; a = a.parentElement, k++) {
      const level = reached.get(a);
      if (level !== undefined && level <= k) break;
      reached.set(a, k);
      if (markOf && !markOf.has(a)) markOf.set(a, mark);
      const parent = a.parentElement;
      let shapes = byParent.get(parent);
      if (!shapes) byParent.set(parent, (shapes = new Map()));
      const s = shape(a);
      let blocks = shapes.get(s);
      if (!blocks) shapes.set(s, (blocks = new Set()));
      blocks.add(a);
    }
  }
  return byParent;
}

/** Elements read at most, over all blocks, looking for date texts: enough for a thread's pages, bounded on huge ones. */
const MAX_TEXT_READS = 1500;

/** Whether an element has at most `max` element children (counted only that far). */
function fewChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > max) return false;
  return true;
}

/** A day before a word ("3. ", "15 de ") and a day after one (" 08", ". 5"): a month's name between gives a date stamp. */
const DAY_BEFORE = /(?:^|[^\p{N}])\d{1,2}\.?\s+(?:de\s+)?$/u;
const DAY_AFTER = /^\.?\s+\d{1,2}(?!\p{N})/u;

/** Whether a text holds a month's name (in a language date-words.ts knows: forums are written in all of them) beside a
 * day, either order ("Aug 08", "3. März", "15 de marzo", "3 квітня"). */
function monthDayText(text: string): boolean {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (!MONTHS.has(m[0].toLowerCase())) continue;
    if (DAY_BEFORE.test(text.slice(0, m.index)) || DAY_AFTER.test(text.slice(m.index + m[0].length))) return true;
  }
  return false;
}

/** Whether an element is a date stamp by its text: few children, at most 50 characters, date-like. */
function isDateText(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'script' || tag === 'style' || el.firstChild == null || !fewChildren(el, 3) || !foldedTextFits(el, 50)) return false;
  const text = el.textContent ?? '';
  return NUMERIC_DATE_TEXT.test(text) || monthDayText(text);
}

/**
 * The most sibling blocks of one shape, each holding a date mark and a poster mark, under one parent that is inside
 * a story root or whose blocks hold one. `dates`: date stamps found by markup (<time>, itemprop dates); date texts are
 * read only in blocks that hold a poster's mark, as few pages have many such blocks. `posters`: poster marks;
 * `roots`: the story's roots. A lone block is not counted (0).
 */
export function countPostBlocks(dates: Element[], posters: Element[], roots: Element[]): number {
  if (!posters.length || !roots.length) return 0;
  const dated = blocksHolding(dates);
  const posterOf = new Map<Element, Element>();
  const signed = blocksHolding(posters, posterOf);
  const reads: TextReads = { seen: new Map(), left: MAX_TEXT_READS };
  // The roots and their ancestors: an element holds a root when it is among them (a set, as jsdom's contains() is slow).
  const holdsRoot = new Set<Element>();
  for (const r of roots) for (let a: Element | null = r; a && !holdsRoot.has(a); a = a.parentElement) holdsRoot.add(a);
  const rootSet = new Set(roots);
  const inRoot = (el: Element): boolean => {
    for (let a: Element | null = el; a; a = a.parentElement) if (rootSet.has(a)) return true;
    return false;
  };
  let best = 0;
  for (const [parent, shapes] of signed) {
    // Blocks under this parent can be at the story only if the parent and a root are one inside the other.
    const parentInRoot = inRoot(parent);
    if (!parentInRoot && !holdsRoot.has(parent)) continue;
    const datedShapes = dated.get(parent);
    for (const [s, blocks] of shapes) {
      // One block is no repetition (and would cost a read of its text for nothing).
      if (blocks.size < 2 || blocks.size <= best) continue;
      const withDate = datedShapes?.get(s);
      const posts = [...blocks].filter((b) => withDate?.has(b) || holdsDateText(b, reads));
      if (posts.length <= best || oneWriter(posts, posterOf)) continue;
      if (parentInRoot || posts.some((b) => holdsRoot.has(b))) best = posts.length;
    }
  }
  return best;
}

/** Longest poster's mark read as a name: a longer text is a block's whole header, not a name. */
const MAX_NAME_CHARS = 80;

/** Whether every block's poster mark names one and the same writer: one writer's dated entries are a live blog's or a
 * diary's, a thread has several posters. A mark without text (an avatar) leaves the writer unknown, and the run a thread's. */
function oneWriter(posts: Element[], posterOf: Map<Element, Element>): boolean {
  let name: string | null = null;
  for (const b of posts) {
    const text = (posterOf.get(b)?.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!text || text.length > MAX_NAME_CHARS || (name !== null && text !== name)) return false;
    name = text;
  }
  return true;
}

/** Date texts read so far (blocks at nested levels share elements) and what is left of the reading budget. */
interface TextReads { seen: Map<Element, boolean>; left: number }

/** Whether a date text sits in the block, at most MARK_DEPTH - 1 levels down (as blocksHolding reaches up from a mark). */
function holdsDateText(block: Element, reads: TextReads): boolean {
  const walk = (el: Element, depth: number): boolean => {
    let is = reads.seen.get(el);
    if (is == null) {
      if (reads.left-- <= 0) return false;
      reads.seen.set(el, (is = isDateText(el)));
    }
    if (is) return true;
    if (depth >= MARK_DEPTH - 1) return false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (walk(c, depth + 1)) return true;
    return false;
  };
  return walk(block, 0);
}
