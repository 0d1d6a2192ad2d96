import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { READWISE_COLUMNS, toReadwiseCsv } from '../../../src/export/csv';
import type { Backup } from '../../../src/shared/model';
import { makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

const library = JSON.parse(readFileSync(new URL('../../fixtures/backup-example.json', import.meta.url), 'utf8')) as Backup;

function readBack(csv: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...READWISE_COLUMNS]);
  return parsed.data;
}

describe('toReadwiseCsv', () => {
  it('writes one row per highlight in Readwise\'s columns', () => {
    const article = makeArticle();
    const annotation = makeAnnotation({ quote: 'Q', note: 'N', tags: ['grain deal', 'ukraine'] });
    expect(readBack(toReadwiseCsv({ articles: [article], annotations: [annotation] }, NOW))).toEqual([
      {
        Highlight: 'Q',
        Title: 'Ceasefire talks resume in Cairo',
        Author: 'Amira Haddad and John Smith',
        URL: article.url,
        Note: 'N\n.grain-deal .ukraine',
        Location: '100',
        Date: '2024-05-02 09:05:00',
      },
    ]);
  });

  it('quotes every field and ends records with CRLF (RFC 4180)', () => {
    const csv = toReadwiseCsv({ articles: [makeArticle()], annotations: [makeAnnotation({ quote: 'say "hi", then' })] }, NOW);
    expect(csv.startsWith('"Highlight","Title","Author","URL","Note","Location","Date"\r\n')).toBe(true);
    expect(csv).toContain('"say ""hi"", then"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it.each(Object.entries(TRICKY_TEXTS))('reads %s characters back intact with papaparse', (_, text) => {
    const annotation = makeAnnotation({ quote: text, note: text });
    const [row] = readBack(toReadwiseCsv({ articles: [makeArticle({ title: text })], annotations: [annotation] }, NOW));
    expect(row?.Highlight).toBe(text);
    expect(row?.Note).toBe(text);
    expect(row?.Title).toBe(text.trim()); // titles are trimmed everywhere
  });

  it('converts the whole example library', () => {
    const rows = readBack(toReadwiseCsv({ articles: library.articles, annotations: library.annotations }, NOW));
    expect(rows).toHaveLength(16);
    expect(rows.map((row) => row.Highlight).sort()).toEqual(library.annotations.map((a) => a.quote).sort());
  });
});
