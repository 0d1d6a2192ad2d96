// Counts the story's headings that are links to other pages. A listing heads each of its items with a link to the item
// (a section front's or an archive's teasers, search results, lists of events, releases or recipes); a story's subheads
// are its own and link nowhere, or to a place on the same page.

import type { PageScan } from './page-scan';

/** Headings counted at most: enough to tell a list of items from a story. */
const MAX_COUNTED = 12;
/** Headings read at most, bounding the cost on huge pages. */
const MAX_READ = 200;

/** Share of a heading's text its one link must carry for the heading to be that link ("Read <a>this</a> and more" is not). */
const LINK_TEXT_SHARE = 0.8;

/** Tags of the headings read, either case (an h1 is the page's own headline). */
const HEADING_TAG = /^h[2-6]$/i;

/** Whether a link leads to another page: not to a place on a page (a post's permalink, "…?p=5001#p5001", heads a forum's
 * posts), not a script. */
function leadsElsewhere(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && !href.includes('#') && !/^javascript:/i.test(href);
}

/** The link the heading sits in, if any (by parent links: jsdom's closest() runs its selector engine). */
function linkAround(h: Element): Element | null {
  for (let a = h.parentElement; a; a = a.parentElement) if (a.localName === 'a') return a;
  return null;
}

/** Whether the heading is a link: inside one, or holding one that carries all its text. */
function isLinkedHeading(h: Element): boolean {
  const outer = linkAround(h);
  if (outer) return leadsElsewhere(outer);
  const text = (h.textContent ?? '').trim();
  if (!text) return false;
  const links = h.getElementsByTagName('a');
  return links.length === 1 && leadsElsewhere(links[0]!) && (links[0]!.textContent ?? '').trim().length >= text.length * LINK_TEXT_SHARE;
}

/** The page scan's parts this count reads: elements in order, where each one's subtree ends, headings under each, tags. */
type ScanParts = Pick<PageScan, 'order' | 'end' | 'headings' | 'tags' | 'index'>;

/** Headings (h2–h6) inside the story roots that link to other pages, counted up to MAX_COUNTED. With the page scan, only
 * subtrees that hold a heading are visited (a walk of every element costs tens of milliseconds on large pages in jsdom). */
export function countLinkedHeadings(roots: Element[], scan?: ScanParts | null): number {
  const count = { n: 0, read: 0 };
  for (const r of roots) {
    const k = scan?.index.get(r);
    if (scan && k != null) {
      if (!readScanned(scan, k, count)) break;
    } else if (!readWalked(r, count)) break;
  }
  return count.n;
}

/** Whether the count may go on: the heading is read unless the budget is spent, and it counts if it is a link. */
function read(h: Element, count: { n: number; read: number }): boolean {
  if (++count.read > MAX_READ) return false;
  return !(isLinkedHeading(h) && ++count.n >= MAX_COUNTED);
}

/** Reads the headings under the scanned element k, skipping subtrees without one. */
function readScanned(scan: ScanParts, k: number, count: { n: number; read: number }): boolean {
  for (let i = k, stop = scan.end[k]!; i < stop; ) {
    if (scan.headings[i] === 0) i = scan.end[i]!;
    else if (HEADING_TAG.test(scan.tags[i]!)) {
      if (!read(scan.order[i]!, count)) return false;
      i = scan.end[i]!;
    } else i++;
  }
  return true;
}

/** Reads the headings under an element by walking its elements (no scan, or an element it left out). */
function readWalked(root: Element, count: { n: number; read: number }): boolean {
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (HEADING_TAG.test(el.localName)) {
      if (!read(el, count)) return false;
      continue;
    }
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return true;
}
