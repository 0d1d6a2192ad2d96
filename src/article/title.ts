// Picks the headline: the visible <h1> nearest the story (what readers see), else the metadata title
// with the site's name cut off (what <title> and og:title often append).

import { ARTICLE_TYPES, LOOSE_SEPARATOR, TITLE_SEPARATORS } from './heuristics';
import { siteHost } from '../url/site';
import { repairMojibake } from './mojibake';
import { addsNumber, cutShort, extendsWithSubtitle, firstLine, lostCharacters, shoutsOtherWords } from './title-variants';
import { decodeEntities, dropInvisible, foldSpace, foldWords, nextElement, textOf } from './text';
import { closestTag, descendants } from './element-query';

/** h1s longer than this are not headlines (whole teasers wrapped in an h1). */
const MAX_H1_CHARS = 300;
/** Share of an h1's words found in the metadata title for the h1 to count as the same headline reworded. */
const MIN_TITLE_OVERLAP = 0.34;

/** A segment that is a host name ("Newegg.com", "example.co.uk") names the site. */
const HOST_SEGMENT = /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.(com|org|net|io|co|uk|de|fr|info|news|app|dev|ai|us|ca|au|in)$/iu;
/** Trailing site and section segments are short ("| Patient Education | UC Davis Health"). */
const MAX_SUFFIX_WORDS = 4;
/** The title left after cutting suffixes keeps at least this many words. */
const MIN_TITLE_WORDS = 3;
/** Words an h1 shares with the metadata title to count as the same headline (one shared word is a topic: "Discord"). */
const MIN_SHARED_WORDS = 2;
/** Words a template puts before the headline inside the h1 ("Blog:", "Dec 18 2025"): a kicker, not the headline. */
const MAX_KICKER_WORDS = 3;
/** A heading's permalink mark after its text ("Tutorial ¶", "Install #", "Setup 🔗"): documentation and blog generators add
 * it as a link to the heading itself; it is not part of the headline. */
const PERMALINK_MARK = /\s*[¶§#🔗]+$/u;
/** A phrase of at least this many words said twice in a row is one headline set twice (desktop and mobile copies). */
const MIN_REPEATED_WORDS = 3;
/** A sentence end followed by another sentence ("…investment)? Get expert tips…"). */
const SENTENCE_BREAK = /[.!?]["'”’)]*\s+["'“‘(]*\p{Lu}/gu;
/** Headlines run to about 20 words; a heading past this many words, in two or more sentences, is a summary set large. */
const MIN_PARAGRAPH_WORDS = 25;

/** A heading's text set several times over inside it (responsive or animated copies): said once. */
function once(text: string): string {
  const m = /^(.+?)(?: \1)+$/u.exec(text);
  return m && m[1]!.split(' ').length >= MIN_REPEATED_WORDS ? m[1]! : text;
}

/** A heading's text as a headline: without invisible characters, a label after a pipe, a permalink mark or a doubled copy. */
const headingText = (el: Element): string => once(cutPipeTail(repairMojibake(dropInvisible(textOf(el)))).replace(PERMALINK_MARK, ''));

/** Removes a leading or trailing "| Site Name" segment when it names the site or is clearly shorter. */
export function stripSiteName(title: string, siteName: string | null, host: string | null = null): string {
  if (host) title = dropOwnHost(title, host);
  let parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  if (parts.some((p) => HOST_SEGMENT.test(p.trim()))) {
    const kept = parts.filter((p) => !HOST_SEGMENT.test(p.trim()));
    if (kept.length) {
      title = joinKept(title, kept);
      parts = kept;
      if (parts.length < 2) return title;
    }
  }
  // A segment that spells the host's name ("Daily Planet" on dailyplanet.com) is the site's, first or last.
  if (host) {
    const kept = parts.filter((p) => !spellsHost(p, host));
    if (kept.length && kept.length < parts.length) {
      title = joinKept(title, kept);
      parts = kept;
      if (parts.length < 2) return title;
    }
  }
  const site = siteName ? foldWords(siteName) : null;
  if (site) {
    const kept = parts.filter((p) => {
      const f = foldWords(p);
      return f !== site && !(f.length > 2 && site.includes(f)) && !(site.length > 2 && f.includes(site) && f.length < site.length + 8);
    });
    if (kept.length && kept.length < parts.length) return joinKept(title, kept);
  }
  // Without a known site name, drop short last segments ("… | Section | The Daily").
  let rest = parts;
  while (rest.length > 1 && rest[rest.length - 1]!.split(' ').length <= MAX_SUFFIX_WORDS && rest.slice(0, -1).join(' ').split(' ').length >= MIN_TITLE_WORDS) {
    rest = rest.slice(0, -1);
  }
  return rest.length < parts.length ? joinKept(title, rest) : title;
}

/** Host labels shorter than this are prefixes and country codes ("m", "co"), not a site's name. */
const MIN_HOST_LABEL = 3;

/** Whether a title segment, spaces and punctuation aside, is one of the host's labels other than its top-level domain. */
function spellsHost(segment: string, host: string): boolean {
  const f = foldWords(segment).replace(/ /g, '');
  const labels = siteHost(host).split('.').slice(0, -1).map((l) => l.replace(/-/g, ''));
  return f.length >= MIN_HOST_LABEL && labels.includes(f);
}

/** The page's own host name as the first or last word of a title ("example.com Vibe Coding") is the site's name, even unseparated. */
function dropOwnHost(title: string, host: string): string {
  const own = siteHost(host);
  const isOwn = (w: string | undefined): boolean => !!w && siteHost(w.replace(/[:|,]$/, '')) === own;
  const words = title.split(' ');
  if (words.length < 2) return title;
  const rest = isOwn(words[0]) ? words.slice(1) : isOwn(words[words.length - 1]) ? words.slice(0, -1) : words;
  // A separator left at the cut ("example.com - Vibe Coding") goes with the host.
  return rest === words ? title : rest.join(' ').replace(LOOSE_SEPARATOR, '').trim();
}

/** Cuts only a segment that names the site (no guessing from segment length: the text is a visible headline). */
function stripNamedSite(text: string, siteName: string): string {
  const parts = text.split(TITLE_SEPARATORS);
  const site = foldWords(siteName);
  if (parts.length < 2 || foldWords(parts[parts.length - 1]!) !== site) return text;
  return joinKept(text, parts.slice(0, -1));
}

function joinKept(title: string, kept: string[]): string {
  // Keep the original separators between the kept parts.
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return first >= 0 && end > first ? title.slice(first, end).trim() : kept.join(' - ');
}

/**
 * A pipe in a visible headline sets off a section or site label ("How meditation rewires brains | Opinion").
 * Labels are short: a long segment after the pipe is the headline's own subtitle.
 */
function cutPipeTail(text: string): string {
  const at = text.indexOf(' | ');
  if (at <= 0 || text.slice(0, at).trim().split(/\s+/).length < MIN_TITLE_WORDS) return text;
  const tail = text.slice(at + 3).split(' | ');
  return tail.every((t) => t.trim().split(/\s+/).length <= MAX_SUFFIX_WORDS) ? text.slice(0, at).trim() : text;
}

/** Short last segments of metadata titles ("… | Ambuja Yoga"): the site's name, so an h1 equal to one is its logo. */
function trailingSegments(titles: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of titles) {
    const parts = t.split(TITLE_SEPARATORS);
    const last = parts.length > 1 ? foldWords(parts[parts.length - 1]!) : '';
    if (last && last.split(' ').length <= MAX_SUFFIX_WORDS && foldWords(parts.slice(0, -1).join(' ')).length > last.length) out.add(last);
  }
  return out;
}

/** Whether a link leads to the site's front page ("/", or the page's own host with no path). */
function leadsHome(a: Element, base: string): boolean {
  const href = a.getAttribute('href')?.trim();
  if (href == null) return false;
  if (href === '/' || href === './') return true;
  try {
    const u = new URL(href, base);
    return u.host !== '' && u.host === new URL(base).host && u.pathname === '/' && !u.search;
  } catch {
    return false; // An unparsable link leads nowhere in particular.
  }
}

/**
 * An h1 whose text is a link to the site's front page, or that sits inside one, is the site's name (blog templates
 * wrap the logo in an h1, or the h1 in the logo's link). `base` is the document's base URL.
 */
function linksHome(el: Element, base: string): boolean {
  const around = closestTag(el, 'a');
  if (around && leadsHome(around, base)) return true;
  let linked = '';
  for (let a = nextElement(el, el); a; a = nextElement(a, el)) {
    if (a.localName === 'a' && leadsHome(a, base)) linked += ' ' + (a.textContent ?? '');
  }
  return !!linked.trim() && foldWords(linked) === foldWords(el.textContent ?? '');
}

/** Whether a short lead-in of an h1's text is set in an element of its own (a label or a date, not the headline's first words). */
function hasKicker(h1: Element, kicker: string): boolean {
  return !!kicker && kicker.split(' ').length <= MAX_KICKER_WORDS && wrapsExactly(h1, kicker);
}

/** Whether an element inside the h1 holds exactly the given (folded) text. */
function wrapsExactly(h1: Element, folded: string): boolean {
  for (const el of descendants(h1)) if (foldWords(el.textContent ?? '') === folded) return true;
  return false;
}

function insideChrome(el: Element): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) {
    if (a.localName === 'nav' || a.getAttribute('role') === 'banner' || a.localName === 'footer') return true;
  }
  return false;
}

/** The h1 that shares most of its words with a title's words (the same headline reworded), if any shares enough. */
function rewordedH1<H extends { text: string }>(h1s: H[], titleWords: Set<string>): H | null {
  let best: H | null = null;
  let bestShare = MIN_TITLE_OVERLAP;
  for (const h of h1s) {
    const words = foldWords(h.text).split(' ');
    // A paragraph set as an h1 (a summary in sentences) is not the headline reworded, however many words it shares.
    if (words.length >= MIN_PARAGRAPH_WORDS && (h.text.match(SENTENCE_BREAK)?.length ?? 0) >= 2) continue;
    const shared = words.filter((w) => titleWords.has(w)).length;
    const share = shared / Math.min(words.length, titleWords.size);
    if (share > bestShare && shared >= MIN_SHARED_WORDS) {
      best = h;
      bestShare = share;
    }
  }
  return best;
}

export interface TitleChoice {
  title: string | null;
  /** The headline element on the page, when the title is one. */
  element: Element | null;
}

/** The title a chosen h1 gives: its text and the element itself. */
const asTitle = (h: { el: Element; text: string }): TitleChoice => ({ title: h.text, element: h.el });

/**
 * Chooses the title from metadata candidates (in order of trust), the page's h1 elements and the
 * body's first root: an h1 the metadata confirms, else the last h1 before (or first inside) the body. `baseUrl` gives the
 * document's base URL (links to the front page mark an h1 as the site's name).
 */
export function chooseTitle(h1Elements: Element[], candidates: (string | null)[], docTitle: string | null, siteName: string | null, bodyStart: Element | null, host: string | null = null, marked: () => Element | null = () => null, baseUrl: (el: Element) => string = (el) => el.ownerDocument.baseURI): TitleChoice {
  const cleaned = candidates.filter((c): c is string => !!c).map((c) => repairMojibake(foldSpace(dropInvisible(decodeEntities(c))))).filter(Boolean);
  // A title cut at a length limit is read whole from the metadata that kept it whole.
  const metas = cleaned.map((m) => cleaned.find((other) => cutShort(m, other)) ?? m);
  if (docTitle) docTitle = repairMojibake(dropInvisible(docTitle));
  const site = siteName ? foldWords(siteName) : null;
  const siteSegments = trailingSegments([...metas, ...(docTitle ? [docTitle] : [])]);
  const pool = [...metas, ...(docTitle ? [docTitle] : [])].map(foldWords);
  // The document's base URL, found once and only when an h1 gets this far.
  let base: string | undefined;
  const homeLink = (el: Element): boolean => linksHome(el, (base ??= baseUrl(el)));
  const h1s: { el: Element; text: string }[] = [];
  for (const el of h1Elements.slice(0, 8)) {
    const text = headingText(el);
    // Some headlines carry the site's name too ("Best exhibitions of 2025 – Artlyst").
    const own = site && foldWords(text).endsWith(site) && foldWords(text) !== site ? stripNamedSite(text, siteName!) : text;
    if (own && own.length < MAX_H1_CHARS && foldWords(own) !== site && !siteSegments.has(foldWords(own)) && !insideChrome(el) && !homeLink(el)) h1s.push({ el, text: own });
  }
  // The metadata title that extends an h1 (or the h1's first line) with a subtitle is the full headline.
  const fullTitle = metas.length ? stripSiteName(metas[0]!, siteName, host) : null;
  if (fullTitle) {
    for (const h of h1s) {
      const line = firstLine(h.el);
      if (extendsWithSubtitle(h.text, fullTitle) || (line && extendsWithSubtitle(line, fullTitle))) return { title: fullTitle, element: h.el };
    }
  }
  // A metadata title that is the h1 with its count or year ("8 Recent Trends …") is the full headline.
  for (const t of metas) {
    const full = stripSiteName(t, siteName, host);
    const h = h1s.find((x) => addsNumber(x.text, full));
    if (h) return { title: full, element: h.el };
  }
  // An h1 that the metadata or <title> confirms is the headline as the reader sees it.
  for (const h of h1s) {
    const fh = foldWords(h.text);
    if (fh.length > 3 && pool.some((p) => p === fh || (p.includes(fh) && fh.length > p.length * 0.4))) return asTitle(h);
  }
  // An h1 that shares most of its words with the metadata title is the headline, reworded for the page.
  const metaWords = metas.length ? new Set(foldWords(metas[0]!).split(' ')) : null;
  if (metaWords) {
    // The metadata title behind a kicker set in its own element of the h1 ("<strong>Blog:</strong> …",
    // "<time>Dec 18 2025</time> …") is the headline without it.
    const metaTitle = stripSiteName(metas[0]!, siteName, host);
    const fm = foldWords(metaTitle);
    for (const h of h1s) {
      const fh = foldWords(h.text);
      if (fm && fh.endsWith(' ' + fm) && hasKicker(h.el, fh.slice(0, -fm.length).trim())) return { title: metaTitle, element: h.el };
      // The h1 sets the metadata title in an element of its own beside a few extras (a source, a comment count).
      if (fm && fh !== fm && fh.includes(fm) && fh.replace(fm, '').trim().split(' ').length <= MAX_KICKER_WORDS && wrapsExactly(h.el, fm)) return { title: metaTitle, element: h.el };
    }
    const best = rewordedH1(h1s, metaWords);
    // An h1 that lost characters to "?" (a page saved in an encoding without them): the metadata spells it whole.
    if (best && lostCharacters(best.text, metaTitle)) return { title: metaTitle, element: best.el };
    // An h1 in capitals that words it otherwise is a banner over the story: the metadata names the story.
    if (best && shoutsOtherWords(best.text, metaTitle)) return { title: metaTitle, element: best.el };
    if (best) return asTitle(best);
    // A social title (og:title worded as a teaser) says otherwise, but the page's <title> words the h1's headline.
    const inTitle = docTitle ? rewordedH1(h1s, new Set(foldWords(stripSiteName(foldSpace(docTitle), siteName, host)).split(' '))) : null;
    if (inTitle) return asTitle(inTitle);
  }
  // With no h1 left (none, or only the site's logo), the heading the markup declares the page's headline is what readers
  // see as one (`marked` finds it only when asked: most pages never get here).
  const shown = h1s.length ? null : marked();
  if (shown && !insideChrome(shown) && !homeLink(shown)) {
    const text = headingText(shown);
    if (text && text.length < MAX_H1_CHARS && foldWords(text) !== site) return { title: text, element: shown };
  }
  // Without metadata, the h1 nearest the story's start: the last one before it, or the first inside it.
  if (bodyStart && h1s.length && !metas.length) {
    let near: { el: Element; text: string } | null = null;
    for (const h of h1s) {
      const pos = bodyStart.compareDocumentPosition(h.el);
      if (pos & 2 /* PRECEDING */) near = h;
      else if (pos & 16 /* CONTAINED_BY */) {
        near ??= h;
        break;
      }
    }
    if (near) return asTitle(near);
  }
  if (metas.length) return { title: stripSiteName(metas[0]!, siteName, host), element: null };
  if (h1s.length === 1) return asTitle(h1s[0]!);
  if (docTitle) {
    const stripped = stripSiteName(foldSpace(docTitle), siteName, host);
    // A site's name set before the headline with a colon ("Riverton Herald: Ferry fares frozen"): the part after it is the
    // headline when a heading on the page shows exactly that (the logo took the h1, the story's title is an h2).
    const colon = stripped.indexOf(': ');
    const rest = colon > 0 ? stripped.slice(colon + 2) : '';
    const shownRest = rest && bodyStart ? headingOf(bodyStart.ownerDocument, rest) : null;
    if (shownRest && foldWords(textOf(shownRest)) === foldWords(rest)) return { title: rest, element: shownRest };
    return { title: stripped, element: null };
  }
  return { title: h1s[0]?.text ?? null, element: h1s[0]?.el ?? null };
}

/**
 * The page's one schema.org microdata headline (itemprop="headline" of an Article item), a title its markup
 * declares. A page with several (teasers of other stories) declares none of them for itself; a header's or
 * site's "headline" (WPHeader, WebSite) is the site's name.
 */
export function microdataHeadline(doc: Document, itemHeadlines: Element[] | null = null): string | null {
  // `itemHeadlines` is the page's itemprop~=headline elements when the caller has them already (collectHints).
  const found = (itemHeadlines ?? [...doc.querySelectorAll('[itemprop~="headline"]')]).filter((el) => ofArticleItem(el));
  if (found.length !== 1) return null;
  const el = found[0]!;
  const text = el.localName === 'meta' ? el.getAttribute('content') ?? '' : textOf(el);
  return foldSpace(text) || null;
}

/** The page's one visible heading marked as the headline of an article or of the web page itself (itemprop="headline"). */
export function microdataHeading(doc: Document, itemHeadlines: Element[] | null = null): Element | null {
  const found = (itemHeadlines ?? [...doc.querySelectorAll('[itemprop~="headline"]')]).filter((el) => ofArticleItem(el, true));
  return found.length === 1 && /^h[1-6]$/.test(found[0]!.localName) ? found[0]! : null;
}

/** Whether the item a microdata property belongs to (its nearest itemscope ancestor) is an article (or, with `page`, the web page). */
function ofArticleItem(el: Element, page = false): boolean {
  let item = el.parentElement;
  while (item && !item.hasAttribute('itemscope')) item = item.parentElement;
  const type = item?.getAttribute('itemtype')?.trim().split(/\s+/)[0]?.split('/').pop() ?? '';
  return ARTICLE_TYPES.test(type) || (page && type === 'WebPage');
}

/** Headings searched for a metadata title's visible copy (blog templates set the post's title in an h2 under a logo h1). */
const MAX_HEADINGS = 40;
/** Fewest words of a title that a longer heading may start with and still be its copy (a word or two start many headings). */
const MIN_PREFIX_TITLE_WORDS = 4;

/** The visible h1–h3 whose text is the title, when the title came from metadata: the byline sits near it.
 * `headings`: the page's h1–h3 in document order, when the caller has them. */
export function headingOf(doc: Document, title: string | null, headings: ArrayLike<Element> | null = null): Element | null {
  if (!title) return null;
  const want = foldWords(title);
  headings ??= doc.querySelectorAll('h1, h2, h3');
  // Else the first heading that starts with a title of a few words and goes on ("… Applications - Part 1", "…: A Guide"):
  // the title was cut at its separator.
  let longer: Element | null = null;
  for (let i = 0; i < headings.length && i < MAX_HEADINGS; i++) {
    const h = headings[i]!;
    const text = foldWords(textOf(h));
    if (text === want && !insideChrome(h)) return h;
    if (!longer && want.split(' ').length >= MIN_PREFIX_TITLE_WORDS && text.startsWith(`${want} `) && !insideChrome(h)) longer = h;
  }
  return longer;
}
