// Stable orderings and groupings of a snapshot, so every format lists things the same way on every run.
import type { Annotation, ArticleRecord } from '../shared/model';

/** Where a highlight starts in its article, when known; highlights without a position sort after. */
export function positionOf(annotation: Annotation): number {
  const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position ? position.start : Number.POSITIVE_INFINITY;
}

/** The article's annotations in reading order (position, then creation time, then id). */
export function annotationsOf(article: ArticleRecord, annotations: Annotation[]): Annotation[] {
  return annotations.filter((annotation) => annotation.articleKey === article.key).sort(byReadingOrder);
}

/** All annotations of a snapshot in reading order within each article. */
export function byReadingOrder(a: Annotation, b: Annotation): number {
  return positionOf(a) - positionOf(b) || compareText(a.created, b.created) || compareText(a.id, b.id);
}

/** Articles in the order they were first read, then by key. */
export function sortArticles(articles: ArticleRecord[]): ArticleRecord[] {
  return [...articles].sort((a, b) => compareText(a.firstSeen, b.firstSeen) || compareText(a.key, b.key));
}

/** Every tag used on the article's annotations, each once, sorted. */
export function tagsOf(annotations: Annotation[]): string[] {
  return [...new Set(annotations.flatMap((annotation) => annotation.tags))].sort(compareText);
}

/** The article's title, or its address when the page had none. */
export function titleOf(article: ArticleRecord): string {
  return article.title?.trim() || article.url;
}

/** The authors as one string ("A, B and C"); the byline when no author names were found. */
export function authorLine(article: ArticleRecord): string | null {
  const names = article.authors.filter((name) => name.trim() !== '');
  if (names.length === 0) return article.byline?.trim() || null;
  if (names.length === 1) return names[0] ?? null;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The day (YYYY-MM-DD) of an ISO time, or null. */
/** The article's modification time when it falls on a later day than its publication (or it has none), else null: the
 * update the popup, the library and the Markdown export tell (a stamp on the day of publication updated nothing for a reader). */
export function laterModification(article: ArticleRecord): string | null {
  const modified = dayOf(article.modifiedTime);
  const published = dayOf(article.publishedTime);
  return modified && (!published || modified > published) ? article.modifiedTime : null;
}

export function dayOf(isoTime: string | null): string | null {
  const match = isoTime?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
}
