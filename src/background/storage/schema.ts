// The one database schema, and its upgrade ladder. An upgrade never loses a record.
//   v1: articles by key, alias and last visit; annotations by id, article, modification time and tag.
//   v2: annotations by colour and articles by site, for the library page's filters (library-search with
//       a filter and no text reads only the matching records instead of the whole library).
//   v3: an article's annotations are stored together as one record (see annotation-sets.ts), keyed by the article
//       and indexed by each annotation's id and tag and by its latest edit: the whole library is a tenth as many
//       records, which is what an import or a full read costs in Chromium. Every annotation of v2's store moves
//       into its article's set in the upgrade's own transaction, so it moves whole or not at all.
import { unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Annotation, ArticleRecord } from '../../shared/model';
import { annotationSet, groupByArticle, type AnnotationSet } from './annotation-sets';

export const DB_NAME = 'marginalia';
export const DB_VERSION = 3;

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byAlias: string; byLastSeen: string; bySite: string };
  };
  annotationSets: {
    key: string;
    value: AnnotationSet;
    indexes: { byId: string; byModified: string; byTag: string };
  };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;
/** The rungs also see stores of older versions that the current schema no longer has. */
type AnyVersionDb = IDBPDatabase<unknown>;
type AnyVersionTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/** Brings a database at `oldVersion` up to DB_VERSION, one rung at a time. */
export function upgradeLibrary(db: LibraryDb, oldVersion: number, _newVersion: number | null, tx: UpgradeTransaction): void {
  const anyDb = db as unknown as AnyVersionDb;
  const anyTx = tx as unknown as AnyVersionTransaction;
  if (oldVersion < 1) createVersion1(anyDb);
  if (oldVersion < 2) addVersion2Indexes(anyTx);
  if (oldVersion < 3) moveAnnotationsIntoSets(anyDb, anyTx);
}

/**
 * The first schema, exactly as version 1 of the extension created it. Kept callable on its own so tests can
 * build a version-1 database from a fixture and watch the ladder upgrade it.
 */
export function createVersion1(db: AnyVersionDb): void {
  const articles = db.createObjectStore('articles', { keyPath: 'key' });
  articles.createIndex('byAlias', 'aliases', { multiEntry: true });
  articles.createIndex('byLastSeen', 'lastSeen');
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('byArticle', 'articleKey');
  annotations.createIndex('byModified', 'modified');
  annotations.createIndex('byTag', 'tags', { multiEntry: true });
}

/** Version 2 only adds indexes; IndexedDB fills them from the records already stored. */
function addVersion2Indexes(tx: AnyVersionTransaction): void {
  tx.objectStore('annotations').createIndex('byColor', 'color');
  // An article without a site name (null) is simply absent from this index.
  tx.objectStore('articles').createIndex('bySite', 'siteName');
}

/**
 * Version 3: the annotations store becomes one set per article. Its records are read, the store is replaced and
 * the sets are written, all in the upgrade's transaction (raw requests with callbacks, which keep it active): if
 * any step fails the transaction aborts and the database stays at version 2 with every record.
 */
function moveAnnotationsIntoSets(db: AnyVersionDb, tx: AnyVersionTransaction): void {
  const read = unwrap(tx.objectStore('annotations')).getAll();
  read.onsuccess = () => {
    const annotations = read.result as Annotation[];
    db.deleteObjectStore('annotations');
    const sets = db.createObjectStore('annotationSets', { keyPath: 'articleKey' });
    // Unique: an id lives in one set only, so a write that would copy it elsewhere fails instead.
    sets.createIndex('byId', 'ids', { multiEntry: true, unique: true });
    sets.createIndex('byModified', 'modified');
    sets.createIndex('byTag', 'tags', { multiEntry: true });
    const raw = unwrap(sets);
    for (const [articleKey, list] of groupByArticle(annotations)) raw.put(annotationSet(articleKey, list));
  };
}
