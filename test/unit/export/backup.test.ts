import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, parseBackup, serializeBackup, toBackup } from '../../../src/export/backup';
import type { Backup } from '../../../src/shared/model';
import { makeAnnotation, makeArticle, NOW } from './sample-library';

const FIXTURE_PATH = new URL('../../fixtures/backup-example.json', import.meta.url);
const fixtureText = readFileSync(FIXTURE_PATH, 'utf8');

function errorOf(text: string): string {
  const result = parseBackup(text);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

/** The fixture as an object, changed by `edit`, as text again. */
function editedFixture(edit: (backup: Record<string, any>) => void): string {
  const data = JSON.parse(fixtureText) as Record<string, any>;
  edit(data);
  return JSON.stringify(data);
}

describe('toBackup', () => {
  it('names the format and version and stamps the export time', () => {
    const backup = toBackup([], [], NOW);
    expect(backup).toEqual({ format: 'marginalia-backup', version: 1, exportedAt: NOW.toISOString(), articles: [], annotations: [] });
  });

  it('gives the same bytes whatever order the records and their fields came in', () => {
    const articles = [makeArticle({ key: 'b' }), makeArticle({ key: 'a' })];
    const annotations = [makeAnnotation({ id: '2', articleKey: 'a' }), makeAnnotation({ id: '1', articleKey: 'a' })];
    const shuffled = articles.map((article) => Object.fromEntries(Object.entries(article).reverse())) as typeof articles;
    const first = serializeBackup(toBackup(articles, annotations, NOW));
    const second = serializeBackup(toBackup(shuffled.reverse(), [...annotations].reverse(), NOW));
    expect(second).toBe(first);
  });
});

describe('parseBackup', () => {
  it('accepts the example library', () => {
    const result = parseBackup(fixtureText);
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.backup.articles.length, result.backup.annotations.length]).toEqual([5, 16]);
  });

  it('round-trips: backup → parse → backup is byte-identical', () => {
    const result = parseBackup(fixtureText);
    if (!result.ok) throw new Error(result.error);
    expect(serializeBackup(result.backup)).toBe(fixtureText);
    const again = toBackup(result.backup.articles, result.backup.annotations, new Date(result.backup.exportedAt));
    expect(serializeBackup(again)).toBe(fixtureText);
  });

  it('keeps every special character of notes and quotes', () => {
    const result = parseBackup(fixtureText);
    if (!result.ok) throw new Error(result.error);
    const original = JSON.parse(fixtureText) as Backup;
    expect(result.backup.annotations.map((a) => [a.quote, a.note, a.tags])).toEqual(
      original.annotations.map((a) => [a.quote, a.note, a.tags]),
    );
  });

  it('drops fields it does not know', () => {
    const result = parseBackup(editedFixture((data) => (data.articles[0].surprise = 1)));
    expect(result.ok && 'surprise' in (result.backup.articles[0] ?? {})).toBe(false);
  });

  it('refuses a file that is not JSON', () => {
    expect(errorOf('<html>not a backup</html>')).toMatch(/^The file is not JSON/);
  });

  it('refuses a truncated file, saying where it ends', () => {
    const error = errorOf(fixtureText.slice(0, fixtureText.length / 2));
    expect(error).toMatch(/^The file is not JSON \(it may be truncated or not a backup\): line \d+, column \d+: expected .*, found the end of the file$/);
  });

  it('names the line and column of a syntax error', () => {
    const broken = fixtureText.replace('"version": 1,', '"version": 1,,');
    expect(errorOf(broken)).toContain('line 3, column 16: expected a property name in double quotes, found ","');
  });

  it('refuses JSON that is not an object', () => {
    expect(errorOf('[1, 2]')).toContain('expected a JSON object, found a list');
  });

  it('refuses another format', () => {
    expect(errorOf(editedFixture((data) => (data.format = 'hypothesis-export')))).toContain(
      'format: expected "marginalia-backup", found "hypothesis-export"',
    );
  });

  it('refuses a newer version with advice, and a version that never existed', () => {
    expect(errorOf(editedFixture((data) => (data.version = 2)))).toContain('newer version of the extension');
    expect(errorOf(editedFixture((data) => (data.version = 0)))).toContain('version: 0 is not a backup version');
    expect(errorOf(editedFixture((data) => (data.version = '1')))).toContain('version: expected a number, found "1"');
  });

  it("keeps a structural selector's lookalike fit through backup → parse → backup, and refuses one out of range", () => {
    const range = { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 9, lookalikeFit: 0.75 };
    const text = editedFixture((data) => data.annotations[0].selectors.push(range));
    const result = parseBackup(text);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.annotations.find((a) => a.selectors.some((s) => s.type === 'RangeSelector' && s.lookalikeFit === 0.75))).toBeDefined();
    const again = serializeBackup(result.backup);
    expect(again).toContain('"lookalikeFit": 0.75');
    expect(serializeBackup((parseBackup(again) as { backup: Backup }).backup)).toBe(again);
    const tooBig = editedFixture((data) => data.annotations[0].selectors.push({ ...range, lookalikeFit: 2 }));
    expect(errorOf(tooBig)).toMatch(/backup\.annotations\[0\]\.selectors\[\d\]\.lookalikeFit: expected a number from 0 to 1/);
  });

  it('names the path of a missing field', () => {
    expect(errorOf(editedFixture((data) => delete data.annotations[2].quote))).toContain('backup.annotations[2].quote: missing');
    expect(errorOf(editedFixture((data) => delete data.exportedAt))).toContain('backup.exportedAt: missing');
  });

  it('names the path of a mistyped field', () => {
    const text = editedFixture((data) => (data.annotations[3].selectors[1].start = '12'));
    expect(errorOf(text)).toContain('backup.annotations[3].selectors[1].start: expected a number, found "12"');
  });

  it.each([
    ['articles[1].dir', (d: any) => (d.articles[1].dir = 'up'), 'expected one of "ltr", "rtl", null'],
    ['annotations[0].color', (d: any) => (d.annotations[0].color = 'red'), 'expected one of "yellow"'],
    ['annotations[0].tags[1]', (d: any) => (d.annotations[0].tags = ['a', 7]), 'expected a string, found 7'],
    ['annotations[0].selectors[0].type', (d: any) => (d.annotations[0].selectors[0].type = 'CssSelector'), 'expected one of TextQuoteSelector'],
    // A name every object inherits is no selector type either.
    ['annotations[0].selectors[1].type', (d: any) => (d.annotations[0].selectors[1].type = 'constructor'), 'expected one of TextQuoteSelector'],
    ['annotations[2].selectors[0].prefix', (d: any) => (d.annotations[2].selectors[0].prefix = 3), 'expected a string, found 3'],
    ['annotations[0].created', (d: any) => (d.annotations[0].created = 'yesterday'), 'expected an ISO 8601 time'],
    ['articles[0].wordCount', (d: any) => (d.articles[0].wordCount = -3), 'expected a whole number'],
    ['articles', (d: any) => (d.articles = {}), 'expected a list, found an object'],
    ['annotations[1]', (d: any) => (d.annotations[1] = null), 'expected an object, found null'],
  ])('refuses a bad %s', (path, edit, message) => {
    expect(errorOf(editedFixture(edit))).toContain(`backup.${path}: ${message}`);
  });

  it('refuses duplicate article keys and annotation ids', () => {
    expect(errorOf(editedFixture((data) => (data.articles[1].key = data.articles[0].key)))).toContain(
      'backup.articles[1].key: duplicate of articles[0].key',
    );
    expect(errorOf(editedFixture((data) => (data.annotations[5].id = data.annotations[2].id)))).toContain(
      'backup.annotations[5].id: duplicate of annotations[2].id',
    );
  });

  it('refuses annotations on an article missing from the file', () => {
    expect(errorOf(editedFixture((data) => (data.annotations[4].articleKey = 'https://nowhere.example/x')))).toContain(
      'backup.annotations[4].articleKey: no article with key "https://nowhere.example/x"',
    );
  });

  it('reports the first problems of a badly broken file and how many more there are', () => {
    const error = errorOf(editedFixture((data) => data.annotations.forEach((a: any) => (a.note = null))));
    expect(error.split('\n')[0]).toBe('The backup has 16 problems:');
    expect(error).toContain('… and 6 more');
  });

  it('refuses a file over 50 MB before parsing it', () => {
    expect(errorOf(' '.repeat(MAX_BACKUP_BYTES + 1))).toMatch(/^The file is too large \(50\.0 MB\)/);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const emoji = '😀'.repeat(Math.ceil(MAX_BACKUP_BYTES / 4) + 1); // under 50 M characters, over 50 MB
    expect(emoji.length).toBeLessThan(MAX_BACKUP_BYTES);
    expect(errorOf(`"${emoji}"`)).toMatch(/^The file is too large/);
  });
});
