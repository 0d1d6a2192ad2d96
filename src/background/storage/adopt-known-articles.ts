// One article under all its URLs, on import too: a backup may know an article under a URL the library holds as
// an alias of another key (an older URL rule, a canonical link found later). Such an article and its
// annotations are filed under the library's key, so its notes are not split between two records.
import type { Annotation, ArticleRecord, Backup } from '../../shared/model';

/**
 * The backup with each article whose key the library does not hold, but whose key or an alias it holds as an
 * alias of a stored article, re-keyed to that article (its own key kept as an alias). Pure: `stored` is what the
 * library holds.
 */
export function adoptKnownArticles(backup: Backup, stored: ArticleRecord[]): Backup {
  const storedKeys = new Set(stored.map((article) => article.key));
  const keyOfAlias = new Map<string, string>();
  for (const article of stored) for (const alias of article.aliases) if (!keyOfAlias.has(alias)) keyOfAlias.set(alias, article.key);

  const newKey = new Map<string, string>();
  for (const article of backup.articles) {
    if (storedKeys.has(article.key)) continue;
    const known = [article.key, ...article.aliases].map((url) => keyOfAlias.get(url)).find((key) => key !== undefined);
    if (known !== undefined) newKey.set(article.key, known);
  }
  if (newKey.size === 0) return backup;

  // Two articles of the file may land on one key: the first keeps its fields, every alias is kept.
  const articles = new Map<string, ArticleRecord>();
  for (const article of backup.articles) {
    const key = newKey.get(article.key) ?? article.key;
    const earlier = articles.get(key);
    const aliases = [...new Set([...(earlier?.aliases ?? []), key, ...article.aliases])];
    articles.set(key, earlier ? { ...earlier, aliases } : { ...article, key, aliases });
  }
  const annotations: Annotation[] = backup.annotations.map((a) => (newKey.has(a.articleKey) ? { ...a, articleKey: newKey.get(a.articleKey)! } : a));
  return { ...backup, articles: [...articles.values()], annotations };
}
