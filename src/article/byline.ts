// Finds the people who wrote the article: JSON-LD, author meta tags, microdata, rel=author links and
// visible bylines, in that order of trust. Returns cleaned names only.

import { cleanAuthors, cleanName } from './authors';
import { visibleAuthors } from './visible-byline';
import { labelledAuthors } from './labelled-byline';
import { ldNames, resolve, type JsonLd, type JsonNode } from './json-ld';
import type { MarkupHints } from './markup-hints';
import { allMeta, type MetaTags } from './meta-tags';
import { linesOf, type HeadLines } from './head-lines';
import { MAX_NAME_CHARS, NAME_SHAPE } from './byline-rules';
import { textOf } from './text';

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name', 'cxenseparse:author'];
/** A byline longer than this is a bio or a whole header, not a name line. */
const MAX_BYLINE_CHARS = 120;
/** Visible bylines past this many are lists of other stories' authors. */
const MAX_VISIBLE_BYLINES = 4;
/** Author marks read after the headline: the story's byline comes first; later ones are bios and teasers. */
const MAX_AUTHOR_MARKS = 3;
/** Twitter card label/value pairs (used by SEO plugins) carry "Written by" → name; there are at most a few. */
const MAX_TWITTER_LABELS = 4;

function visibleNames(hints: MarkupHints): string[] {
  const out: string[] = [];
  for (const el of hints.bylines.slice(0, 20)) {
    // itemprop=author often wraps a Person with its own itemprop=name.
    const nameEl = el.querySelector('[itemprop~="name"]');
    const text = (nameEl ?? el).getAttribute('content') ?? textOf(nameEl ?? el);
    if (text && text.length < MAX_BYLINE_CHARS) out.push(text);
  }
  return out;
}

/** "Written by" in a twitter:labelN tag names the author in twitter:dataN. */
function twitterLabelled(meta: MetaTags): string[] {
  const out: string[] = [];
  for (let i = 1; i <= MAX_TWITTER_LABELS; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    const data = meta.get(`twitter:data${i}`)?.[0];
    if (label && data && /^(written by|author|authors|by)$/i.test(label.trim())) out.push(data);
  }
  return out;
}

/** A name from one byline container: its hCard/microdata name, else its first name-shaped line. */
function nameInMark(el: Element): string[] {
  const named = el.querySelector('.fn, [itemprop~="name"]');
  if (named) return cleanAuthors([textOf(named)]);
  for (const line of linesOf(el)) {
    if (line.length > MAX_BYLINE_CHARS) break;
    const names = cleanAuthors([line]);
    // A whole byline ("By A and B") or one name-shaped line; labels and dates are skipped.
    if (names.length && names.every((n) => n.length <= MAX_NAME_CHARS && NAME_SHAPE.test(n))) return names;
  }
  return [];
}

/** Whether an element sits in a sidebar, navigation or footer (teasers of other stories carry authors too). */
function inChrome(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.localName === 'aside' || a.localName === 'nav' || a.localName === 'footer' || a.getAttribute('role') === 'complementary') return true;
  }
  return false;
}

/** Whether a byline element is the story's: after the headline, before the story's end, outside sidebars and footers. */
function ofTheStory(el: Element, headline: Element | null, bodyStart: Element | null): boolean | 'past' {
  if (headline && !(headline.compareDocumentPosition(el) & 4 /* FOLLOWING */)) return false;
  if (bodyStart && (bodyStart.compareDocumentPosition(el) & 20) === 4 /* FOLLOWING, not CONTAINED_BY */) return 'past';
  return !inChrome(el);
}

/** The lines of the story's first byline blocks (name, role, date), where the date readers see often sits. */
export function bylineBlockLines(hints: MarkupHints, headline: Element | null, bodyStart: Element | null): string[] {
  const out: string[] = [];
  let taken = 0;
  for (const el of [...hints.bylines, ...hints.authorMarks]) {
    const mine = ofTheStory(el, headline, bodyStart);
    if (mine !== true) continue;
    out.push(...linesOf(el));
    if (++taken >= MAX_AUTHOR_MARKS) break;
  }
  return out;
}

/** Names in the author marks between the headline and the story's end (the story's byline, not a teaser's). */
function markedNames(hints: MarkupHints, headline: Element | null, bodyStart: Element | null): string[] {
  let tried = 0;
  for (const el of hints.authorMarks) {
    // Marks before the headline are menus and site headers; marks past the story's root belong to other stories.
    const mine = ofTheStory(el, headline, bodyStart);
    if (mine === 'past') break;
    if (!mine) continue;
    const names = nameInMark(el);
    if (names.length) return names;
    if (++tried >= MAX_AUTHOR_MARKS) break;
  }
  return [];
}

/** Whether JSON-LD names an organization rather than people as the author. */
function organizationAuthor(ld: JsonLd, v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  return list.length > 0 && list.every((x) => {
    const node = resolve(ld, x);
    const t = node && typeof node === 'object' ? (node as JsonNode)['@type'] : null;
    return typeof t === 'string' && /Organization|Corporation|NewsMediaOrganization/.test(t);
  });
}

/**
 * The article's authors, by source in order of trust: JSON-LD, author meta tags, the byline near the
 * headline, byline markup. An organization or the site's own name only counts when no person is named.
 */
export function findAuthors(meta: MetaTags, ld: JsonLd, hints: MarkupHints, head: HeadLines, siteName: string | null, headline: Element | null, bodyStart: Element | null): string[] {
  const site = siteName?.toLowerCase() ?? null;
  let fallback: string[] = [];
  const art = ld.article;
  if (art) {
    const raw = art['author'] ?? art['creator'];
    const all = cleanAuthors(ldNames(ld, raw));
    // "Jane Doe, The Daily Gazette": the outlet named beside its writers is not one of them.
    const names = all.length > 1 ? all.filter((n) => n.toLowerCase() !== site) : all;
    if (names.length && !organizationAuthor(ld, raw) && !names.some((n) => n.toLowerCase() === site)) return names;
    fallback = names;
  }
  // citation_author is "Family, Given" by Highwire convention: turn it around before splitting on commas.
  const citation = allMeta(meta, 'citation_author').map((v) => v.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'));
  const metaNames = cleanAuthors([...allMeta(meta, ...AUTHOR_META.filter((k) => k !== 'citation_author')), ...citation, ...twitterLabelled(meta)].filter((v) => !/^@/.test(v)));
  if (metaNames.length && !metaNames.some((n) => n.toLowerCase() === site)) return metaNames;
  if (!fallback.length) fallback = metaNames;
  const seen = visibleAuthors(head);
  if (seen.length) return seen;
  // Byline markup also labels teasers' categories and dates: only name-shaped results count.
  const marked = cleanAuthors(visibleNames(hints)).filter((n) => n.length <= MAX_NAME_CHARS && NAME_SHAPE.test(n)).slice(0, MAX_VISIBLE_BYLINES);
  if (marked.length) return marked;
  const near = markedNames(hints, headline, bodyStart);
  if (near.length) return near;
  // A labelled byline elsewhere on the page ("Posted by Jane Doe" under the story) names a person before an outlet does.
  const doc = (headline ?? bodyStart)?.ownerDocument;
  const labelled = doc ? labelledAuthors(doc) : [];
  return labelled.length ? labelled : fallback;
}
