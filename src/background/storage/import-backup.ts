// Writes a validated backup into the library: one read-write transaction over both stores, so either every
// record of the file is merged or, on any failure (a full disk, a closed browser), none is.
import { unwrap } from 'idb';
import type { Backup } from '../../shared/model';
import type { ImportSummary } from '../../shared/messages';
import { planBackupMerge } from '../../export/backup-merge';
import { adoptKnownArticles } from './adopt-known-articles';
import { regroup } from './annotation-sets';
import { markImportPhase } from './import-phases';
import type { LibraryDb } from './schema';
import type { LibrarySnapshot } from '../../export/types';

/** What an import changed, and the records it wrote (for the search index to follow). */
export interface ImportResult {
  summary: ImportSummary;
  written: LibrarySnapshot;
}

/**
 * Merges `backup` by article key and annotation id (see planBackupMerge: an identical record stays, the later
 * edit wins, aliases are unioned), after filing the file's articles the library knows under another URL under
 * the library's key (adoptKnownArticles). The records already stored are read inside the same transaction, so a write
 * from another tab cannot slip between the decision and the write.
 */
export async function importBackup(db: LibraryDb, backup: Backup): Promise<ImportResult> {
  const tx = db.transaction(['articles', 'annotationSets'], 'readwrite');
  try {
    const articles = tx.objectStore('articles');
    const sets = tx.objectStore('annotationSets');
    // Articles are few (a tenth of the annotations): read them whole, to find the file's URLs among their aliases.
    // The annotations are read only if there are any: a file's annotation may be stored under any article (its
    // own, or another it was filed under), and one request for all beats one per id. Into an empty library, an
    // import reads nothing back.
    const [storedArticles, setCount] = await Promise.all([articles.getAll(), sets.count()]);
    const storedSets = setCount > 0 ? await sets.getAll() : [];
    const incoming = adoptKnownArticles(backup, storedArticles);
    const plan = planBackupMerge(
      { articles: storedArticles, annotations: storedSets.flatMap((set) => set.annotations) },
      { articles: incoming.articles, annotations: incoming.annotations },
    );
    const changedSets = regroup(storedSets, plan.put.annotations);
    markImportPhase('planned');
    // Plain requests without a promise each: a failed one aborts the transaction, which `tx.done` reports.
    const rawArticles = unwrap(articles);
    const rawSets = unwrap(sets);
    for (const record of plan.put.articles) rawArticles.put(record);
    for (const { articleKey, set } of changedSets) {
      if (set) rawSets.put(set);
      else rawSets.delete(articleKey);
    }
    markImportPhase('issued');
    // No more requests follow: the browser may commit as soon as the last put is done.
    unwrap(tx).commit?.();
    await tx.done;
    markImportPhase('committed');
    const summary = {
      articlesAdded: plan.added.articles,
      articlesUpdated: plan.updated.articles,
      annotationsAdded: plan.added.annotations,
      annotationsUpdated: plan.updated.annotations,
      unchanged: plan.unchanged.articles + plan.unchanged.annotations,
    };
    return { summary, written: plan.put };
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

/** Rolls back every write of the transaction; it may already be aborted by the request that failed. */
function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted: nothing of it was committed.
  }
}
