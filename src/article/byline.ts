// Finds the people who wrote the article: JSON-LD, author meta tags, microdata, rel=author links and
// visible bylines, in that order of trust. Returns cleaned names only.

import { authorCardNames } from './author-card';
import { bioHeadingNames } from './bio-heading';
import { siteOwnerAuthors } from './site-owner';
import { cleanAuthors, nameShaped, readerCase, withoutLanguageLabel } from './authors';
import { labelledNearHeadline, visibleAuthors, visibleDates } from './visible-byline';
import { labelledAuthors, leadingTexts, reviewerAuthors } from './labelled-byline';
import type { JsonLd } from './json-ld';
import type { MarkupHints } from './markup-hints';
import type { MetaTags } from './meta-tags';
import { bylinePieceBreaks, linesOf, textLines, type HeadLines } from './head-lines';
import { GROUP_NAME, MAX_NAME_CHARS, ROLE_LINE, UNNAMED_WRITER } from './byline-rules';
import { BLOCK_TAGS } from './heuristics';
import { foldSpace, foldWords, textOf } from './text';
import { firstDescendant, hasWord } from './element-query';
import { amongOtherStories, MAX_BYLINE_CHARS, nameInMark } from './author-marks';
import { closingMarkNames, signatureNames } from './closing-byline';
import { declaredWriters, outletKey, outletTests } from './declared-authors';

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
  // So is a label of the page's language that other languages write as a name ("Na Juma Hassan" on a Swahili page).
  const names = namedAuthors(page).map((n) => readerCase(withoutLanguageLabel(n, page.lang ?? null), page.lang ?? null));
  const doc = (headline ?? bodyStart)?.ownerDocument;
  if (!doc || !bodyStart || !names.length || !names.every((n) => GROUP_NAME.test(n))) return names;
  const people = labelledAuthors(doc, leadingTexts(bodyStart), true);
  return people.length ? people : names;
}
