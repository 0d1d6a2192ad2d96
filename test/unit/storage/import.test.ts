import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleRequest } from '../../../src/background/handle-request';
import { Library } from '../../../src/background/storage/library';
import { serializeBackup, toBackup } from '../../../src/export/backup';
import type { Annotation, Backup } from '../../../src/shared/model';
import type { ReplyTo, Request } from '../../../src/shared/messages';
import { annotation, article, at, draft, facts, freshIndexedDb } from './helpers';
import { failingWrites } from './failing-writes';
import { makeBenchLibrary } from '../../fixtures/db/bench-library';

const EXAMPLE = readFileSync(new URL('../../fixtures/backup-example.json', import.meta.url), 'utf8');
const NOW = at('2026-03-01T12:00:00Z');

describe('backup-import', () => {
  let library: Library;
  const send = <R extends Request>(request: R): Promise<ReplyTo[R['type']]> => handleRequest({ library: async () => library, now: () => NOW }, request);
  const importText = (text: string) => send({ type: 'backup-import', text });
  /** As the library page imports in Chromium: the chosen file itself, read by the background. */
  const importFile = (text: string) => send({ type: 'backup-import-file', file: new Blob([text], { type: 'application/json' }) });
  const exportText = async () => {
    const { articles, annotations } = await send({ type: 'library-snapshot' });
    return serializeBackup(toBackup(articles, annotations, NOW));
  };

  beforeEach(async () => {
    freshIndexedDb();
    library = await Library.open('test');
  });
  afterEach(() => library.close());

  it('adds every record of a backup to an empty library', async () => {
    const backup = JSON.parse(EXAMPLE) as Backup;
    const summary = await importText(EXAMPLE);
    expect(summary).toEqual({ articlesAdded: backup.articles.length, articlesUpdated: 0, annotationsAdded: backup.annotations.length, annotationsUpdated: 0, unchanged: 0 });
    const snapshot = await send({ type: 'library-snapshot' });
    expect(snapshot.articles.length).toBe(backup.articles.length);
    expect(snapshot.annotations.length).toBe(backup.annotations.length);
  });

  it('changes nothing when the same file is imported twice', async () => {
    await importText(EXAMPLE);
    const before = await exportText();
    const backup = JSON.parse(EXAMPLE) as Backup;
    expect(await importText(EXAMPLE)).toEqual({ articlesAdded: 0, articlesUpdated: 0, annotationsAdded: 0, annotationsUpdated: 0, unchanged: backup.articles.length + backup.annotations.length });
    expect(await exportText()).toBe(before);
  });

  it('imports the chosen file as it imports its text', async () => {
    const backup = JSON.parse(EXAMPLE) as Backup;
    expect(await importFile(EXAMPLE)).toMatchObject({ articlesAdded: backup.articles.length, annotationsAdded: backup.annotations.length });
    expect(await importText(EXAMPLE)).toMatchObject({ articlesAdded: 0, annotationsAdded: 0, annotationsUpdated: 0 });
    expect(await exportText()).toBe(serializeBackup({ ...backup, exportedAt: NOW.toISOString() }));
  });

  it('refuses a file over 50 MB by its size, without reading it', async () => {
    let read = false;
    const huge = Object.defineProperties(new Blob(['{}']), {
      size: { value: 60 * 1024 * 1024 },
      text: { value: async () => ((read = true), '{}') },
    });
    await expect(send({ type: 'backup-import-file', file: huge })).rejects.toThrow(/too large \(60\.0 MB\)/);
    expect(read).toBe(false);
  });

  it('moves an annotation the file files under another article, leaving one copy', async () => {
    const [a, b] = ['https://a.example/story', 'https://b.example/story'];
    await importText(serializeBackup(toBackup([article(a), article(b)], [annotation('moved', a)], NOW)));
    const later = annotation('moved', b, { modified: '2026-02-01T00:00:00.000Z', note: 'filed under b' });
    expect(await importText(serializeBackup(toBackup([article(b)], [later], NOW)))).toMatchObject({ annotationsUpdated: 1 });
    expect(await library.listAnnotations(a)).toEqual([]);
    expect((await library.listAnnotations(b)).map((x) => x.note)).toEqual(['filed under b']);
    expect((await library.getAnnotation('moved'))?.articleKey).toBe(b);
  });

  it('exports, imports into an empty library and exports the same bytes', async () => {
    await importText(EXAMPLE);
    const first = await exportText();
    library.close();
    freshIndexedDb();
    library = await Library.open('test');
    await importText(first);
    expect(await exportText()).toBe(first);
  });

  it('backup-export gives the finished file, which imports into an empty library and exports to the same bytes', async () => {
    await importText(EXAMPLE);
    const first = await send({ type: 'backup-export' });
    expect(first.exportedAt).toBe(NOW.toISOString());
    expect(first.text).toBe(await exportText());
    library.close();
    freshIndexedDb();
    library = await Library.open('test');
    await library.listArticles(); // this time the records come from memory
    await importText(first.text);
    expect((await send({ type: 'backup-export' })).text).toBe(first.text);
  });

  it('keeps the newer edit of an annotation, whichever side has it, and unions aliases', async () => {
    const key = 'https://news.example/story';
    await library.recordVisit({ key, aliases: [key, 'https://amp.news.example/story'] }, key, facts(), at('2026-01-01T00:00:00Z'));
    const older = await library.createAnnotation(key, draft('kept from the library'), at('2026-01-01T00:00:00Z'));
    const newer = await library.createAnnotation(key, draft('replaced by the file'), at('2026-01-01T00:00:00Z'));
    await library.updateAnnotation(older.id, { note: 'edited in the library, later' }, at('2026-02-01T00:00:00Z'));
    const file = toBackup(
      [article(key, { aliases: [key, 'https://news.example/story/amp'], firstSeen: '2025-12-01T00:00:00.000Z' })],
      [
        { ...older, note: 'older note from the file', modified: '2026-01-15T00:00:00.000Z' },
        { ...newer, note: 'newer note from the file', modified: '2026-01-20T00:00:00.000Z' },
        annotation('new-one', key, { quote: 'only in the file' }),
      ],
      NOW,
    );
    const summary = await importText(serializeBackup(file));
    expect(summary).toEqual({ articlesAdded: 0, articlesUpdated: 1, annotationsAdded: 1, annotationsUpdated: 1, unchanged: 1 });
    const notes = Object.fromEntries((await library.listAnnotations(key)).map((a) => [a.id, a.note]));
    expect(notes).toEqual({ [older.id]: 'edited in the library, later', [newer.id]: 'newer note from the file', 'new-one': '' });
    const stored = await library.getArticle(key);
    expect(stored?.aliases).toEqual([key, 'https://amp.news.example/story', 'https://news.example/story/amp']);
    expect(stored?.firstSeen).toBe('2025-12-01T00:00:00.000Z');
  });

  it('files an article the library knows under another URL under the library\'s key, with its annotations', async () => {
    const key = 'https://news.example/story';
    const oldKey = 'https://news.example/story?id=7';
    await library.recordVisit({ key, aliases: [key, oldKey] }, key, facts(), at('2026-01-01T00:00:00Z'));
    const mine = await library.createAnnotation(key, draft('made here'), at('2026-01-01T00:01:00Z'));
    const file = serializeBackup(toBackup([article(oldKey, { aliases: [oldKey, 'https://amp.news.example/story'] })], [annotation('from-file', oldKey)], NOW));
    expect(await importText(file)).toMatchObject({ articlesAdded: 0, articlesUpdated: 1, annotationsAdded: 1 });
    const { articles } = await send({ type: 'library-snapshot' });
    expect(articles.map((a) => [a.key, a.aliases])).toEqual([[key, [key, oldKey, 'https://amp.news.example/story']]]);
    expect((await library.listAnnotations(key)).map((a) => a.id).sort()).toEqual(['from-file', mine.id].sort());
    expect(await importText(file)).toMatchObject({ articlesAdded: 0, articlesUpdated: 0, annotationsAdded: 0, annotationsUpdated: 0 });
  });

  it('merges a large file the same way (records read back in bulk)', async () => {
    const generated = makeBenchLibrary(60, 600);
    const text = serializeBackup(toBackup(generated.articles, generated.annotations, NOW));
    expect((await importText(text)).annotationsAdded).toBe(600);
    expect(await importText(text)).toEqual({ articlesAdded: 0, articlesUpdated: 0, annotationsAdded: 0, annotationsUpdated: 0, unchanged: 660 });
    const edited = generated.annotations.map((a, i) => (i < 10 ? { ...a, note: 'edited later', modified: '2030-01-01T00:00:00.000Z' } : a));
    const summary = await importText(serializeBackup(toBackup(generated.articles, edited, NOW)));
    expect(summary).toMatchObject({ annotationsUpdated: 10, unchanged: 650 });
    expect((await library.search('', {})).filter((hit) => hit.annotation.note === 'edited later').length).toBe(10);
  });

  it('makes imported highlights findable by search and in the article list', async () => {
    await library.listArticles(); // the in-memory index is loaded before the import
    await importText(EXAMPLE);
    const backup = JSON.parse(EXAMPLE) as Backup;
    expect((await send({ type: 'library-articles' })).length).toBe(backup.articles.length);
    const word = backup.annotations[0]!.quote.split(/\s+/).find((w) => w.length > 4)!;
    expect((await send({ type: 'library-search', query: word })).hits.length).toBeGreaterThan(0);
  });

  describe('refuses a malformed file whole, with a message, writing nothing', () => {
    // Each message names the problem and its place: a line and column, a field's path, the size.
    const cases: Array<[string, string, RegExp]> = [
      ['not JSON', 'hello', /not JSON.*line 1, column 1/],
      ['truncated', EXAMPLE.slice(0, EXAMPLE.length / 2), /not JSON.*line \d+, column \d+: expected .*found the end of the file/s],
      ['a newer version', EXAMPLE.replace('"version": 1', '"version": 2'), /version 2, made by a newer version/],
      ['a version that never existed', EXAMPLE.replace('"version": 1', '"version": 0'), /version: 0 is not a backup version/],
      ['another format', EXAMPLE.replace('"marginalia-backup"', '"other-app"'), /format: expected "marginalia-backup", found "other-app"/],
      ['a missing field', edited(EXAMPLE, (b) => delete (b.annotations[1] as Partial<Annotation>).quote), /backup\.annotations\[1\]\.quote: missing/],
      ['a mistyped field', EXAMPLE.replace(/"color": "[a-z]+"/, '"color": 7'), /backup\.annotations\[0\]\.color: expected one of .*found 7/],
      ['a duplicate id', duplicateFirstAnnotation(EXAMPLE), /backup\.annotations\[\d+\]\.id: duplicate of annotations\[0\]\.id/],
      ['over 50 MB', ' '.repeat(50 * 1024 * 1024 + 1), /too large \(50\.0 MB\)/],
    ];
    for (const [what, text, message] of cases) {
      it(`${what}`, async () => {
        await expect(importText(text)).rejects.toThrow(message);
        expect(await send({ type: 'library-snapshot' })).toEqual({ articles: [], annotations: [] });
      });
      it(`${what}, as a file`, async () => {
        await expect(importFile(text)).rejects.toThrow(message);
        expect(await send({ type: 'library-snapshot' })).toEqual({ articles: [], annotations: [] });
      });
    }
  });

  it('writes nothing when the disk fills in the middle of an import', async () => {
    const restore = failingWrites('put', 7);
    try {
      await expect(importText(EXAMPLE)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      restore();
    }
    expect(await send({ type: 'library-snapshot' })).toEqual({ articles: [], annotations: [] });
    expect((await importText(EXAMPLE)).annotationsAdded).toBeGreaterThan(0);
  });
});

function edited(text: string, edit: (backup: Backup) => void): string {
  const backup = JSON.parse(text) as Backup;
  edit(backup);
  return JSON.stringify(backup, null, 2);
}

function duplicateFirstAnnotation(text: string): string {
  const backup = JSON.parse(text) as Backup;
  backup.annotations.push(backup.annotations[0]!);
  return JSON.stringify(backup, null, 2);
}
