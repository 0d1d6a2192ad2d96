// The library: articles and their annotations in IndexedDB. Each operation is one transaction. The background
// is the database's only writer, so the in-memory search index it keeps here follows every write.
import { openDB } from 'idb';
import type { Annotation, ArticleRecord, Backup } from '../../shared/model';
import type { AnnotationDraft, AnnotationPatch, ImportSummary, LibraryArticle, LibraryFilter, SearchHit } from '../../shared/messages';
import { type AnnotationSet, withAnnotation, withoutAnnotation } from './annotation-sets';
import { importBackup } from './import-backup';
import { readFiltered, readSnapshot, type Snapshot } from './library-reads';
import { DB_NAME, DB_VERSION, type LibraryDb, type LibrarySchema, upgradeLibrary } from './schema';
import { SearchIndex } from './search-index';
import { queryTerms } from './fold-text';
import { serializeBackup, toBackup } from '../../export/backup';

/** Current selector format; stored with each annotation so later code can read older ones. */
export const SELECTOR_VERSION = 1;

export type ArticleFacts = Omit<ArticleRecord, 'key' | 'url' | 'aliases' | 'firstSeen' | 'lastSeen'>;

export class Library {
  /** Built on the first search or list, then kept in step with each write (null until then). */
  private searchIndex: Promise<SearchIndex> | null = null;

  private constructor(private readonly db: LibraryDb) {}

  /**
   * Opens (and upgrades) the database. `onLost` is called when the browser closes the connection itself (the
   * reader cleared site data, the disk failed), so the owner can open a fresh one instead of failing from then on.
   */
  static async open(name = DB_NAME, onLost?: () => void): Promise<Library> {
    const db = await openDB<LibrarySchema>(name, DB_VERSION, { upgrade: upgradeLibrary, ...(onLost ? { terminated: onLost } : {}) });
    return new Library(db);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Records that an article was seen under `identity`. An article already known under any alias keeps
   * its key and gains the new aliases, so its notes come back under every URL it was seen at.
   */
  async recordVisit(
    identity: { key: string; aliases: string[] },
    url: string,
    facts: ArticleFacts,
    now: Date,
    options: { onlyIfKnown?: boolean } = {},
  ): Promise<ArticleRecord> {
    const tx = this.db.transaction('articles', 'readwrite');
    let existing = await tx.store.get(identity.key);
    for (const alias of identity.aliases) {
      if (existing) break;
      existing = await tx.store.index('byAlias').get(alias);
    }
    const time = now.toISOString();
    const record: ArticleRecord = existing
      ? { ...existing, ...keepKnown(existing, facts), aliases: union(existing.aliases, identity.aliases), lastSeen: time }
      : { key: identity.key, url, aliases: union([identity.key], identity.aliases), ...facts, firstSeen: time, lastSeen: time };
    // A page seen without its facts (automatic restore, no highlight yet) is not worth keeping: the library
    // holds the articles a reader annotated, not a browsing history.
    const kept = existing !== undefined || !options.onlyIfKnown;
    if (kept) await tx.store.put(record);
    await tx.done;
    // Only a committed write reaches the search index (which the list, search and export read).
    if (kept) this.indexed((index) => index.putArticle(record));
    return record;
  }

  getArticle(key: string): Promise<ArticleRecord | undefined> {
    return this.db.get('articles', key);
  }

  async getAnnotation(id: string): Promise<Annotation | undefined> {
    const set = await this.db.getFromIndex('annotationSets', 'byId', id);
    return set?.annotations.find((a) => a.id === id);
  }

  /** The article's annotations in the order they were made. */
  async listAnnotations(articleKey: string): Promise<Annotation[]> {
    return (await this.db.get('annotationSets', articleKey))?.annotations ?? [];
  }

  async createAnnotation(articleKey: string, draft: AnnotationDraft, now: Date): Promise<Annotation> {
    const time = now.toISOString();
    const annotation: Annotation = {
      id: crypto.randomUUID(),
      articleKey,
      created: time,
      modified: time,
      color: draft.color,
      note: draft.note ?? '',
      tags: [],
      quote: draft.quote,
      selectors: draft.selectors,
      selectorVersion: SELECTOR_VERSION,
    };
    // A highlight never points at an article the library lacks (backups would refuse it): the first one on
    // a page not yet recorded records it, by its key, until the article's facts arrive.
    const tx = this.db.transaction(['articles', 'annotationSets'], 'readwrite');
    const articles = tx.objectStore('articles');
    let article: ArticleRecord | null = null;
    if ((await articles.getKey(articleKey)) === undefined) {
      article = { key: articleKey, url: articleKey, aliases: [articleKey], ...NO_FACTS, firstSeen: time, lastSeen: time };
      await articles.put(article);
    }
    const sets = tx.objectStore('annotationSets');
    await sets.put(withAnnotation(await sets.get(articleKey), annotation));
    await tx.done;
    if (article) this.indexed((index) => index.putArticle(article));
    this.indexed((index) => index.putAnnotation(annotation));
    return annotation;
  }

  /** Changes an annotation inside one transaction, so two tabs editing at once lose nothing. */
  async updateAnnotation(id: string, patch: AnnotationPatch, now: Date): Promise<Annotation> {
    const tx = this.db.transaction('annotationSets', 'readwrite');
    const set = await tx.store.index('byId').get(id);
    const current = set?.annotations.find((a) => a.id === id);
    if (!set || !current) throw new Error(`No highlight with id ${id}`);
    const next: Annotation = { ...current, ...patchedFields(patch), modified: now.toISOString() };
    await tx.store.put(withAnnotation(set, next));
    await tx.done;
    this.indexed((index) => index.putAnnotation(next));
    return next;
  }

  async deleteAnnotation(id: string): Promise<boolean> {
    const tx = this.db.transaction('annotationSets', 'readwrite');
    const set = await tx.store.index('byId').get(id);
    if (set) await putOrDelete(tx.store, set.articleKey, withoutAnnotation(set, id));
    await tx.done;
    const found = set !== undefined;
    this.indexed((index) => index.deleteAnnotation(id));
    return found;
  }

  /** Puts back an annotation as it was (undo of a delete). */
  async restoreAnnotation(annotation: Annotation): Promise<Annotation> {
    const tx = this.db.transaction('annotationSets', 'readwrite');
    // The id may still be stored, even under another article: it moves, as a single record's put would move it.
    const holder = await tx.store.index('byId').get(annotation.id);
    if (holder && holder.articleKey !== annotation.articleKey) await putOrDelete(tx.store, holder.articleKey, withoutAnnotation(holder, annotation.id));
    const target = holder?.articleKey === annotation.articleKey ? holder : await tx.store.get(annotation.articleKey);
    await tx.store.put(withAnnotation(target, annotation));
    await tx.done;
    this.indexed((index) => index.putAnnotation(annotation));
    return annotation;
  }

  /** Every article with its highlight count and last edit, for the library page's list. */
  async listArticles(): Promise<LibraryArticle[]> {
    return (await this.loadSearchIndex()).articleSummaries();
  }

  /** Every tag in use, alphabetically. */
  async listTags(): Promise<string[]> {
    return (await this.loadSearchIndex()).tags();
  }

  /**
   * All articles and annotations, or those of `articleKeys`: what exports and backups are made from. The whole
   * library comes from the search index when it is loaded (it holds every committed record, see `indexed`):
   * reading 10,000 records back out of IndexedDB takes about a second.
   */
  async snapshot(articleKeys?: string[]): Promise<Snapshot> {
    if (articleKeys === undefined && this.searchIndex) return (await this.searchIndex).records();
    return readSnapshot(this.db, articleKeys);
  }

  /** The whole library as a backup file's text, stamped `now`. */
  async exportBackup(now: Date): Promise<string> {
    // The backup puts the records in its own order, so those in memory are taken as they are.
    const { articles, annotations } = this.searchIndex ? (await this.searchIndex).records({ sorted: false }) : await readSnapshot(this.db);
    return serializeBackup(toBackup(articles, annotations, now));
  }

  /** Search across quotes, notes, tags, titles and sites, ignoring case and accents; newest edit first. */
  async search(query: string, filter: LibraryFilter = {}): Promise<SearchHit[]> {
    // Without words to look for, the filter's index finds the highlights without loading the whole library.
    if (queryTerms(query).length === 0 && !this.searchIndex) return readFiltered(this.db, filter);
    return (await this.loadSearchIndex()).search(query, filter);
  }

  /** Merges a validated backup, all or nothing. */
  async importBackup(backup: Backup): Promise<ImportSummary> {
    const { summary, written } = await importBackup(this.db, backup);
    // The records written, once committed, join the search index as any write does (nothing, if it failed).
    // A task later, so the reply goes first: folding the text of 10,000 records takes a moment the reader need not
    // wait for. Reads of the index wait for it, as for any write.
    this.indexed(async (index) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const article of written.articles) index.putArticle(article);
      for (const annotation of written.annotations) index.putAnnotation(annotation);
    });
    return summary;
  }

  private loadSearchIndex(): Promise<SearchIndex> {
    return (this.searchIndex ??= this.keepUnlessFailed(readSnapshot(this.db).then(({ articles, annotations }) => SearchIndex.build(articles, annotations))));
  }

  /**
   * Applies a committed write to the search index once it is loaded. A write that lands while the index is being
   * read is applied after the read; each change is idempotent, so applying one the read already saw is harmless.
   */
  private indexed(change: (index: SearchIndex) => void | Promise<void>): void {
    if (!this.searchIndex) return;
    this.searchIndex = this.keepUnlessFailed(
      this.searchIndex.then(async (index) => {
        await change(index);
        return index;
      }),
    );
  }

  /** A failed read of the index is forgotten, so the next search tries again instead of failing for good. */
  private keepUnlessFailed(index: Promise<SearchIndex>): Promise<SearchIndex> {
    index.catch(() => {
      if (this.searchIndex === index) this.searchIndex = null;
    });
    return index;
  }
}

const NO_FACTS: ArticleFacts = {
  title: null, byline: null, authors: [], siteName: null, publishedTime: null, modifiedTime: null,
  lang: null, dir: null, excerpt: null, leadImage: null, wordCount: 0, readingTimeMinutes: 0,
};

/** Writes what is left of an article's set, or deletes the set when nothing is. */
async function putOrDelete(store: { put(set: AnnotationSet): Promise<unknown>; delete(key: string): Promise<unknown> }, key: string, set: AnnotationSet | null): Promise<void> {
  if (set) await store.put(set);
  else await store.delete(key);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** A later visit where detection found less must not erase what an earlier visit found. */
function keepKnown(existing: ArticleRecord, facts: ArticleFacts): Partial<ArticleFacts> {
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(facts)) {
    const empty = value === null || value === 0 || (Array.isArray(value) && value.length === 0);
    merged[name] = empty ? existing[name as keyof ArticleFacts] : value;
  }
  return merged as Partial<ArticleFacts>;
}

/**
 * Only the fields a patch may change, so a message carrying extra fields cannot rewrite an id or move a
 * highlight to another article. A new place (quote and selectors) is stored in the current selector format.
 */
function patchedFields(patch: AnnotationPatch): Partial<Annotation> {
  const fields: Partial<Annotation> = {};
  if (patch.note !== undefined) fields.note = patch.note;
  if (patch.color !== undefined) fields.color = patch.color;
  if (patch.tags !== undefined) fields.tags = [...patch.tags];
  if (patch.quote !== undefined) fields.quote = patch.quote;
  if (patch.selectors !== undefined) {
    fields.selectors = patch.selectors;
    fields.selectorVersion = SELECTOR_VERSION;
  }
  return fields;
}
