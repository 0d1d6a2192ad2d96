// Finds the people who wrote the article: JSON-LD, author meta tags, microdata, rel=author links and
// visible bylines, in that order of trust. Returns cleaned names only.

import { authorCardNames } from './author-card';
import { bioHeadingNames } from './bio-heading';
import { siteOwnerAuthors } from './site-owner';
import { cleanAuthors, nameShaped, readerCase } from './authors';
import { labelledNearHeadline, visibleAuthors, visibleDates } from './visible-byline';
import { labelledAuthors, leadingTexts, reviewerAuthors } from './labelled-byline';
import { ldNames, resolve, type JsonLd, type JsonNode } from './json-ld';
import type { MarkupHints } from './markup-hints';
import { allMeta, type MetaTags } from './meta-tags';
import { bylinePieceBreaks, linesOf, textLines, type HeadLines } from './head-lines';
import { ACCOUNT_NAME, ADMIN_ACCOUNT, GROUP_NAME, MAX_NAME_CHARS, ROLE_LINE, UNNAMED_WRITER } from './byline-rules';
import { BLOCK_TAGS } from './heuristics';
import { foldSpace, foldWords, textOf } from './text';
import { firstDescendant, hasWord } from './element-query';
import { amongOtherStories, MAX_BYLINE_CHARS, nameInMark } from './author-marks';
import { closingMarkNames, signatureNames } from './closing-byline';

const AUTHOR_META = ['author', 'article:author', 'og:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name', 'cxenseparse:author'];
/** A copyright notice. */
const COPYRIGHT = /©|\bcopyright\b|all rights reserved/i;
/** Visible bylines past this many are lists of other stories' authors. */
const MAX_VISIBLE_BYLINES = 4;
/** Author marks read after the headline: the story's byline comes first; later ones are bios and teasers. */
const MAX_AUTHOR_MARKS = 3;
/** The post author a tag manager's data layer declares ("pagePostAuthor":"Jane Doe", WordPress's GTM plugin). */
const DATA_LAYER_AUTHOR = /"pagePostAuthor"\s*:\s*"([^"\\]{2,80})"/;

/** The authors declared in the page's data-layer scripts. */
function dataLayerAuthors(scripts: readonly Element[]): string[] {
  for (const s of scripts) {
    const text = s.textContent ?? '';
    if (!text.includes('pagePostAuthor')) continue;
    const m = DATA_LAYER_AUTHOR.exec(text);
    if (m) return [m[1]!];
  }
  return [];
}

/** A mail address whose login is a person's name in words ("jane.doe@example.org", "j_doe@…"), not a mailbox ("info@…"). */
const MAIL_LOGIN = /^((?:[a-z]+[._-])+[a-z]+)@[\w-]+(?:\.[\w-]+)+$/i;
/** Twitter card label/value pairs (used by SEO plugins) carry "Written by" → name; there are at most a few. */
const MAX_TWITTER_LABELS = 4;

/** Block elements end a line. */
const blockBreaks = (tag: string): boolean => BLOCK_TAGS.has(tag);

/** Names in the page's byline elements, outside comments and teasers. Byline classes also label teasers' categories
 * and dates, so only name-shaped results count; a microdata author's name counts as written ("Ask the Doctors"). */
function visibleNames(hints: MarkupHints): string[] {
  const out: string[] = [];
  for (const el of hints.bylines.slice(0, 20)) {
    if (amongOtherStories(el)) continue;
    // itemprop=author often wraps a Person with its own itemprop=name.
    const nameEl = firstDescendant(el, (d) => hasWord(d, 'itemprop', 'name'));
    const text = (nameEl ?? el).getAttribute('content') ?? textOf(nameEl ?? el);
    // A copyright line ("© 2026 The Gazette. Terms & Conditions") in a footer's byline-classed list names no writer.
    if (!text || text.length >= MAX_BYLINE_CHARS || COPYRIGHT.test(text)) continue;
    const declared = el.hasAttribute('itemprop');
    // A byline block of several lines (a name over a role or a one-line bio) names the writer on its first line that holds a
    // name: run together, "Jane Doe" and "Jane Doe writes about…" would read as the name "Jane Doe Jane".
    const lines = nameEl ? [] : textLines(el, MAX_BYLINE_BLOCK_LINES, blockBreaks);
    const named = lines.length > 1 ? lines.find((l) => cleanAuthors([l]).some(nameShaped)) : undefined;
    for (const n of cleanAuthors([named ?? text])) {
      if (nameShaped(n) || (declared && n.length <= MAX_NAME_CHARS && /^\p{Lu}/u.test(n) && !ROLE_LINE.test(n))) out.push(n);
    }
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

/** The lines of the story's first byline blocks (name, role, date), where the date readers see often sits. `modifiedDay`: the
 * day of the declared modification, which vouches for an update shown beside the name. */
export function bylineBlockLines(hints: MarkupHints, headline: Element | null, bodyStart: Element | null, modifiedDay: string | null = null): string[] {
  const out: string[] = [];
  let taken = 0;
  for (const el of [...hints.bylines, ...hints.authorMarks]) {
    const mine = ofTheStory(el, headline, bodyStart);
    if (mine !== true) continue;
    out.push(...datedBlockLines(el, headline, modifiedDay));
    if (++taken >= MAX_AUTHOR_MARKS) break;
  }
  return out;
}

/** Levels above a byline mark searched for its date (name link → name line → byline block). */
const BYLINE_BLOCK_LEVELS = 3;
/** A block above a byline mark with more lines than this is more than a byline (a header, the story). */
const MAX_BYLINE_BLOCK_LINES = 6;

/** The lines of a byline mark, or of the smallest small block around it that shows a date (an update only when declared): the date often sits beside the
 * name's element ("<p>Written by <a>Jane Doe</a></p><p>April 8, 2024</p>"), not inside it. */
function datedBlockLines(mark: Element, headline: Element | null, modifiedDay: string | null): string[] {
  const own = linesOf(mark);
  if (visibleDates(own).length) return own;
  for (let a = mark.parentElement, level = 0; a && level < BYLINE_BLOCK_LEVELS && a.localName !== 'body'; a = a.parentElement, level++) {
    if (headline && a.contains(headline)) break;
    const lines = textLines(a, MAX_BYLINE_BLOCK_LINES + 1, bylinePieceBreaks);
    if (lines.length > MAX_BYLINE_BLOCK_LINES) break;
    // A publication, or an update the metadata declares too: an undeclared update apart from the name often stands for a
    // publication the page no longer shows.
    if (visibleDates(lines).some((d) => d.label !== 'updated' || d.day === modifiedDay)) return lines;
  }
  return own;
}

/** Names in the author marks between the headline and the story's end (the story's byline, not a teaser's).
 * The outlet's own name in a list of writers ("Corti", then "Joakim Edin") is passed over. */
function markedNames(hints: MarkupHints, headline: Element | null, bodyStart: Element | null, outlets: Set<string> = new Set()): string[] {
  let tried = 0;
  for (const el of hints.authorMarks) {
    // Marks before the headline are menus and site headers; marks past the story's root belong to other stories.
    const mine = ofTheStory(el, headline, bodyStart);
    if (mine === 'past') break;
    if (!mine) continue;
    const all = nameInMark(el);
    const names = all.filter((n) => !outlets.has(outletKey(n)));
    if (names.length) return names;
    if (all.length) continue;
    if (++tried >= MAX_AUTHOR_MARKS) break;
  }
  return [];
}

/** The names in a JSON-LD author field, also where one Person node lists several ("name": ["Jane Doe", "John Roe"]). */
function ldPeople(ld: JsonLd, v: unknown): string[] {
  const node = resolve(ld, v);
  if (Array.isArray(node)) {
    // An Organization listed beside Person nodes is the desk or outlet that filed with them, not one of the writers.
    const people = node.some((x) => ldTyped(ld, x, /^Person$/)) ? node.filter((x) => !ldTyped(ld, x, ORGANIZATION)) : node;
    return people.flatMap((x) => ldPeople(ld, x));
  }
  const name = node && typeof node === 'object' ? (node as JsonNode)['name'] : null;
  if (Array.isArray(name)) return name.filter((x): x is string => typeof x === 'string');
  return ldNames(ld, node);
}

/** Schema.org types of organizations. */
const ORGANIZATION = /Organization|Corporation|NewsMediaOrganization/;

/** Whether a JSON-LD node (or a reference to one) has a single @type that `type` matches. */
function ldTyped(ld: JsonLd, v: unknown, type: RegExp): boolean {
  const node = resolve(ld, v);
  const t = node && typeof node === 'object' ? (node as JsonNode)['@type'] : null;
  return typeof t === 'string' && type.test(t);
}

/** Whether JSON-LD names an organization rather than people as the author. */
function organizationAuthor(ld: JsonLd, v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  return list.length > 0 && list.every((x) => ldTyped(ld, x, ORGANIZATION));
}

/** Names without repeats, compared without case. A name that is another of them run on into more words ("Jane Doe Head
 * Winemaker" beside "Jane Doe") is that name with its role glued on: the shorter one is kept. */
function dedupe(names: string[]): string[] {
  const key = (n: string): string => n.toLowerCase();
  const runOn = (n: string): boolean => names.some((m) => m.length < n.length && key(n).startsWith(`${key(m)} `));
  const seen = new Set<string>();
  return names.filter((n) => !runOn(n) && !seen.has(key(n)) && !!seen.add(key(n)));
}

/** Whether two lists of names share a person (one name equal to or containing another, without case). */
function sharePerson(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => foldWords(x).includes(foldWords(y)) || foldWords(y).includes(foldWords(x))));
}

/** An outlet's name compared without case, spaces or punctuation: "Home Advisor" in og:site_name is "HomeAdvisor" in its bylines. */
export const outletKey = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Second-level labels of country domains ("example.co.uk"): the outlet's name is the label before them. */
const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or)$/;

/** The name in the page's domain ("digjitale" of www.digjitale.com, "gazette" of gazette.co.uk), or null. */
export function domainName(host: string | null): string | null {
  const labels = (host ?? '').toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const i = labels.length - (labels.length > 2 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2);
  return i >= 0 ? outletKey(labels[i]!) : null;
}

/** The outlet's names: the site's and the JSON-LD publisher's (as outletKey folds them), unless a person publishes their own blog. */
function outletNames(ld: JsonLd, siteName: string | null): Set<string> {
  const out = new Set<string>();
  if (siteName) out.add(outletKey(siteName));
  const publisher = resolve(ld, ld.article?.['publisher']);
  const type = publisher && typeof publisher === 'object' ? JSON.stringify((publisher as JsonNode)['@type'] ?? '') : '';
  if (!type.includes('Person')) for (const n of ldNames(ld, publisher)) out.add(outletKey(n));
  return out;
}

/** Tests for the outlet's own name (see outletNames), and for metadata names kept for last: the outlet's, a login's or a template field's. */
function outletTests(ld: JsonLd, siteName: string | null, host: string | null, canonicalHost: string | null = null): { outlets: Set<string>; isOutlet: (n: string) => boolean; weak: (n: string) => boolean; besideWriters: (n: string) => boolean } {
  const outlets = outletNames(ld, siteName);
  const domain = domainName(host);
  const original = domainName(canonicalHost);
  // A one-word name that is the page's domain ("Digjitale" on digjitale.com) is the brand, whatever og:site_name says.
  const isOutlet = (n: string): boolean => outlets.has(outletKey(n)) || (!n.includes(' ') && outletKey(n) === domain);
  // Metadata naming the outlet, or a login or template field, is kept for last: the page may show the writer's name.
  const weak = (n: string): boolean => isOutlet(n) || ACCOUNT_NAME.test(n) || ADMIN_ACCOUNT.test(n);
  // Among several names, the outlet's is not a writer's; nor, on a copy whose canonical link points to another site, that site's
  // name ("Gina Hale, Garden Press" on a copy of gardenpress.example's story), however many words it has.
  const besideWriters = (n: string): boolean => isOutlet(n) || (!!original && original !== domain && outletKey(n) === original);
  return { outlets, isOutlet, weak, besideWriters };
}

interface Declared {
  /** The writers the page declares: JSON-LD's, else the author meta tags'; the outlet's name or a login when that is all there is. */
  names: string[];
  /** Whether `names` are people (not the outlet, a login or an organization). */
  person: boolean;
  /** The raw JSON-LD and meta values, for the last resorts of namedAuthors. */
  ldRaw: string[];
  metaRaw: string[];
}

/** The writers the page's metadata declares: JSON-LD first, then the author meta tags. */
function declaredWriters(meta: MetaTags, ld: JsonLd, besideWriters: (n: string) => boolean, weak: (n: string) => boolean): Declared {
  let fallback: string[] = [];
  const art = ld.article;
  const ldRaw = art ? ldPeople(ld, art['author'] ?? art['creator']) : [];
  // citation_author is "Family, Given" by Highwire convention: turn it around before splitting on commas.
  const citation = allMeta(meta, 'citation_author').map((v) => v.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'));
  const metaRaw = [...allMeta(meta, ...AUTHOR_META.filter((k) => k !== 'citation_author')), ...citation, ...twitterLabelled(meta)].filter((v) => !/^@/.test(v));
  if (art) {
    const raw = art['author'] ?? art['creator'];
    const all = cleanAuthors(ldRaw, { digits: true });
    // "Jane Doe, The Daily Gazette": the outlet named beside its writers is not one of them.
    const names = all.length > 1 ? all.filter((n) => !besideWriters(n)) : all;
    if (names.length && !organizationAuthor(ld, raw) && !names.some(weak)) return { names, person: true, ldRaw, metaRaw };
    fallback = names;
  }
  const metaAll = cleanAuthors(metaRaw, { digits: true });
  // The same in the author meta tags: "Gina Hale, Garden Press" names one writer and her outlet.
  const metaNames = metaAll.length > 1 ? metaAll.filter((n) => !besideWriters(n)) : metaAll;
  if (metaNames.length && !metaNames.some(weak)) return { names: metaNames, person: true, ldRaw, metaRaw };
  return { names: fallback.length ? fallback : metaNames, person: false, ldRaw, metaRaw };
}

/** The writers the page's metadata declares (JSON-LD, then meta tags), cased as readers write them; no visible byline is read. */
export function declaredAuthors(meta: MetaTags, ld: JsonLd, siteName: string | null, host: string | null, lang: string | null): string[] {
  const { weak, besideWriters } = outletTests(ld, siteName, host);
  return declaredWriters(meta, ld, besideWriters, weak).names.map((n) => readerCase(n, lang));
}

/** What the author search reads: the page's metadata and markup, and where its headline and story are. */
export interface AuthorPage {
  meta: MetaTags;
  ld: JsonLd;
  hints: MarkupHints;
  /** The lines between the headline and the story's start. */
  head: HeadLines;
  /** The site's declared name, if any. */
  siteName: string | null;
  headline: Element | null;
  /** The story's first root, near which bylines are looked for. */
  bodyStart: Element | null;
  /** The story's last root, under which a story is signed (its first when absent). */
  bodyEnd?: Element | null;
  /** The page's host, to tell the outlet from a writer. */
  host?: string | null;
  /** The page's language, whose case rules names typed in capitals are given by. */
  lang?: string | null;
  /** The site's name as its <title> shows it, when it declares none. */
  titleSite?: string | null;
  /** The canonical address's host, when the page is a copy of another site's story. */
  canonicalHost?: string | null;
}

/**
 * The article's authors, by source in order of trust: JSON-LD, author meta tags, the byline near the
 * headline, byline markup. An organization or the site's own name only counts when no person is named.
 * A labelled byline under the headline ("By Jane Doe") naming someone else beats the metadata: readers are
 * shown the byline, and metadata often names the account that posted the story.
 */
function namedAuthors(page: AuthorPage): string[] {
  const { meta, ld, hints, head, siteName, headline, bodyStart } = page;
  const { host = null, titleSite = null, bodyEnd = bodyStart, canonicalHost = null } = page;
  const { outlets, isOutlet, weak, besideWriters } = outletTests(ld, siteName, host, canonicalHost);
  // A site that declares no name still shows it in its <title> ("Headline — Open Ledger"): in a byline of several names
  // ("by A, Open Ledger, and B, Prairie Tribune") that name after a writer's is the writer's outlet, not a co-writer. First in
  // the list it is a person's own site's name ("Jane Doe" of "By Jane Doe and John Roe" on "Headline - Jane Doe").
  const titleKey = !siteName && titleSite ? outletKey(titleSite) : null;
  const besideWriter = (n: string, i: number): boolean => isOutlet(n) || (i > 0 && outletKey(n) === titleKey);
  // Only a byline whose every part is a name overrides metadata ("Written By:" / "Jane Doe Executive Editor and Master Gardener" does not).
  const labelled = labelledNearHeadline(head);
  const shown = labelled.every(nameShaped) ? labelled : [];
  // A one-word byline ("TurboTaxLisa", "Lisa") is a handle or a first name, likely the metadata's person's: it does not override.
  const trusted = (names: string[]): string[] => (shown.length && shown.every((n) => n.includes(' ')) && !sharePerson(shown, names) ? shown : names);
  const stated = declaredWriters(meta, ld, besideWriters, weak);
  if (stated.person) return trusted(stated.names);
  let fallback = stated.names;
  const { ldRaw, metaRaw } = stated;
  const doc = (headline ?? bodyStart)?.ownerDocument;
  // The labelled-line searches below (bylines, then reviewers' credits) read the same text nodes: the page is walked once, when the first runs.
  let texts: Text[] | null = null;
  const pageTexts = (): Text[] => (texts ??= leadingTexts(doc?.body ?? null));
  // Visible bylines, nearest the headline first; one naming only the outlet is kept for last ("By The Gazette").
  const visible = [
    () => visibleAuthors(head, labelled, isOutlet),
    () => dedupe(visibleNames(hints)).slice(0, MAX_VISIBLE_BYLINES),
    () => markedNames(hints, headline, bodyStart, outlets),
    // A labelled byline elsewhere on the page ("Posted by Jane Doe" under the story) names a person before an outlet does.
    () => (doc ? labelledAuthors(doc, pageTexts()) : []),
    // A story signed at its end names its writer there: under its last part, which is its first only when the story is one block.
    () => signatureNames(bodyEnd),
    // A byline set under the story, where nothing above it names anyone.
    () => closingMarkNames(hints, headline, bodyEnd),
  ];
  for (const find of visible) {
    const all = find();
    // "Laura / The Plant House": the outlet named beside a writer is not one of the writers.
    const names = all.length > 1 && !all.every(besideWriter) ? all.filter((n, i) => !besideWriter(n, i)) : all;
    if (names.length && !names.every(isOutlet)) return names;
    if (!fallback.length) fallback = names;
  }
  // The writer's card ("About the author") names the person when no byline does.
  const card = doc ? authorCardNames(doc, hints.cardMarks) : [];
  if (card.length) return card;
  // A name heading over a bio that opens with the name is a writer's card without author classes.
  const bio = bioHeadingNames(hints.tags?.headings ?? []);
  if (bio.length) return bio;
  // When no person wrote it (only the outlet, or no one), the person credited with reviewing it is the one readers see named.
  const reviewers = doc ? reviewerAuthors(pageTexts()) : [];
  if (reviewers.length) return reviewers;
  // WordPress's tag-manager plugin declares the post's author for analytics; a person there beats an outlet.
  const declared = cleanAuthors(dataLayerAuthors(hints.tags?.scripts ?? []), { digits: true }).filter((n) => !weak(n));
  if (declared.length) return declared;
  if (fallback.length) return fallback;
  // A personal blog (a site named after a person) whose story speaks as "I" was written by that person.
  const owner = doc ? siteOwnerAuthors(doc, siteName, bodyStart, hints.tags?.footers) : [];
  if (owner.length) return owner;
  // Metadata that names the writer only as "Staff" or "Anonymous" states the byline the page has.
  const unnamed = metaRaw.map((v) => foldSpace(v)).filter((v) => UNNAMED_WRITER.test(v)).slice(0, 1);
  if (unnamed.length) return unnamed;
  // A CMS that stores the writer's mail address as their name ("jane.doe@example.org"): its login part, as a login is kept.
  for (const v of [...ldRaw, ...metaRaw]) {
    const login = MAIL_LOGIN.exec(foldSpace(v))?.[1];
    if (login) return [login];
  }
  return [];
}

/**
 * The article's authors (see namedAuthors). A byline naming only a group ("Team Gazette", "News Staff") is the
 * outlet's placeholder: a person named in a labelled byline in the story's text ("Written by Jane Doe") wrote it
 * (not one under a teaser of another story beside it).
 */
export function findAuthors(page: AuthorPage): string[] {
  const { headline, bodyStart } = page;
  // Names typed in capitals are given as readers write them, by the case rules of the page's language.
  const names = namedAuthors(page).map((n) => readerCase(n, page.lang ?? null));
  const doc = (headline ?? bodyStart)?.ownerDocument;
  if (!doc || !bodyStart || !names.length || !names.every((n) => GROUP_NAME.test(n))) return names;
  const people = labelledAuthors(doc, leadingTexts(bodyStart), true);
  return people.length ? people : names;
}
