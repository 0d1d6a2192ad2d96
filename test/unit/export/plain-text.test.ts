import { describe, expect, it } from 'vitest';
import { toPlainText, toPlainTextLibrary } from '../../../src/export/plain-text';
import { makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

describe('toPlainText', () => {
  it('lists the article and its highlights with notes, tags and colours', () => {
    const text = toPlainText(makeArticle(), [makeAnnotation({ quote: 'Q1\nQ2', note: 'N1\nN2', tags: ['a', 'b'], color: 'green' })], NOW);
    expect(text).toBe(
      [
        'Ceasefire talks resume in Cairo',
        'Amira Haddad and John Smith · Example News · 2024-05-01',
        'https://www.example-news.com/world/2024/05/01/ceasefire-talks-resume',
        '',
        '1. “Q1',
        '   Q2”',
        '   Note: N1',
        '         N2',
        '   Tags: a, b',
        '   Colour: green',
        '',
        `Exported ${NOW.toISOString()}`,
        '',
      ].join('\n'),
    );
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters intact', (_, text) => {
    const out = toPlainText(makeArticle(), [makeAnnotation({ quote: text, note: text })], NOW);
    const lines = text.split(/\r\n|\r|\n/);
    expect(out).toContain(`1. “${lines[0]}`);
    for (const line of lines.slice(1)) expect(out).toContain(`\n   ${line}`);
    expect(out).toContain(`   Note: ${lines[0]}`);
  });

  it('separates articles in the library export', () => {
    const out = toPlainTextLibrary({ articles: [makeArticle({ key: 'a' }), makeArticle({ key: 'b', title: 'Other' })], annotations: [] }, NOW);
    expect(out).toContain('No highlights.\n\n========================================\n\nOther');
  });
});
