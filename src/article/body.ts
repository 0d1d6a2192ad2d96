// Finds the article's body: the subtree whose story text most outweighs its other text, after
// discounting furniture containers, plus siblings that continue the story.

import { Furniture, namesConsentTool } from './boilerplate';
import { DESCEND_SHARE, MAX_FLAGGED_SHARE, MAX_TEASER_EXCERPT_CHARS, MAX_WEAK_FURNITURE_CHARS, NOISE_WEIGHT, PAGE_CHROME_TAGS, SIBLING_SHARE, STORY_STRUCTURE_TAGS } from './heuristics';
import type { PageScan } from './page-scan';
import { foldWords } from './text';

export interface BodyChoice {
  roots: Element[];
  /** The first root of the story's main block, after its intro: where the headline and byline are looked for near. */
  start: Element;
  /** Furniture containers to leave out of the text (indexes into scan.order). */
  excluded: Set<Element>;
  /** Story characters in the chosen roots. */
  storyChars: number;
}

/** Marks flagged containers as furniture unless they hold most of the page's story text (a footer, a menu or a consent banner never does). */
function effectiveFurniture(scan: PageScan): number[] {
  const total = scan.good[0] ?? 0;
  const out: number[] = [];
  for (let i = 1; i < scan.order.length; ) {
    const level = scan.flagged[i]!;
    const good = scan.good[i]!;
    if ((level === Furniture.Strong && (good <= total * MAX_FLAGGED_SHARE || PAGE_CHROME_TAGS.has(scan.order[i]!.tagName.toUpperCase()) || namesConsentTool(scan.order[i]!))) || (level === Furniture.Weak && good <= MAX_WEAK_FURNITURE_CHARS)) {
      out.push(i);
      i = scan.end[i]!;
    } else i++;
  }
  return out;
}

/**
 * From the best-scoring container down to the child that holds most of its story text. Page layouts wrap
 * the story in sections of promos, testimonials and calls to action whose paragraphs are long enough to
 * count as story, so the wrapper can outscore the story itself. A list or table is the story's own
 * structure, and a child with a single paragraph is a paragraph: neither is descended into. Story text in
 * the children before the one descended into is the story's intro (a standfirst, a lead widget), returned
 * as `leads`; the promos of such layouts follow the story. A child holding the headline is the header (title,
 * byline, excerpt), not an intro.
 */
function descend(scan: PageScan, best: number, good: Float64Array, noise: Float64Array, inFurniture: Uint8Array): { best: number; leads: Element[] } {
  const leads: Element[] = [];
  for (;;) {
    let top = -1;
    for (let c = scan.order[best]!.firstElementChild; c; c = c.nextElementSibling) {
      const ci = scan.index.get(c);
      if (ci !== undefined && !inFurniture[ci] && (top < 0 || good[ci]! > good[top]!)) top = ci;
    }
    if (top < 0 || good[top]! < DESCEND_SHARE * good[best]! || scan.paragraphs[top]! < 2 || STORY_STRUCTURE_TAGS.has(scan.order[top]!.tagName.toUpperCase())) return { best, leads };
    for (let c = scan.order[best]!.firstElementChild; c && c !== scan.order[top]; c = c.nextElementSibling) {
      const ci = scan.index.get(c);
      if (ci !== undefined && !inFurniture[ci] && good[ci]! > noise[ci]! && !c.getElementsByTagName('h1').length) leads.push(c);
    }
    best = top;
  }
}

/** The <article> elements under `root` (itself aside) that the scan measured, in document order: read from the scan's list of
 * the root's descendants, where a query would walk the root's whole subtree again. */
function articlesUnder(scan: PageScan, root: Element): Element[] {
  const out: Element[] = [];
  const i = scan.index.get(root);
  if (i === undefined) return out;
  for (let k = i + 1; k < scan.end[i]!; k++) if (scan.order[k]!.localName === 'article') out.push(scan.order[k]!);
  return out;
}

/** Another story's teaser set inside this one is an <article> of its own holding a link and at most a short excerpt
 * (a related-posts grid of cards); the story's own <article> sections hold paragraphs. */
function excludeTeaserCards(scan: PageScan, roots: Element[], start: Element, excluded: Set<Element>, pageUrl: string): void {
  for (const root of roots) {
    for (const a of articlesUnder(scan, root)) {
      const i = scan.index.get(a)!;
      if (a.contains(start)) continue;
      if (scan.links[i]! > 0 && scan.paragraphs[i]! <= 1 && scan.good[i]! < MAX_TEASER_EXCERPT_CHARS && linksElsewhere(a, pageUrl)) excluded.add(a);
    }
  }
}

/** Links that stay on the page or share it ("#", "javascript:", "mailto:", a network's share address), not to another story. */
const NOT_A_PAGE_LINK = /^(?:#|javascript:|mailto:)|[/.](?:share|sharer|intent\/tweet)\b|\bshare[-_]?(?:url|link)?=/i;

/** Whether an element links to another page than `pageUrl`: a teaser card does, a live blog's update (an <article> of one
 * paragraph with its share links and its permalink, the page's own address with the update's anchor) does not. */
function linksElsewhere(el: Element, pageUrl: string): boolean {
  const here = ownPath(pageUrl, pageUrl);
  for (const a of Array.from(el.getElementsByTagName('a'))) {
    const href = (a.getAttribute('href') ?? '').trim();
    if (href && !NOT_A_PAGE_LINK.test(href) && ownPath(href, pageUrl) !== here) return true;
  }
  return false;
}

/** The host and path an address names (resolved against `base`), or the address itself when it cannot be read. */
function ownPath(href: string, base: string): string {
  try {
    const u = new URL(href, base);
    return u.host + u.pathname;
  } catch {
    return href;
  }
}

/** Stories this many paragraphs long or longer count as stories of an infinite-scroll stream (a teaser card has one or none). */
const MIN_STREAM_STORY_PARAGRAPHS = 2;

/** Whether a story of a stream has one headline: an h1, or for the stories after the first one h2 and no h1 (pages that keep
 * a single h1 set the appended stories' headlines one level down). */
function streamHeadline(a: Element, first: boolean): boolean {
  const h1s = a.getElementsByTagName('h1').length;
  return h1s === 1 || (!first && h1s === 0 && a.getElementsByTagName('h2').length === 1);
}

/**
 * An infinite-scroll page appends the next stories below the one its address names, each an <article> of its own with its
 * own h1 (or h2): when the roots hold two or more such stories (not nested in one another), the page's story is the first, and the
 * roots are narrowed to it, when the page is titled with its headline (`pageTitles`: the <title> and the declared titles).
 * Null otherwise.
 */
function firstOfStream(scan: PageScan, roots: Element[], pageTitles: readonly string[]): Element[] | null {
  const stories: Element[] = [];
  for (const root of roots) {
    const found = root.localName === 'article' ? [root] : articlesUnder(scan, root);
    for (const a of found) {
      const i = scan.index.get(a);
      if (i === undefined || stories.some((s) => s.contains(a)) || !streamHeadline(a, stories.length === 0) || scan.paragraphs[i]! < MIN_STREAM_STORY_PARAGRAPHS) continue;
      stories.push(a);
    }
  }
  if (stories.length < 2) return null;
  const [first, ...others] = stories as [Element, ...Element[]];
  // The first story is the page's own when the page is titled with its headline; a blog's home of full posts is titled otherwise.
  const headline = foldWords(first.getElementsByTagName('h1')[0]!.textContent ?? '');
  if (!headline || !pageTitles.some((t) => foldWords(t).includes(headline))) return null;
  if (roots.some((r) => r.contains(first) && r !== first)) return [first];
  return roots.filter((r) => !others.some((o) => o === r || o.contains(r)));
}

/** Story paragraphs a container before the story's root needs to be taken as its intro (one alone is a standfirst, which the
 * body leaves out: pages show it above the story in as many forms as they have templates). */
const MIN_INTRO_PARAGRAPHS = 2;

/** Chooses the body's root element(s) from a scan of the page; `pageTitles` (the <title>, og:title) tell the page's own story in a stream of several;
 * `pageUrl` is the page's address (the detector's `url`: a copy of a page parsed elsewhere has an address of its own). */
export function chooseBody(scan: PageScan, pageTitles: readonly string[] = [], pageUrl: string = scan.order[0]?.ownerDocument.URL ?? ''): BodyChoice {
  const n = scan.order.length;
  const good = Float64Array.from(scan.good);
  const noise = Float64Array.from(scan.noise);
  const furniture = effectiveFurniture(scan);
  const excluded = new Set<Element>();
  const inFurniture = new Uint8Array(n);
  for (const f of furniture) {
    excluded.add(scan.order[f]!);
    for (let k = f; k < scan.end[f]!; k++) inFurniture[k] = 1;
    // Story-like text inside furniture counts against every container that holds it.
    const g = scan.good[f]!;
    for (let a: Element | null = scan.order[f]!.parentElement; a; a = a.parentElement) {
      const ai = scan.index.get(a);
      if (ai === undefined) break;
      good[ai]! -= g;
      noise[ai]! += g;
    }
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < n; i++) {
    if (inFurniture[i]) continue;
    const score = good[i]! - NOISE_WEIGHT * noise[i]!;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const descended = descend(scan, best, good, noise, inFurniture);
  best = descended.best;
  const { leads } = descended;
  const root = scan.order[best]!;
  const roots: Element[] = [root];
  let storyChars = good[best]!;
  // Stories split by an ad or a figure into sibling containers: take siblings with enough story text.
  const parent = root.parentElement;
  if (parent && best !== 0) {
    const before: Element[] = [];
    const after: Element[] = [];
    let seen = false;
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (c === root) {
        seen = true;
        continue;
      }
      const ci = scan.index.get(c);
      if (ci === undefined || inFurniture[ci]) continue;
      // Before the story, a container of two or more story paragraphs is its intro (a page builder sets the headline and the
      // opening paragraphs apart from the rest), however short beside the story.
      const intro = !seen && scan.paragraphs[ci]! >= MIN_INTRO_PARAGRAPHS;
      if ((intro || good[ci]! >= SIBLING_SHARE * good[best]!) && good[ci]! > noise[ci]!) {
        (seen ? after : before).push(c);
        storyChars += good[ci]!;
      }
    }
    roots.unshift(...before);
    roots.push(...after);
  }
  const stream = firstOfStream(scan, roots, pageTitles);
  if (stream) {
    roots.splice(0, roots.length, ...stream);
    storyChars = stream.reduce((sum, r) => sum + (good[scan.index.get(r) ?? 0] ?? 0), 0);
  }
  const start = roots[0]!;
  // A lead that is also a sibling taken above (a dateline beside the story's container) is one root, not two: its text would show twice.
  const newLeads = leads.filter((l) => !roots.includes(l));
  roots.unshift(...newLeads);
  excludeTeaserCards(scan, roots, start, excluded, pageUrl);
  for (const l of newLeads) storyChars += good[scan.index.get(l)!]!;
  return { roots, start, excluded, storyChars };
}
