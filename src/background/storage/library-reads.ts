// Reads of many records at once, each in one read-only transaction so the result is one consistent moment.
import type { Annotation, ArticleRecord } from '../../shared/model';
import type { LibraryFilter, SearchHit } from '../../shared/messages';
import type { LibraryDb } from './schema';
import { matchesFilter, newestEditFirst } from './search-index';

export interface Snapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
}

/** Every article and annotation, or only those of `articleKeys` (unknown keys are skipped). */
export async function readSnapshot(db: LibraryDb, articleKeys?: string[]): Promise<Snapshot> {
  const tx = db.transaction(['articles', 'annotations'], 'readonly');
  if (articleKeys === undefined) {
    const [articles, annotations] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('annotations').getAll()]);
    await tx.done;
    return { articles, annotations };
  }
  const keys = [...new Set(articleKeys)];
  const byArticle = tx.objectStore('annotations').index('byArticle');
  const [found, annotationLists] = await Promise.all([
    Promise.all(keys.map((key) => tx.objectStore('articles').get(key))),
    Promise.all(keys.map((key) => byArticle.getAll(key))),
  ]);
  await tx.done;
  return { articles: found.filter((a): a is ArticleRecord => a !== undefined), annotations: annotationLists.flat() };
}

/**
 * The highlights a filter alone selects (no search words), read through the narrowest index (tag, colour or
 * site) rather than by loading the whole library; the other filters are applied to what the index returns.
 */
export async function readFiltered(db: LibraryDb, filter: LibraryFilter): Promise<SearchHit[]> {
  const tx = db.transaction(['articles', 'annotations'], 'readonly');
  const annotations = tx.objectStore('annotations');
  let candidates: Annotation[];
  if (filter.tag !== undefined) candidates = await annotations.index('byTag').getAll(filter.tag);
  else if (filter.color !== undefined) candidates = await annotations.index('byColor').getAll(filter.color);
  else if (filter.site !== undefined) {
    const keys = await tx.objectStore('articles').index('bySite').getAllKeys(filter.site);
    candidates = (await Promise.all(keys.map((key) => annotations.index('byArticle').getAll(key)))).flat();
  } else candidates = await annotations.getAll();
  const articleKeys = [...new Set(candidates.map((a) => a.articleKey))];
  const articles = new Map<string, ArticleRecord>();
  for (const article of await Promise.all(articleKeys.map((key) => tx.objectStore('articles').get(key)))) {
    if (article) articles.set(article.key, article);
  }
  await tx.done;
  const hits: SearchHit[] = [];
  for (const annotation of candidates) {
    const article = articles.get(annotation.articleKey);
    if (article && matchesFilter(annotation, article, filter)) hits.push({ annotation, article });
  }
  return hits.sort(newestEditFirst);
}
