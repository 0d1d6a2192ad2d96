// The publication date, from the most trusted source that has one: JSON-LD, meta tags, microdata,
// then a <time> element in the article's header. Visible text dates are not guessed from prose.

import { dayOf, normalizeDate, sameMoment } from './dates';
import type { VisibleDate } from './visible-byline';
import { ldString, type JsonLd } from './json-ld';
import { inArticleHead, type MarkupHints } from './markup-hints';
import { firstMeta, type MetaTags } from './meta-tags';

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'article.published', 'release_date',
];

/** A <time> or microdata marked as the publication time, or the first <time> in the article's head. */
function timeElementDate(hints: MarkupHints): string | null {
  for (const el of hints.datePublished) {
    const d = normalizeDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (d) return d;
  }
  for (const el of hints.times) {
    if (el.hasAttribute('pubdate')) return normalizeDate(el.getAttribute('datetime'));
  }
  const scoped = hints.times.find(inArticleHead);
  return normalizeDate(scoped?.getAttribute('datetime'));
}

/**
 * The article's publication time in ISO 8601, or null. The date the page shows under its headline
 * wins: it is the date readers see and cite, while metadata often carries a first-draft or CMS date
 * (measured on WCXB pages: shown dates agree with the reader's date far more often than declared
 * ones disagree). Of shown dates, a published-labelled one comes first. A date labelled as an update
 * is never the publication date: when the page shows only its last update, the declared publication
 * time is returned, or null when there is none (a missing date beats a wrong one). The metadata time of the shown day is returned when there is one
 * (it has the hour and time zone). Dates read from byline blocks away from the headline
 * (`shownInByline`) only pick between declared times.
 */
export function findPublishedTime(meta: MetaTags, ld: JsonLd, hints: MarkupHints, shown: VisibleDate[], modified: string | null, shownInByline: VisibleDate[] = []): string | null {
  const art = ld.article;
  const declared = normalizeDate(ldString(ld, art?.['datePublished'] ?? art?.['dateCreated'] ?? art?.['uploadDate']))
    ?? normalizeDate(firstMeta(meta, ...DATE_META))
    ?? timeElementDate(hints)
    ?? normalizeDate(ldString(ld, ld.webPage?.['datePublished']));
  const first = shown[0];
  if (!first) {
    // Byline blocks further from the headline also hold teasers' dates: they only choose between the declared times.
    const inByline = shownInByline[0];
    if (!inByline || inByline.label === 'updated' || sameMoment(modified, inByline.day)) return declared;
    return declared ?? inByline.day;
  }
  if (declared && dayOf(declared) === first.day) return declared;
  // A shown day one off the declared time is the same moment in the page's time zone: the day readers see is the one they cite.
  if (declared && sameMoment(declared, first.day)) return first.day;
  if (first.label === 'updated') return declared;
  if (modified && sameMoment(modified, first.day)) return modified;
  return first.day;
}
