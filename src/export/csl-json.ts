// CSL-JSON, the citation format of Zotero, Pandoc and citeproc: one `article-newspaper` item per article. JSON
// needs no escaping beyond its own, so text goes in exactly as detected.
import type { ArticleRecord } from '../shared/model';
import { authorNames, citationKey } from './citation-names';
import { sortArticles, titleOf } from './snapshot';
import { wellFormed } from './text-safety';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author?: ({ family: string; given: string } | { literal: string })[];
  'container-title'?: string;
  issued?: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  URL: string;
  language?: string;
  abstract?: string;
}

/** One item; `now` is the access date. */
export function toCslItem(article: ArticleRecord, now: Date, taken: Set<string> = new Set()): CslItem {
  const authors = authorNames(article).map((name) =>
    'literal' in name ? { literal: wellFormed(name.literal) } : { family: wellFormed(name.family), given: wellFormed(name.given) },
  );
  const issued = dateParts(article.publishedTime);
  return {
    id: citationKey(article, taken),
    type: 'article-newspaper',
    title: wellFormed(titleOf(article)),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(article.siteName ? { 'container-title': wellFormed(article.siteName) } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [[now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()]] },
    URL: article.url,
    ...(article.lang ? { language: article.lang } : {}),
    ...(article.excerpt ? { abstract: wellFormed(article.excerpt) } : {}),
  };
}

/** A CSL-JSON file: an array of items, ids unique. */
export function toCslJson(articles: ArticleRecord[], now: Date): string {
  const taken = new Set<string>();
  return `${JSON.stringify(sortArticles(articles).map((article) => toCslItem(article, now, taken)), null, 2)}\n`;
}

/** [year, month, day] as the page states the day (its own time zone), or null. */
function dateParts(isoTime: string | null): number[] | null {
  const match = isoTime?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
