// The one database schema, and its upgrade ladder. Every version adds; nothing is deleted by an upgrade.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Annotation, ArticleRecord } from '../../shared/model';

export const DB_NAME = 'marginalia';
export const DB_VERSION = 1;

export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { byAlias: string; byLastSeen: string };
  };
  annotations: {
    key: string;
    value: Annotation;
    indexes: { byArticle: string; byModified: string; byTag: string };
  };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;

/** Brings a database at `oldVersion` up to DB_VERSION, one rung at a time. */
export function upgradeLibrary(
  db: LibraryDb,
  oldVersion: number,
  _newVersion: number | null,
  _tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>,
): void {
  if (oldVersion < 1) {
    const articles = db.createObjectStore('articles', { keyPath: 'key' });
    articles.createIndex('byAlias', 'aliases', { multiEntry: true });
    articles.createIndex('byLastSeen', 'lastSeen');
    const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
    annotations.createIndex('byArticle', 'articleKey');
    annotations.createIndex('byModified', 'modified');
    annotations.createIndex('byTag', 'tags', { multiEntry: true });
  }
}
