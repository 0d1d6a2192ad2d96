// The one database schema, and its upgrade ladder. Every version adds; nothing is deleted by an upgrade.
//   v1: articles by key, alias and last visit; annotations by id, article, modification time and tag.
//   v2: annotations by colour and articles by site, for the library page's filters (library-search with
//       a filter and no text reads only the matching records instead of the whole library).
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Annotation, ArticleRecord } from '../../shared/model';

export const DB_NAME = 'marginalia';
export const DB_VERSION = 2;

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byAlias: string; byLastSeen: string; bySite: string };
  };
  annotations: {
    key: string;
    value: Annotation;
    indexes: { byArticle: string; byModified: string; byTag: string; byColor: string };
  };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type UpgradeTransaction = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>;

/** Brings a database at `oldVersion` up to DB_VERSION, one rung at a time. */
export function upgradeLibrary(db: LibraryDb, oldVersion: number, _newVersion: number | null, tx: UpgradeTransaction): void {
  if (oldVersion < 1) createVersion1(db);
  if (oldVersion < 2) addVersion2Indexes(tx);
}

/**
 * The first schema, exactly as version 1 of the extension created it. Kept callable on its own so tests can
 * build a version-1 database from a fixture and watch the ladder upgrade it.
 */
export function createVersion1(db: LibraryDb): void {
  const articles = db.createObjectStore('articles', { keyPath: 'key' });
  articles.createIndex('byAlias', 'aliases', { multiEntry: true });
  articles.createIndex('byLastSeen', 'lastSeen');
  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('byArticle', 'articleKey');
  annotations.createIndex('byModified', 'modified');
  annotations.createIndex('byTag', 'tags', { multiEntry: true });
}

/** Version 2 only adds indexes; IndexedDB fills them from the records already stored. */
function addVersion2Indexes(tx: UpgradeTransaction): void {
  tx.objectStore('annotations').createIndex('byColor', 'color');
  // An article without a site name (null) is simply absent from this index.
  tx.objectStore('articles').createIndex('bySite', 'siteName');
}
