import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../src/background/storage/library';
import { toBackup } from '../../../src/export/backup';
import { annotation, article, at, draft, facts, freshIndexedDb } from './helpers';

const STORY = 'https://news.example/story';
const AMP = 'https://amp.news.example/story';

describe('Library', () => {
  let library: Library;
  beforeEach(async () => {
    freshIndexedDb();
    library = await Library.open('test');
  });
  afterEach(() => library.close());

  describe('recordVisit', () => {
    it('keeps no record of a page seen without its facts until something is annotated there', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-01T10:00:00Z'), { onlyIfKnown: true });
      expect(await library.getArticle(STORY)).toBeUndefined();
      await library.createAnnotation(STORY, draft('a quote'), at('2026-01-01T10:01:00Z'));
      expect(await library.getArticle(STORY)).toMatchObject({ key: STORY, title: null, aliases: [STORY] });
      const seen = await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-02T10:00:00Z'), { onlyIfKnown: true });
      expect((await library.getArticle(STORY))?.lastSeen).toBe(seen.lastSeen);
      expect(seen.lastSeen).toBe('2026-01-02T10:00:00.000Z');
    });

    it('creates an article whose aliases hold its key and every URL it was seen under', async () => {
      const article = await library.recordVisit({ key: STORY, aliases: [STORY, AMP] }, `${STORY}?utm_source=x`, facts(), at('2026-01-01T10:00:00Z'));
      expect(article).toMatchObject({ key: STORY, url: `${STORY}?utm_source=x`, aliases: [STORY, AMP], firstSeen: '2026-01-01T10:00:00.000Z' });
      expect(await library.getArticle(STORY)).toEqual(article);
    });

    it('finds an article seen under another URL, so its annotations come back there', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY, AMP] }, STORY, facts(), at('2026-01-01T10:00:00Z'));
      await library.createAnnotation(STORY, draft('a quote'), at('2026-01-01T10:01:00Z'));
      const again = await library.recordVisit({ key: AMP, aliases: [AMP, 'https://news.example/story-amp'] }, AMP, facts(), at('2026-01-02T10:00:00Z'));
      expect(again.key).toBe(STORY);
      expect(again.aliases).toEqual([STORY, AMP, 'https://news.example/story-amp']);
      expect((await library.listAnnotations(again.key)).map((a) => a.quote)).toEqual(['a quote']);
    });

    it('keeps what an earlier visit found when a later one finds less', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts({ title: 'Known title', wordCount: 800 }), at('2026-01-01T10:00:00Z'));
      const later = await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts({ title: null, wordCount: 0 }), at('2026-01-03T10:00:00Z'));
      expect(later).toMatchObject({ title: 'Known title', wordCount: 800, firstSeen: '2026-01-01T10:00:00.000Z', lastSeen: '2026-01-03T10:00:00.000Z' });
    });
  });

  describe('annotations', () => {
    it('lists an article\'s annotations in the order they were made', async () => {
      const second = await library.createAnnotation(STORY, draft('second'), at('2026-01-01T10:02:00Z'));
      const first = await library.createAnnotation(STORY, draft('first', { note: 'a note', color: 'blue' }), at('2026-01-01T10:01:00Z'));
      await library.createAnnotation('https://other.example/', draft('elsewhere'), at('2026-01-01T10:03:00Z'));
      expect(await library.listAnnotations(STORY)).toEqual([first, second]);
      expect(first).toMatchObject({ note: 'a note', color: 'blue', tags: [], selectorVersion: 1, created: first.modified });
    });

    it('updates note, colour and tags and stamps the edit', async () => {
      const made = await library.createAnnotation(STORY, draft('q'), at('2026-01-01T10:00:00Z'));
      const edited = await library.updateAnnotation(made.id, { note: 'why', color: 'green', tags: ['x'] }, at('2026-01-01T11:00:00Z'));
      expect(edited).toMatchObject({ note: 'why', color: 'green', tags: ['x'], modified: '2026-01-01T11:00:00.000Z', created: made.created });
      expect(await library.listAnnotations(STORY)).toEqual([edited]);
    });

    it('re-attaches an orphan to a new quote and selectors', async () => {
      const made = await library.createAnnotation(STORY, draft('old words'), at('2026-01-01T10:00:00Z'));
      const selectors = [{ type: 'TextQuoteSelector' as const, exact: 'new words' }, { type: 'TextPositionSelector' as const, start: 5, end: 14 }];
      const moved = await library.updateAnnotation(made.id, { quote: 'new words', selectors }, at('2026-01-01T11:00:00Z'));
      expect(moved).toMatchObject({ id: made.id, quote: 'new words', selectors, note: '' });
    });

    it('ignores fields a patch may not change (id, article)', async () => {
      const made = await library.createAnnotation(STORY, draft('q'), at('2026-01-01T10:00:00Z'));
      const patch = { note: 'n', id: 'other', articleKey: 'https://evil.example/' } as never;
      const edited = await library.updateAnnotation(made.id, patch, at('2026-01-01T11:00:00Z'));
      expect(edited).toMatchObject({ id: made.id, articleKey: STORY, note: 'n' });
    });

    it('refuses to update a highlight that does not exist', async () => {
      await expect(library.updateAnnotation('missing', { note: 'n' }, at('2026-01-01T11:00:00Z'))).rejects.toThrow(/No highlight/);
    });

    it('deletes a highlight and restores it as it was', async () => {
      const made = await library.createAnnotation(STORY, draft('q', { note: 'keep me' }), at('2026-01-01T10:00:00Z'));
      expect(await library.deleteAnnotation(made.id)).toBe(true);
      expect(await library.deleteAnnotation(made.id)).toBe(false);
      expect(await library.listAnnotations(STORY)).toEqual([]);
      await library.restoreAnnotation(made);
      expect(await library.listAnnotations(STORY)).toEqual([made]);
    });

    it('keeps each article\'s highlights apart, in the order they were made, and an id in one article only', async () => {
      const first = await library.createAnnotation(STORY, draft('first'), at('2026-01-01T10:00:00Z'));
      const other = await library.createAnnotation(AMP, draft('elsewhere'), at('2026-01-01T11:00:00Z'));
      const second = await library.createAnnotation(STORY, draft('second'), at('2026-01-01T12:00:00Z'));
      expect((await library.listAnnotations(STORY)).map((a) => a.quote)).toEqual(['first', 'second']);
      expect(await library.getAnnotation(other.id)).toEqual(other);
      // Put back under another article (an undo from a page since re-keyed): it moves, it is not copied.
      await library.restoreAnnotation({ ...first, articleKey: AMP });
      expect((await library.listAnnotations(STORY)).map((a) => a.id)).toEqual([second.id]);
      expect((await library.listAnnotations(AMP)).map((a) => a.id).sort()).toEqual([first.id, other.id].sort());
      expect((await library.snapshot()).annotations.filter((a) => a.id === first.id)).toHaveLength(1);
    });
  });

  describe('listArticles', () => {
    it('gives every article with its highlight count and last edit, most recently annotated first', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-01T10:00:00Z'));
      await library.recordVisit({ key: 'https://b.example/x', aliases: ['https://b.example/x'] }, 'https://b.example/x', facts(), at('2026-01-01T10:00:00Z'));
      await library.recordVisit({ key: 'https://c.example/y', aliases: ['https://c.example/y'] }, 'https://c.example/y', facts(), at('2026-01-05T10:00:00Z'));
      const a = await library.createAnnotation(STORY, draft('one'), at('2026-01-01T10:01:00Z'));
      await library.createAnnotation(STORY, draft('two'), at('2026-01-01T10:02:00Z'));
      await library.createAnnotation('https://b.example/x', draft('three'), at('2026-01-02T10:00:00Z'));
      await library.updateAnnotation(a.id, { note: 'late edit' }, at('2026-01-03T10:00:00Z'));
      const list = await library.listArticles();
      expect(list.map((s) => [s.article.key, s.annotationCount, s.lastAnnotated])).toEqual([
        [STORY, 2, '2026-01-03T10:00:00.000Z'],
        ['https://b.example/x', 1, '2026-01-02T10:00:00.000Z'],
        ['https://c.example/y', 0, null],
      ]);
    });

    it('follows writes made after it was first read', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-01T10:00:00Z'));
      expect((await library.listArticles())[0]?.annotationCount).toBe(0);
      const made = await library.createAnnotation(STORY, draft('one'), at('2026-01-01T10:01:00Z'));
      expect((await library.listArticles())[0]?.annotationCount).toBe(1);
      await library.deleteAnnotation(made.id);
      expect((await library.listArticles())[0]?.annotationCount).toBe(0);
    });
  });

  describe('snapshot', () => {
    it('holds every record, or only the selected articles with their annotations', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-01T10:00:00Z'));
      await library.recordVisit({ key: 'https://b.example/x', aliases: ['https://b.example/x'] }, 'https://b.example/x', facts(), at('2026-01-01T10:00:00Z'));
      const mine = await library.createAnnotation(STORY, draft('one'), at('2026-01-01T10:01:00Z'));
      await library.createAnnotation('https://b.example/x', draft('two'), at('2026-01-01T10:02:00Z'));
      const all = await library.snapshot();
      expect([all.articles.length, all.annotations.length]).toEqual([2, 2]);
      const some = await library.snapshot([STORY, 'https://unknown.example/']);
      expect(some.articles.map((a) => a.key)).toEqual([STORY]);
      expect(some.annotations).toEqual([mine]);
    });

    it('gives the same records from memory, once the list has loaded them, as the database holds', async () => {
      await library.recordVisit({ key: STORY, aliases: [STORY] }, STORY, facts(), at('2026-01-01T10:00:00Z'));
      await library.listArticles(); // loads the records into memory; the writes below must follow
      await library.recordVisit({ key: AMP, aliases: [AMP] }, AMP, facts({ title: 'Later' }), at('2026-01-02T10:00:00Z'));
      const kept = await library.createAnnotation(STORY, draft('kept'), at('2026-01-02T10:01:00Z'));
      const gone = await library.createAnnotation(STORY, draft('deleted'), at('2026-01-02T10:02:00Z'));
      await library.createAnnotation('https://new.example/first-highlight', draft('records its article'), at('2026-01-02T10:03:00Z'));
      await library.updateAnnotation(kept.id, { note: 'edited', tags: ['t'] }, at('2026-01-03T10:00:00Z'));
      await library.deleteAnnotation(gone.id);
      const restored = await library.createAnnotation(AMP, draft('restored'), at('2026-01-03T10:01:00Z'));
      await library.deleteAnnotation(restored.id);
      await library.restoreAnnotation(restored);
      await library.recordVisit({ key: 'https://skipped.example/', aliases: ['https://skipped.example/'] }, 'https://skipped.example/', facts(), at('2026-01-04T10:00:00Z'), { onlyIfKnown: true });
      // An import adds an article and a highlight and brings a newer edit of one the library has.
      const imported = 'https://imported.example/story';
      const newerKept = { ...(await library.getAnnotation(kept.id))!, note: 'edited elsewhere, later', modified: '2026-01-05T00:00:00.000Z' };
      await library.importBackup(toBackup([article(imported), (await library.getArticle(STORY))!], [annotation('from-file', imported), newerKept], at('2026-01-06T00:00:00Z')));

      const fromMemory = await library.snapshot();
      const fresh = await Library.open('test'); // no records in memory: reads the database
      try {
        expect(fromMemory).toEqual(await fresh.snapshot());
        expect(fromMemory.annotations.map((a) => a.quote).sort()).toEqual(['kept', 'quote from-file', 'records its article', 'restored']);
        expect(fromMemory.annotations.find((a) => a.id === kept.id)?.note).toBe('edited elsewhere, later');
        expect(await library.exportBackup(at('2026-02-01T00:00:00Z'))).toBe(await fresh.exportBackup(at('2026-02-01T00:00:00Z')));
      } finally {
        fresh.close();
      }
    });
  });
});
