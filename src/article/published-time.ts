// The publication date, from the most trusted source that has one: JSON-LD, meta tags, microdata,
// then a <time> element in the article's header. Visible text dates are not guessed from prose.

import { dayOf, isZonedTime, normalizeDate, otherZoneDay, sameMoment, type NumericOrder } from './dates';
import type { VisibleDate } from './visible-byline';
import { ldString, type JsonLd } from './json-ld';
import { inArticleHead, type MarkupHints } from './markup-hints';
import { firstMeta, type MetaTags } from './meta-tags';
import { UPDATED_LABEL } from './heuristics';
import { hasClass, isUpdateStamp } from './element-query';
import { amongOtherVoices } from './boilerplate';

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published-date', 'publisheddate', 'published', 'og:publish_date', 'date', 'article.published', 'release_date',
];

/** A meta name that says it holds the publication time whatever its vendor prefix ("x-published-date", "vendor:publishtime", "first_published_at"). */
const PUBLISHED_META_NAME = /(?:^|[:._-])(?:first[-_]?)?publish(?:ed)?[-_]?(?:date|time|datetime|at|on)$/;

/** Such names of other moments: the last publication, an embargo's or an offer's end. */
const NOT_FIRST_PUBLISHED = /last|expir|end|unpub|embargo/;

/** The first meta whose name has the shape of a publication time (after the known names), or null. */
function namedPublishedMeta(meta: MetaTags): string | null {
  for (const [key, values] of meta) if (PUBLISHED_META_NAME.test(key) && !NOT_FIRST_PUBLISHED.test(key) && values[0]) return values[0];
  return null;
}

/** A <time> or microdata marked as the publication time (itemprop, pubdate, hAtom's class), or the first <time> in the article's head.
 * `order`: how the page's language writes numeric dates, for the texts read as dates (as shown dates are read). */
function timeElementDate(hints: MarkupHints, order?: NumericOrder): string | null {
  for (const el of hints.datePublished) {
    const d = normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent, undefined, order);
    if (d) return d;
  }
  for (const el of hints.times) {
    if (el.hasAttribute('pubdate')) return normalizeDate(el.getAttribute('datetime'));
  }
  // hAtom's class "published" (WordPress's "entry-date published") marks the entry's publication time wherever it sits; a teaser's or comment's is not the story's.
  const marked = hints.times.find((el) => hasClass(el, 'published') && !amongOtherVoices(el));
  if (marked) return normalizeDate(marked.getAttribute('datetime'));
  // A <time> that says "Updated April 10, 2025" holds the update, not the publication; a comment's <time> (in its own
  // "comment-meta" header, inside the story's <article>) is when a reader wrote.
  const scoped = hints.times.find((el) => inArticleHead(el) && !UPDATED_LABEL.test(el.textContent ?? '') && !amongOtherVoices(el));
  if (scoped) return normalizeDate(scoped.getAttribute('datetime'));
  // A <time> without datetime has its text as its value (HTML's rule): read it as a shown date would be.
  const written = hints.textTimes.find((el) => inArticleHead(el) && !UPDATED_LABEL.test(el.textContent ?? '') && !amongOtherVoices(el));
  return normalizeDate(written?.textContent, undefined, order);
}

/** hAtom's "updated" <time> (WordPress's "entry-date published" beside "updated"): the entry's last modification, wherever it
 * sits; a teaser's or comment's is not the story's. Null without one. */
export function markedUpdateTime(hints: MarkupHints): string | null {
  const marked = hints.times.find((el) => isUpdateStamp(el) && !amongOtherVoices(el));
  return marked ? normalizeDate(marked.getAttribute('datetime')) : null;
}

/** A full date in the URL's path (/2024/05/17/, /2024-05-17-slug, /2023/october/03/): stamped when the story was first published. */
const URL_DAY = /\/((?:19|20)\d{2})[/-](\d{1,2}|\p{L}{3,})[/-](\d{1,2})(?=[/\-+_.]|$)/u;

/** The day written in a story's URL path (the query and fragment left out), or null. */
export function urlDate(url: string): string | null {
  const m = URL_DAY.exec(url.replace(/[?#].*/, ''));
  return m ? normalizeDate(/^\d/.test(m[2]!) ? `${m[1]}-${m[2]}-${m[3]}` : `${m[3]} ${m[2]} ${m[1]}`) : null;
}

/** The story's publication as its JSON-LD or meta tags declare it. */
function storyDeclared(meta: MetaTags, ld: JsonLd): string | null {
  const art = ld.article;
  return normalizeDate(ldString(ld, art?.['datePublished'] ?? art?.['dateCreated'] ?? art?.['uploadDate']))
    ?? normalizeDate(firstMeta(meta, ...DATE_META))
    ?? normalizeDate(namedPublishedMeta(meta));
}

/** The publication the page's metadata declares (the story's, else the WebPage node's), with nothing read from what it shows. */
export function declaredPublishedTime(meta: MetaTags, ld: JsonLd): string | null {
  return storyDeclared(meta, ld) ?? normalizeDate(ldString(ld, ld.webPage?.['datePublished']));
}

/**
 * The article's publication time in ISO 8601, or null. The date the page shows under its headline
 * wins: it is the date readers see and cite, while metadata often carries a first-draft or CMS date
 * (measured on WCXB pages: shown dates agree with the reader's date far more often than declared
 * ones disagree). Of shown dates, a published-labelled one comes first. A shown update (labelled, or
 * the declared modification shown unlabelled) is the page's date, as citation styles take it, unless
 * Open Graph declares another publication (`article:published_time`, the date link previews show,
 * which publishers keep through updates; JSON-LD's datePublished alone does not tell, measured on
 * WCXB). The metadata time of the shown day is returned when there is one (it has the hour and time
 * zone). Dates read from byline blocks away from the headline (`shownInByline`) only pick between
 * declared times. With no date at all, a full date in the URL's path. `order`: how the page's language writes numeric dates.
 */
export function findPublishedTime(meta: MetaTags, ld: JsonLd, hints: MarkupHints, shown: VisibleDate[], modified: string | null, shownInByline: VisibleDate[] = [], url = '', order?: NumericOrder): string | null {
  // A <time> element stands in for the story's own declaration, before the WebPage node's.
  const declared = storyDeclared(meta, ld) ?? timeElementDate(hints, order) ?? normalizeDate(ldString(ld, ld.webPage?.['datePublished']));
  // Open Graph's publication vouches for the first publication only as the stamped moment the protocol asks for
  // (a time with its zone); a bare day or a zoneless time is a hand-kept template field, no more than a shown date.
  const ogTime = normalizeDate(firstMeta(meta, 'article:published_time'));
  const og = isZonedTime(ogTime) ? ogTime : null;
  /** The date for a shown update `day`: the declared publication when Open Graph declares another day, else the update (with the modification's time when it is that day). */
  const update = (day: string): string | null => (og && dayOf(og) !== day ? declared : dayOf(modified) === day ? modified : day);
  const first = shown[0];
  if (!first) {
    // Byline blocks further from the headline also hold teasers' dates: they only choose between the declared times.
    const inByline = shownInByline[0];
    if (!inByline) return declared ?? urlDate(url);
    if (inByline.label === 'updated' || sameMoment(modified, inByline.day)) return update(inByline.day);
    return declared ?? inByline.day;
  }
  if (declared && dayOf(declared) === first.day) return declared;
  // A shown day one off the declared time: when the declared zoned moment does fall on the shown day in some
  // zone, the page rendered it in its server's or reader's zone and the declared time is the stamp itself (the
  // URL's day, when it is the shown one, says the publisher meant the shown day). Otherwise the shown day stands.
  if (declared && sameMoment(declared, first.day)) return otherZoneDay(declared, first.day) && urlDate(url) !== first.day ? declared : first.day;
  if (first.label === 'updated' || (modified && sameMoment(modified, first.day))) return update(first.day);
  return first.day;
}
