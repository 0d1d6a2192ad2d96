import { describe, expect, it } from 'vitest';
import { adoptKnownArticles } from '../../../src/background/storage/adopt-known-articles';
import { toBackup } from '../../../src/export/backup';
import { annotation, article } from './helpers';

const KEY = 'https://news.example/story';
const stored = [article(KEY, { aliases: [KEY, 'https://news.example/story?id=7', 'https://amp.news.example/story'] })];
const NOW = new Date('2026-03-01T00:00:00Z');

describe('adoptKnownArticles', () => {
  it('leaves a file alone when none of its articles is known under another URL', () => {
    const backup = toBackup([article('https://other.example/a')], [annotation('x', 'https://other.example/a')], NOW);
    expect(adoptKnownArticles(backup, stored)).toBe(backup);
  });

  it('re-keys an article found by one of its aliases, and its annotations', () => {
    const backup = toBackup([article('https://news.example/story/', { aliases: ['https://news.example/story/', 'https://amp.news.example/story'] })], [annotation('x', 'https://news.example/story/')], NOW);
    const adopted = adoptKnownArticles(backup, stored);
    expect(adopted.articles.map((a) => [a.key, a.aliases])).toEqual([[KEY, [KEY, 'https://news.example/story/', 'https://amp.news.example/story']]]);
    expect(adopted.annotations.map((a) => a.articleKey)).toEqual([KEY]);
  });

  it('joins two of the file\'s articles that are one article in the library, keeping every alias', () => {
    const backup = toBackup(
      [article('https://news.example/story?id=7', { title: 'First' }), article('https://amp.news.example/story', { title: 'Second' })],
      [annotation('a', 'https://news.example/story?id=7'), annotation('b', 'https://amp.news.example/story')],
      NOW,
    );
    const adopted = adoptKnownArticles(backup, stored);
    expect(adopted.articles).toHaveLength(1);
    // The backup lists articles by key, so the AMP copy ("Second") comes first and keeps its fields.
    expect(adopted.articles[0]).toMatchObject({ key: KEY, title: 'Second' });
    expect(new Set(adopted.articles[0]?.aliases)).toEqual(new Set([KEY, 'https://news.example/story?id=7', 'https://amp.news.example/story']));
    expect(adopted.annotations.map((a) => a.articleKey)).toEqual([KEY, KEY]);
  });
});
