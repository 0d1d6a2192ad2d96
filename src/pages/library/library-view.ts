// Pure helpers of the library page: sorting, the choices the filters offer, and the snapshot of what is shown.
import type { LibraryArticle, LibraryFilter, SearchHit } from '../../shared/messages';
import type { Annotation, ArticleRecord } from '../../shared/model';

export type SortOrder = 'recent' | 'site';

/** Most recently read first; or by site, then title, with articles without a site last. */
export function sortArticles(list: LibraryArticle[], order: SortOrder): LibraryArticle[] {
  const byTitle = (a: ArticleRecord, b: ArticleRecord) => (a.title ?? a.url).localeCompare(b.title ?? b.url);
  return [...list].sort((x, y) => {
    if (order === 'recent') return y.article.lastSeen.localeCompare(x.article.lastSeen) || byTitle(x.article, y.article);
    const sx = x.article.siteName ?? '\uffff';
    const sy = y.article.siteName ?? '\uffff';
    return sx.localeCompare(sy) || byTitle(x.article, y.article);
  });
}

/** Every site name of the library, alphabetically. */
export function sitesOf(articles: LibraryArticle[]): string[] {
  return [...new Set(articles.flatMap((a) => (a.article.siteName ? [a.article.siteName] : [])))].sort((a, b) => a.localeCompare(b));
}

export function isFiltering(query: string, filter: LibraryFilter): boolean {
  return query.trim() !== '' || Boolean(filter.tag || filter.color || filter.site);
}

/** Search hits as a snapshot (each article once, in the order first hit), for exporting what is shown. */
export function snapshotOfHits(hits: SearchHit[]): { articles: ArticleRecord[]; annotations: Annotation[] } {
  const articles = new Map<string, ArticleRecord>();
  for (const hit of hits) if (!articles.has(hit.article.key)) articles.set(hit.article.key, hit.article);
  return { articles: [...articles.values()], annotations: hits.map((h) => h.annotation) };
}

/** Hits grouped by article, in the order of their first hit. */
export function groupHits(hits: SearchHit[]): Array<{ article: ArticleRecord; annotations: Annotation[] }> {
  const groups = new Map<string, { article: ArticleRecord; annotations: Annotation[] }>();
  for (const hit of hits) {
    const group = groups.get(hit.article.key) ?? { article: hit.article, annotations: [] };
    group.annotations.push(hit.annotation);
    groups.set(hit.article.key, group);
  }
  return [...groups.values()];
}

/** An article's highlights in reading order (by their stored text position; those without one by creation). */
export function inReadingOrder(annotations: Annotation[]): Annotation[] {
  const position = (a: Annotation) => {
    const selector = a.selectors.find((s) => s.type === 'TextPositionSelector');
    return selector && selector.type === 'TextPositionSelector' ? selector.start : Number.MAX_SAFE_INTEGER;
  };
  return [...annotations].sort((a, b) => position(a) - position(b) || a.created.localeCompare(b.created));
}
