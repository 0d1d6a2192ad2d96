import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { openDB, type IndexNames } from 'idb';
import { Library } from '../../../src/background/storage/library';
import { createVersion1, DB_VERSION, type LibrarySchema } from '../../../src/background/storage/schema';
import type { AnnotationSet } from '../../../src/background/storage/annotation-sets';
import type { Annotation, ArticleRecord } from '../../../src/shared/model';
import { at, facts, freshIndexedDb } from './helpers';

/** Records written by version 1 of the storage code (see test/fixtures/db/make-library-v1.ts). */
const v1 = JSON.parse(readFileSync(new URL('../../fixtures/db/library-v1.json', import.meta.url), 'utf8')) as {
  schemaVersion: number;
  articles: ArticleRecord[];
  annotations: Annotation[];
};

/** Re-creates the version-1 database: the v1 rung of the ladder, then the fixture's records. */
async function writeVersion1Database(name: string): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (raw) => createVersion1(raw) });
  const tx = db.transaction(['articles', 'annotations'], 'readwrite');
  await Promise.all([...v1.articles.map((a) => tx.objectStore('articles').put(a)), ...v1.annotations.map((a) => tx.objectStore('annotations').put(a))]);
  await tx.done;
  db.close();
}

describe('the schema upgrade', () => {
  beforeEach(freshIndexedDb);

  it('starts from a fixture made by the version-1 code', () => {
    expect(v1.schemaVersion).toBe(1);
    expect(v1.articles.length).toBeGreaterThan(1);
    expect(v1.annotations.length).toBeGreaterThan(2);
  });

  it('finds every record of a version-1 database after upgrading it', async () => {
    await writeVersion1Database('old');
    const library = await Library.open('old');
    const snapshot = await library.snapshot();
    expect(sortById(snapshot.articles, 'key')).toEqual(sortById(v1.articles, 'key'));
    expect(sortById(snapshot.annotations, 'id')).toEqual(sortById(v1.annotations, 'id'));
    for (const article of v1.articles) {
      const expected = v1.annotations.filter((a) => a.articleKey === article.key).map((a) => a.id).sort();
      expect((await library.listAnnotations(article.key)).map((a) => a.id).sort()).toEqual(expected);
    }
    library.close();
    const db = await openDB('old');
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  it('fills the new indexes from the records already stored', async () => {
    await writeVersion1Database('old');
    const library = await Library.open('old');
    const blue = v1.annotations.filter((a) => a.color === 'blue');
    expect((await library.search('', { color: 'blue' })).map((hit) => hit.annotation.id)).toEqual(blue.map((a) => a.id));
    const onSite = v1.annotations.filter((a) => v1.articles.find((x) => x.key === a.articleKey)?.siteName === 'Example News');
    expect((await library.search('', { site: 'Example News' })).length).toBe(onSite.length);
    library.close();
  });

  it('moves each annotation into its article\'s set, which later writes keep using', async () => {
    await writeVersion1Database('old');
    const library = await Library.open('old');
    const [first] = v1.annotations;
    await library.updateAnnotation(first!.id, { note: 'edited after the upgrade' }, at('2026-03-01T00:00:00Z'));
    expect((await library.getAnnotation(first!.id))?.note).toBe('edited after the upgrade');
    library.close();
    const db = await openDB('old');
    expect([...db.objectStoreNames].sort()).toEqual(['annotationSets', 'articles']);
    const sets = (await db.getAll('annotationSets')) as AnnotationSet[];
    expect(sets.map((set) => set.articleKey).sort()).toEqual([...new Set(v1.annotations.map((a) => a.articleKey))].sort());
    for (const set of sets) expect(set.annotations.every((a) => a.articleKey === set.articleKey)).toBe(true);
    expect(sets.flatMap((set) => set.ids).sort()).toEqual(v1.annotations.map((a) => a.id).sort());
    db.close();
  });

  it('still finds an upgraded article under its alias', async () => {
    await writeVersion1Database('old');
    const library = await Library.open('old');
    const withAlias = v1.articles.find((a) => a.aliases.length > 1)!;
    const alias = withAlias.aliases.find((a) => a !== withAlias.key)!;
    const seen = await library.recordVisit({ key: alias, aliases: [alias] }, alias, facts({ title: null }), at('2026-02-01T00:00:00Z'));
    expect(seen.key).toBe(withAlias.key);
    library.close();
  });

  it('names its stores and indexes in one typed schema', () => {
    expectTypeOf<IndexNames<LibrarySchema, 'annotationSets'>>().toEqualTypeOf<'byId' | 'byModified' | 'byTag'>();
    expectTypeOf<IndexNames<LibrarySchema, 'articles'>>().toEqualTypeOf<'byAlias' | 'byLastSeen' | 'bySite'>();
    expectTypeOf<LibrarySchema['annotationSets']['value']['annotations']>().toEqualTypeOf<Annotation[]>();
  });
});

function sortById<T>(records: T[], key: keyof T): T[] {
  return [...records].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
}
