// Everything about the article other than its body: title, authors, dates, site, language, image…
// Each field reads its sources in a fixed order of trust; a field with no source stays null.

import { baseUrlOf } from './base-url';
import { formatByline } from './authors';
import { bylineBlockLines, findAuthors } from './byline';
import { declaredAuthors, domainName, outletKey } from './declared-authors';
import { dayOf, isTimeOfDay, languageOrder, normalizeDate } from './dates';
import { ldString, type JsonLd } from './json-ld';
import { allMeta, firstMeta, type MetaTags } from './meta-tags';
import { chooseTitle, headingOf, microdataHeading, microdataHeadline } from './title';
import { foldSpace, foldWords, nonEmpty } from './text';
import { declaredPublishedTime, findPublishedTime, markedUpdateTime } from './published-time';
import { labelledPageDate } from './page-date';
import type { MarkupHints } from './markup-hints';
import { headLines } from './head-lines';
import { LOOSE_SEPARATOR } from './heuristics';
import { siteNameFromTitle } from './title-site';
import { shownDates, visibleDates } from './visible-byline';
import type { ArticleInfo } from './types';
import type { PageScan } from './page-scan';

/** Every field of the article's info that does not come from its body. */
export type Metadata = Omit<ArticleInfo, 'url' | 'isArticle' | 'wordCount' | 'readingTimeMinutes' | 'text'>;

const RTL_LANGS = /^(ar|arc|ckb|dv|fa|ha|he|iw|khw|ks|ku|ps|sd|ur|yi)\b/i;

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base || undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

function firstString(ld: JsonLd, ...vals: unknown[]): string | null {
  for (const v of vals) {
    const s = nonEmpty(ldString(ld, v));
    if (s) return s;
  }
  return null;
}

function readKeywords(ld: JsonLd, meta: MetaTags): string[] {
  const raw: string[] = [];
  const k = ld.article?.['keywords'];
  if (Array.isArray(k)) raw.push(...k.filter((x): x is string => typeof x === 'string'));
  else if (typeof k === 'string') raw.push(...k.split(','));
  if (!raw.length) raw.push(...allMeta(meta, 'article:tag'), ...allMeta(meta, 'news_keywords', 'keywords', 'parsely-tags').flatMap((v) => v.split(',')));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of raw) {
    const t = foldSpace(r);
    if (t && t.length < 80 && !seen.has(t.toLowerCase())) {
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out.slice(0, 30);
}

/** The page's host name, which titles sometimes carry as the site's name. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** Separators between a site's name and a tagline in its declared name ("Acme Plumbing | Fast Repairs Near You"). */
const SITE_NAME_PARTS = /\s+[|–—-]\s+/;
/** Fewest letters of a domain label matched against a part of the site's name. */
const MIN_DOMAIN_KEY = 3;

/** The site's own name when its declared name also carries a tagline ("Urge Fitness | Affordable Gyms Near You" on
 * urgefitness.com): the part that spells the page's domain, when the rest is longer (a tagline describes, a name is short).
 * Otherwise the name as declared. */
export function siteNameOf(declared: string, host: string | null): string {
  // A template that joins the name to a tagline it left empty ends it in the separator: the mark is not the name's.
  declared = declared.replace(LOOSE_SEPARATOR, '').trim() || declared;
  const parts = declared.split(SITE_NAME_PARTS).filter(Boolean);
  const domain = domainName(host);
  if (parts.length < 2 || !domain || domain.length < MIN_DOMAIN_KEY) return declared;
  const own = parts.find((p) => {
    const key = outletKey(p);
    return key.length >= MIN_DOMAIN_KEY && (key.startsWith(domain) || domain.startsWith(key));
  });
  if (!own || declared.length - own.length <= own.length) return declared;
  // "NSF - U.S. National Science Foundation": a rest whose capitalised words' initials spell the domain is the name written out.
  const initials = parts.filter((p) => p !== own).join(' ').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('').toLowerCase();
  return initials.includes(domain) ? declared : own;
}

/** The page's summary: the first declared description that says more than the title (one that only repeats the headline,
 * as some sites fill every description field, summarises nothing). */
function summaryOf(meta: MetaTags, ld: JsonLd, title: string | null): string | null {
  const heading = title ? foldWords(title) : null;
  const declared = [...['og:description', 'description', 'twitter:description', 'dc.description'].map((k) => firstMeta(meta, k)), ldString(ld, ld.article?.['description'])];
  for (const d of declared) {
    const text = nonEmpty(d);
    if (text && foldWords(text) !== heading) return text;
  }
  return null;
}

/** The site's name as the page declares it (uncut): og:site_name and its kin, the WebSite node's, or the publisher's. */
export function declaredSiteName(meta: MetaTags, ld: JsonLd): string | null {
  const art = ld.article;
  // The WebSite node names the site; the publisher is often the company behind it ("… Media Group").
  return nonEmpty(firstMeta(meta, 'og:site_name', 'application-name', 'apple-mobile-web-app-title'))
    ?? firstString(ld, ld.webSite?.['name'])
    ?? firstString(ld, (art?.['publisher'] as Record<string, unknown> | undefined)?.['name'], art?.['publisher']);
}

/** The last modification the page's metadata declares: the story's, else the WebPage node's. */
function declaredModifiedTime(meta: MetaTags, ld: JsonLd): string | null {
  return normalizeDate(firstString(ld, ld.article?.['dateModified']) ?? firstMeta(meta, 'article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'))
    ?? normalizeDate(ldString(ld, ld.webPage?.['dateModified']));
}

/** The writers and dates the page's metadata declares, with nothing read from the bylines and dates it shows. */
export function declaredSigning(url: string, meta: MetaTags, ld: JsonLd, lang: string | null): Pick<Metadata, 'byline' | 'authors' | 'publishedTime' | 'modifiedTime'> {
  const authors = declaredAuthors(meta, ld, declaredSiteName(meta, ld), hostOf(url), lang);
  return { byline: formatByline(authors), authors, publishedTime: declaredPublishedTime(meta, ld), modifiedTime: declaredModifiedTime(meta, ld) };
}

/** What the metadata is read from, beside the document: what the detector has already read of the page and where the story is. */
export interface MetadataSources {
  url: string;
  meta: MetaTags;
  ld: JsonLd;
  hints: MarkupHints;
  /** The body's first root, near which the headline and byline are looked for. */
  bodyStart: Element | null;
  /** The body's last root, under which a story is signed (its first when absent). */
  bodyEnd?: Element | null;
  /** The page scan, when there is one. */
  scan?: PageScan | null;
}

/** Reads the article's metadata from the document's head, JSON-LD and visible markup. */
export function readMetadata(doc: Document, sources: MetadataSources): Metadata {
  const { url, meta, ld, hints, bodyStart, bodyEnd = bodyStart, scan = null } = sources;
  const art = ld.article;
  const siteName = declaredSiteName(meta, ld);
  const docTitle = nonEmpty(doc.title);
  const headline = chooseTitle(
    hints.h1s,
    [ldString(ld, art?.['headline']) ?? ldString(ld, art?.['name']), firstMeta(meta, 'og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'parsely-title', 'headline'), microdataHeadline(doc, hints.itemHeadlines)],
    docTitle,
    siteName,
    bodyStart,
    hostOf(url),
    () => microdataHeading(doc, hints.itemHeadlines),
    () => baseUrlOf(doc, hints.tags ? hints.tags.base : undefined),
  );
  const title = headline.title;
  const headlineEl = headline.element ?? headingOf(doc, title, hints.tags?.headings);
  // The byline may sit between a banner's headline and the story, so the lines run on to the story's start.
  const lines = headLines(headlineEl ?? bodyStart, headlineEl ? bodyStart : null);
  const modified = declaredModifiedTime(meta, ld);
  const html = doc.documentElement;
  const ogLocale = firstMeta(meta, 'og:locale');
  const lang = nonEmpty(html?.getAttribute('lang') ?? html?.getAttribute('xml:lang') ?? firstMeta(meta, 'content-language', 'dc.language', 'language') ?? ldString(ld, art?.['inLanguage']) ?? (ogLocale ? ogLocale.replace('_', '-') : null));
  // A copy whose canonical link points to another site (a syndicated story) names the original outlet beside its writers.
  const canonicalUrl = absolute(hints.canonical ?? firstMeta(meta, 'og:url'), url);
  const authors = findAuthors({
    meta, ld, hints, head: lines, siteName, headline: headlineEl, bodyStart, bodyEnd, host: hostOf(url), lang,
    titleSite: siteName ? null : siteNameFromTitle(docTitle && foldSpace(docTitle), title),
    canonicalHost: canonicalUrl ? hostOf(canonicalUrl) : null,
  });
  // A German or British page's 03.04.2025 is 3 April: its language reads numeric dates its own lines leave open.
  const order = languageOrder(lang);
  // The date readers see: under the headline, else in the story's byline block.
  // The date is read from the headline's own block only: past it, sidebars and the story's first lines hold other dates.
  const shown = shownDates(lines.lines.slice(0, lines.blockEnd), lines.at, order);
  let inByline = shown.length ? [] : visibleDates(bylineBlockLines(hints, headline.element, bodyStart, dayOf(modified)), undefined, order);
  // A standfirst under the headline ended the header's lines: the byline and its date may follow it. Dates past the standfirst
  // count as a byline block's (they only choose between declared times): the story may have started there.
  if (!shown.length && !inByline.length && lines.stoppedAtDek) {
    const past = headLines(headlineEl ?? bodyStart, headlineEl ? bodyStart : null, true);
    inByline = visibleDates(past.lines.slice(lines.blockEnd, past.blockEnd), undefined, order);
  }
  let published = findPublishedTime(meta, ld, hints, shown, modified, inByline, url, order);
  // With no date in the header, the metadata or the URL, a lone "Published on …" elsewhere on the page, or the one day it shows in the URL's month.
  // Also when the declared publication is the declared modification to the second and no date is shown for it: the CMS restamps
  // each save, and an earlier such date is the first publication.
  const restamped = !shown.length && !inByline.length && isTimeOfDay(published) && published === modified;
  if (published == null || restamped) {
    const labelled = labelledPageDate(doc.body, url, order, scan);
    if (published == null || (labelled && labelled < dayOf(published)!)) published = labelled;
  }
  // With no declared modification, the update the header shows ("Updated on January 8, 2025"), when not before the publication.
  const shownUpdate = [...shown, ...inByline].find((d) => d.label === 'updated')?.day ?? null;
  // Else the update hAtom marks ("<time class="updated">"), when after the publication: themes print it, often hidden, on every post.
  const laterMark = (): string | null => {
    const marked = published ? markedUpdateTime(hints) : null;
    return marked && dayOf(marked)! > dayOf(published)! ? marked : null;
  };
  const modifiedTime = modified ?? (shownUpdate && (!published || shownUpdate >= dayOf(published)!) ? shownUpdate : null) ?? laterMark();
  const dirAttr = (html?.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
  const dir = dirAttr === 'rtl' || dirAttr === 'ltr' ? dirAttr : lang ? (RTL_LANGS.test(lang) ? 'rtl' : 'ltr') : null;
  const image = firstMeta(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnailurl', 'parsely-image-url')
    ?? ldString(ld, art?.['image'] ?? art?.['thumbnailUrl']);
  return {
    canonicalUrl,
    title,
    byline: formatByline(authors),
    authors,
    publishedTime: published,
    modifiedTime,
    // Only the name shown is cut to the site's own: title and byline reading compare against the name as declared.
    // With no declared name, the name the <title> sets off from the headline (shown only: title and byline reading did without it).
    siteName: siteName ? siteNameOf(foldSpace(siteName), hostOf(url)) : siteNameFromTitle(docTitle && foldSpace(docTitle), title),
    lang,
    dir,
    excerpt: summaryOf(meta, ld, title),
    leadImage: absolute(image, url),
    section: nonEmpty(firstMeta(meta, 'article:section', 'parsely-section', 'section') ?? ldString(ld, art?.['articleSection'])),
    keywords: readKeywords(ld, meta),
  };
}

