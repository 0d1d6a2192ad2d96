import { describe, expect, it } from 'vitest';
import { planBackupMerge } from '../../../src/export/backup-merge';
import { makeAnnotation, makeArticle } from './sample-library';

const article = makeArticle();
const note = makeAnnotation({ id: 'n1', note: 'old', modified: '2024-05-02T09:06:00.000Z' });

describe('planBackupMerge', () => {
  it('adds everything into an empty library', () => {
    const plan = planBackupMerge({ articles: [], annotations: [] }, { articles: [article], annotations: [note] });
    expect(plan.added).toEqual({ articles: 1, annotations: 1 });
    expect(plan.put).toEqual({ articles: [article], annotations: [note] });
  });

  it('changes nothing when the same backup is imported again', () => {
    const plan = planBackupMerge({ articles: [article], annotations: [note] }, { articles: [article], annotations: [note] });
    expect(plan.put).toEqual({ articles: [], annotations: [] });
    expect(plan.unchanged).toEqual({ articles: 1, annotations: 1 });
  });

  it('takes the newer edit of an annotation and keeps a newer one already there', () => {
    const newer = { ...note, note: 'new', modified: '2024-06-01T00:00:00.000Z' };
    expect(planBackupMerge({ articles: [], annotations: [note] }, { articles: [], annotations: [newer] }).put.annotations).toEqual([newer]);
    const plan = planBackupMerge({ articles: [], annotations: [newer] }, { articles: [], annotations: [note] });
    expect(plan.put.annotations).toEqual([]);
    expect(plan.unchanged.annotations).toBe(1);
  });

  it('merges an article: aliases joined, missing metadata filled, seen span widened', () => {
    const stored = makeArticle({ title: null, aliases: [article.key], firstSeen: '2024-05-03T00:00:00.000Z', lastSeen: '2024-05-03T00:00:00.000Z' });
    const incoming = makeArticle({ title: 'From backup', aliases: [article.key, 'https://amp.example/x'], firstSeen: '2024-05-01T00:00:00.000Z', lastSeen: '2024-05-02T00:00:00.000Z' });
    const plan = planBackupMerge({ articles: [stored], annotations: [] }, { articles: [incoming], annotations: [] });
    expect(plan.updated.articles).toBe(1);
    expect(plan.put.articles[0]).toMatchObject({
      title: 'From backup',
      aliases: [article.key, 'https://amp.example/x'],
      firstSeen: '2024-05-01T00:00:00.000Z',
      lastSeen: '2024-05-03T00:00:00.000Z',
    });
  });
});
