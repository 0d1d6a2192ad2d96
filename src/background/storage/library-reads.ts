// Reads of many records at once, each in one read-only transaction so the result is one consistent moment.
import type { Annotation, ArticleRecord } from '../../shared/model';
import type { LibraryFilter, SearchHit } from '../../shared/messages';
import { flattenSets } from './annotation-sets';
import type { LibraryDb } from './schema';
import { matchesFilter, newestEditFirst } from './search-index';

export interface Snapshot {
  articles: ArticleRecord[];
  annotations: Annotation[];
}

/** Every article and annotation, or only those of `articleKeys` (unknown keys are skipped). */
export async function readSnapshot(db: LibraryDb, articleKeys?: string[]): Promise<Snapshot> {
  const tx = db.transaction(['articles', 'annotationSets'], 'readonly');
  if (articleKeys === undefined) {
    const [articles, sets] = await Promise.all([tx.objectStore('articles').getAll(), tx.objectStore('annotationSets').getAll()]);
    await tx.done;
    return { articles, annotations: flattenSets(sets) };
  }
  const keys = [...new Set(articleKeys)];
  const sets = tx.objectStore('annotationSets');
  const [found, annotationSets] = await Promise.all([
    Promise.all(keys.map((key) => tx.objectStore('articles').get(key))),
    Promise.all(keys.map((key) => sets.get(key))),
  ]);
  await tx.done;
  return { articles: found.filter((a): a is ArticleRecord => a !== undefined), annotations: annotationSets.flatMap((set) => set?.annotations ?? []) };
}

/**
 * The highlights a filter alone selects (no search words), read through the narrowest index (the sets holding a
 * tag, or the articles of a site) rather than by loading the whole library; the filter then picks the
 * annotations out of the sets read. A colour alone reads every set (most articles hold every colour).
 */
export async function readFiltered(db: LibraryDb, filter: LibraryFilter): Promise<SearchHit[]> {
  const tx = db.transaction(['articles', 'annotationSets'], 'readonly');
  const sets = tx.objectStore('annotationSets');
  let candidates: Annotation[];
  if (filter.tag !== undefined) candidates = flattenSets(await sets.index('byTag').getAll(filter.tag));
  else if (filter.site !== undefined) {
    const keys = await tx.objectStore('articles').index('bySite').getAllKeys(filter.site);
    candidates = (await Promise.all(keys.map((key) => sets.get(key)))).flatMap((set) => set?.annotations ?? []);
  } else candidates = flattenSets(await sets.getAll());
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
