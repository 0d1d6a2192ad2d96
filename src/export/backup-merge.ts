// What importing a backup changes, decided before anything is written: records merge by article key and
// annotation id, so importing the same file twice changes nothing and a newer edit is never replaced by an older
// one. The database code writes `put` in one transaction (all or nothing).
import type { Annotation, ArticleRecord } from '../shared/model';
import type { LibrarySnapshot } from './types';
import { canonicalAnnotation, canonicalArticle } from './canonical-records';
import { compareText } from './snapshot';
import { sameAnnotation, sameArticle } from './same-record';

export interface MergePlan {
  /** Records to write (new ones, and existing ones the import changes). */
  put: LibrarySnapshot;
  /** Counts for the message the reader sees after an import. */
  added: { articles: number; annotations: number };
  updated: { articles: number; annotations: number };
  unchanged: { articles: number; annotations: number };
}

/** Merges `incoming` (a validated backup's records) into `existing` (what the database holds for those keys/ids). */
export function planBackupMerge(existing: LibrarySnapshot, incoming: LibrarySnapshot): MergePlan {
  const plan: MergePlan = {
    put: { articles: [], annotations: [] },
    added: { articles: 0, annotations: 0 },
    updated: { articles: 0, annotations: 0 },
    unchanged: { articles: 0, annotations: 0 },
  };
  const articlesByKey = new Map(existing.articles.map((article) => [article.key, article]));
  for (const article of incoming.articles) {
    const current = articlesByKey.get(article.key);
    const merged = current ? mergeArticle(current, article) : canonicalArticle(article);
    tally(plan, 'articles', current, merged, sameArticle, (record) => plan.put.articles.push(record));
  }
  const annotationsById = new Map(existing.annotations.map((annotation) => [annotation.id, annotation]));
  for (const annotation of incoming.annotations) {
    const current = annotationsById.get(annotation.id);
    // The later edit wins; on a tie the database's copy stays, so re-importing is a no-op.
    const merged = current && compareText(annotation.modified, current.modified) <= 0 ? current : canonicalAnnotation(annotation);
    tally(plan, 'annotations', current, merged, sameAnnotation, (record) => plan.put.annotations.push(record));
  }
  return plan;
}

/** The article as the database has it, with what the backup adds: aliases, metadata it lacked, the seen span. */
function mergeArticle(current: ArticleRecord, incoming: ArticleRecord): ArticleRecord {
  const merged = canonicalArticle(current);
  merged.aliases = [...new Set([...current.aliases, ...incoming.aliases])];
  for (const field of ['title', 'byline', 'siteName', 'publishedTime', 'modifiedTime', 'lang', 'dir', 'excerpt', 'leadImage'] as const) {
    if (merged[field] === null && incoming[field] !== null) (merged as unknown as Record<string, unknown>)[field] = incoming[field];
  }
  if (merged.authors.length === 0) merged.authors = [...incoming.authors];
  if (compareText(incoming.firstSeen, merged.firstSeen) < 0) merged.firstSeen = incoming.firstSeen;
  if (compareText(incoming.lastSeen, merged.lastSeen) > 0) merged.lastSeen = incoming.lastSeen;
  return merged;
}

function tally<T>(
  plan: MergePlan, kind: 'articles' | 'annotations', current: T | undefined, merged: T, same: (a: T, b: T) => boolean, put: (record: T) => void,
): void {
  if (!current) {
    plan.added[kind]++;
    put(merged);
  } else if (same(merged, current)) {
    plan.unchanged[kind]++;
  } else {
    plan.updated[kind]++;
    put(merged);
  }
}
