import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runConvert } from '../../../scripts/convert';
import { EXPORT_FORMATS } from '../../../src/export/formats';
import type { Backup } from '../../../src/shared/model';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/backup-example.json');
const library = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Backup;
const scratch = mkdtempSync(join(tmpdir(), 'convert-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runConvert(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, () => new Date('2026-11-25T10:00:00Z'));
  return { code, stdout, stderr };
}

describe('npm run convert', () => {
  it.each(EXPORT_FORMATS)('converts the example library to %s on stdout', (format) => {
    const { code, stdout, stderr } = run([FIXTURE, '--to', format]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // every format carries every quote's first words and every article's address (citations: addresses only)
    for (const article of library.articles) expect(stdout).toContain(article.url);
    if (format !== 'bibtex' && format !== 'csl') {
      for (const annotation of library.annotations) expect(stdout, annotation.id).toContain(firstWord(annotation.quote));
    }
  });

  it('writes one file per article for Markdown into --out', () => {
    const out = join(scratch, 'md');
    expect(run([FIXTURE, '--to=markdown', '--out', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '2024-05-01 Grain corridor talks resume as negotiators meet in Istanbul.md',
      '2024-05-02 استئناف مفاوضات وقف إطلاق النار في القاهرة وسط آمال حذرة.md',
      '2024-05-03 הכנסת אישרה את התקציב בקריאה שלישית יום היסטורי.md',
      '2024-05-04 Council votes 7–2 to ban “forever chemicals” in tap water — & what PFAS means.md',
      '2024-05-06 Why script tags still break the web a CSV, Markdown & HTML story.md',
    ]);
  });

  it('writes one library file for CSV into --out', () => {
    const out = join(scratch, 'csv');
    expect(run([FIXTURE, '--to', 'csv', '--out', out]).code).toBe(0);
    expect(readdirSync(out)).toEqual(['highlights 2026-11-25.csv']);
  });

  it('uses --now for time stamps, so output is reproducible', () => {
    const first = run([FIXTURE, '--to', 'jsonld', '--now', '2025-01-01T00:00:00Z']).stdout;
    expect(first).toContain('urn:marginalia:collection:2025-01-01T00:00:00.000Z');
    expect(run([FIXTURE, '--to', 'jsonld', '--now', '2025-01-01T00:00:00Z']).stdout).toBe(first);
  });

  it('refuses a bad backup with the validator\'s message and exit code 1', () => {
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...library, version: 7 }));
    const { code, stderr, stdout } = run([bad, '--to', 'csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`convert: ${bad}: The backup is version 7`);
  });

  it('says when the file cannot be read', () => {
    const { code, stderr } = run([join(scratch, 'missing.json'), '--to', 'csv']);
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read the file (ENOENT)');
  });

  it.each([
    [[FIXTURE], 'no format given'],
    [[FIXTURE, '--to', 'pdf'], 'unknown format "pdf"'],
    [['--to', 'csv'], 'no backup file given'],
    [[FIXTURE, '--to', 'csv', '--now', 'soon'], '--now: "soon" is not a time'],
    [[FIXTURE, '--to'], '--to needs a value'],
    [[FIXTURE, '--to', 'csv', '--zip'], 'unknown option --zip'],
  ])('refuses arguments %j with usage and exit code 2', (argv, message) => {
    const { code, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('usage: npm run convert');
  });

  it('runs as a command with a non-zero exit on a bad backup', () => {
    const bad = join(scratch, 'truncated.json');
    writeFileSync(bad, readFileSync(FIXTURE, 'utf8').slice(0, 500));
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const result = spawnSync(tsx, ['scripts/convert.ts', bad, '--to', 'txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not JSON (it may be truncated');
    const good = spawnSync(tsx, ['scripts/convert.ts', FIXTURE, '--to', 'txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('Grain corridor talks resume');
  }, 30_000);
});

/** The first run of letters or digits: present unescaped in every format. */
function firstWord(text: string): string {
  return text.match(/[\p{L}\p{N}]+/u)?.[0] ?? '';
}
