import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportArticle, exportFiles, exportLibrary, formatInfo } from '../../../src/export/formats';
import { makeAnnotation, makeArticle, NOW } from './sample-library';

const article = makeArticle();
const other = makeArticle({ key: 'https://b.example/x', url: 'https://b.example/x', title: 'Other story' });
const snapshot = { articles: [article, other], annotations: [makeAnnotation({ quote: 'Mine' }), makeAnnotation({ articleKey: other.key, quote: 'Theirs' })] };

describe('export formats', () => {
  it.each(EXPORT_FORMATS)('%s names a library file by the export day', (format) => {
    expect(exportLibrary(format, snapshot, NOW).name).toBe(`highlights 2026-11-25.${formatInfo(format).extension}`);
  });

  it.each(EXPORT_FORMATS)('%s exports one article with only its highlights', (format) => {
    const file = exportArticle(format, article, snapshot.annotations, NOW);
    expect(file.name).toBe(`2024-05-01 Ceasefire talks resume in Cairo.${formatInfo(format).extension}`);
    if (format !== 'bibtex' && format !== 'csl') expect(file.text).toContain('Mine');
    expect(file.text).not.toContain('Theirs');
  });

  it('writes per-article files for Markdown, HTML and text, one file for the others', () => {
    expect(exportFiles('markdown', snapshot, NOW).map((file) => file.name)).toEqual([
      '2024-05-01 Other story.md', // same first-seen time, so by key
      '2024-05-01 Ceasefire talks resume in Cairo.md',
    ]);
    expect(exportFiles('csv', snapshot, NOW)).toHaveLength(1);
  });
});
