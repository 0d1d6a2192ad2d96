// Writes a validated backup into the library: one read-write transaction over both stores, so either every
// record of the file is merged or, on any failure (a full disk, a closed browser), none is.
import { unwrap } from 'idb';
import type { Backup } from '../../shared/model';
import type { ImportSummary } from '../../shared/messages';
import { planBackupMerge } from '../../export/backup-merge';
import { adoptKnownArticles } from './adopt-known-articles';
import type { LibraryDb } from './schema';
import type { LibrarySnapshot } from '../../export/types';

/** What an import changed, and the records it wrote (for the search index to follow). */
export interface ImportResult {
  summary: ImportSummary;
  written: LibrarySnapshot;
}

/**
 * Above this many annotations in common, reading the store whole (one request) beats one request per record:
 * in Chromium each request is a round trip to the browser process (10,000 gets took 4 s, a getAll of them 1-2 s).
 */
const BULK_READ_THRESHOLD = 500;

/**
 * Merges `backup` by article key and annotation id (see planBackupMerge: an identical record stays, the later
 * edit wins, aliases are unioned), after filing the file's articles the library knows under another URL under
 * the library's key (adoptKnownArticles). The records already stored are read inside the same transaction, so a write
 * from another tab cannot slip between the decision and the write.
 */
export async function importBackup(db: LibraryDb, backup: Backup): Promise<ImportResult> {
  const tx = db.transaction(['articles', 'annotations'], 'readwrite');
  try {
    const articles = tx.objectStore('articles');
    const annotations = tx.objectStore('annotations');
    // Articles are few (a tenth of the annotations): read them whole, to find the file's URLs among their aliases.
    // Of the annotations, only the ids first (no records), then only those the file and the library share:
    // importing into an empty library reads nothing back.
    const [storedArticles, annotationIds] = await Promise.all([articles.getAll(), annotations.getAllKeys()]);
    const incoming = adoptKnownArticles(backup, storedArticles);
    const knownAnnotations = new Set(annotationIds);
    const sharedAnnotations = incoming.annotations.filter((a) => knownAnnotations.has(a.id));
    const storedAnnotations =
      sharedAnnotations.length > BULK_READ_THRESHOLD
        ? await annotations.getAll()
        : await Promise.all(sharedAnnotations.map((a) => annotations.get(a.id)));
    const plan = planBackupMerge(
      { articles: storedArticles, annotations: storedAnnotations.filter((a) => a !== undefined) },
      { articles: incoming.articles, annotations: incoming.annotations },
    );
    // Plain requests without a promise each: a failed one aborts the transaction, which `tx.done` reports.
    const rawArticles = unwrap(articles);
    const rawAnnotations = unwrap(annotations);
    for (const record of plan.put.articles) rawArticles.put(record);
    for (const record of plan.put.annotations) rawAnnotations.put(record);
    // No more requests follow: the browser may commit as soon as the last put is done.
    unwrap(tx).commit?.();
    await tx.done;
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
