// A fresh fake IndexedDB per test, and small builders of the records the library stores.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';
import type { AnnotationDraft } from '../../../src/shared/messages';
import type { ArticleFacts } from '../../../src/background/storage/library';

/** Replaces the global IndexedDB with an empty one, so no test sees another's records. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

export function facts(overrides: Partial<ArticleFacts> = {}): ArticleFacts {
  return {
    title: 'A story', byline: null, authors: [], siteName: 'Example News', publishedTime: null, modifiedTime: null,
    lang: 'en', dir: 'ltr', excerpt: null, leadImage: null, wordCount: 500, readingTimeMinutes: 2, ...overrides,
  };
}

export function draft(quote: string, overrides: Partial<AnnotationDraft> = {}): AnnotationDraft {
  return { quote, selectors: [{ type: 'TextQuoteSelector', exact: quote }], color: 'yellow', ...overrides };
}

export function article(key: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    key, url: key, aliases: [key], ...facts(), firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-01T00:00:00.000Z', ...overrides,
  };
}

export function annotation(id: string, articleKey: string, overrides: Partial<Annotation> = {}): Annotation {
  return {
    id, articleKey, created: '2026-01-02T00:00:00.000Z', modified: '2026-01-02T00:00:00.000Z', color: 'yellow', note: '', tags: [],
    quote: `quote ${id}`, selectors: [{ type: 'TextQuoteSelector', exact: `quote ${id}` }], selectorVersion: 1, ...overrides,
  };
}

export const at = (iso: string): Date => new Date(iso);
