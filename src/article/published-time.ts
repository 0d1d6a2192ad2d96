// The publication date, from the most trusted source that has one: JSON-LD, meta tags, microdata,
// then a <time> element in the article's header. Visible text dates are not guessed from prose.

import { normalizeDate } from './dates';
import { ldString, type JsonLd } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';

const DATE_META = [
  'article:published_time', 'og:published_time', 'og:article:published_time', 'published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
  'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'article.published', 'release_date',
];

/** A <time> marked as the publication time, or the first one inside the article's header or byline. */
function timeElementDate(doc: Document): string | null {
  const marked = doc.querySelector('time[pubdate][datetime], [itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content]');
  const raw = marked?.getAttribute('datetime') ?? marked?.getAttribute('content');
  if (raw) return normalizeDate(raw);
  const scoped = doc.querySelector('article header time[datetime], article time[datetime], [class*="byline" i] time[datetime], [class*="meta" i] time[datetime], main time[datetime]');
  return normalizeDate(scoped?.getAttribute('datetime'));
}

/** The article's publication time in ISO 8601, or null. */
export function findPublishedTime(doc: Document, meta: MetaTags, ld: JsonLd): string | null {
  const art = ld.article;
  return normalizeDate(ldString(ld, art?.['datePublished'] ?? art?.['dateCreated'] ?? art?.['uploadDate']))
    ?? normalizeDate(firstMeta(meta, ...DATE_META))
    ?? timeElementDate(doc)
    ?? normalizeDate(ldString(ld, ld.webPage?.['datePublished']));
}
