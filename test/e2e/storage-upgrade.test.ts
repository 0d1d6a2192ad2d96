// The schema's upgrade ladder in real Chromium: a database as version 2 of the extension left it (one record per
// annotation), holding the records version 1 wrote, is opened by today's storage code through the test hooks, and
// every article and annotation is found again after the upgrade (each annotation in its article's set).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ArticleRecord } from '../../src/shared/model';
import { startHarness, type Harness } from './harness';

const v1 = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/db/library-v1.json', import.meta.url)), 'utf8')) as {
  articles: ArticleRecord[];
  annotations: Annotation[];
};

describe('upgrading a version-2 database in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.worker.evaluate('globalThis.__name = (fn) => fn');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('finds every article and annotation again, and each article\'s annotations under it', async () => {
    const found = await h.worker.evaluate(async ({ articles, annotations }) => {
      const name = 'version-2-library';
      // Version 2's stores and indexes, as its upgrade ladder made them.
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 2);
        open.onupgradeneeded = () => {
          const db = open.result;
          const articleStore = db.createObjectStore('articles', { keyPath: 'key' });
          articleStore.createIndex('byAlias', 'aliases', { multiEntry: true });
          articleStore.createIndex('byLastSeen', 'lastSeen');
          articleStore.createIndex('bySite', 'siteName');
          const annotationStore = db.createObjectStore('annotations', { keyPath: 'id' });
          annotationStore.createIndex('byArticle', 'articleKey');
          annotationStore.createIndex('byModified', 'modified');
          annotationStore.createIndex('byTag', 'tags', { multiEntry: true });
          annotationStore.createIndex('byColor', 'color');
          for (const a of articles) articleStore.put(a);
          for (const a of annotations) annotationStore.put(a);
        };
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      });
      type Hooks = { open(n: string): Promise<{ close(): void }>; handle(l: unknown, r: unknown): Promise<unknown>; deleteDatabase(n: string): Promise<void> };
      const storage = (globalThis as unknown as { marginalia: { storage: Hooks } }).marginalia.storage;
      const library = await storage.open(name);
      const snapshot = (await storage.handle(library, { type: 'library-snapshot' })) as { articles: ArticleRecord[]; annotations: Annotation[] };
      const perArticle: Record<string, string[]> = {};
      for (const article of articles) {
        const list = (await storage.handle(library, { type: 'annotations-list', articleKey: article.key })) as Annotation[];
        perArticle[article.key] = list.map((a) => a.id).sort();
      }
      library.close();
      const stores = await new Promise<string[]>((resolve) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => {
          resolve([String(open.result.version), ...[...open.result.objectStoreNames].sort()]);
          open.result.close();
        };
      });
      await storage.deleteDatabase(name);
      return { snapshot, perArticle, stores };
    }, v1);
    const byKey = <T>(list: T[], key: keyof T) => [...list].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
    expect(found.stores).toEqual(['3', 'annotationSets', 'articles']);
    expect(byKey(found.snapshot.articles, 'key')).toEqual(byKey(v1.articles, 'key'));
    expect(byKey(found.snapshot.annotations, 'id')).toEqual(byKey(v1.annotations, 'id'));
    for (const article of v1.articles) {
      expect(found.perArticle[article.key]).toEqual(v1.annotations.filter((a) => a.articleKey === article.key).map((a) => a.id).sort());
    }
  });
});
