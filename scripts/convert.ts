// `npm run convert -- BACKUP.json --to markdown|jsonld|csv|html|bibtex|csl|txt [--out DIR] [--now ISO]`
// converts a backup file with the same export code the extension uses. Without --out the whole library goes to
// stdout as one file; with --out, Markdown, HTML and text get one file per article, other formats one file.
// A bad backup gets the validator's message and exit code 1; bad arguments get usage and exit code 2.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkBackupSize, parseBackup } from '../src/export/backup';
import { EXPORT_FORMATS, type ExportFormat, exportFiles, exportLibrary, isExportFormat } from '../src/export/formats';

const USAGE = `usage: npm run convert -- BACKUP.json --to ${EXPORT_FORMATS.join('|')} [--out DIR] [--now ISO-TIME]\n`;

export interface ConvertIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

interface ConvertOptions {
  backupPath: string;
  format: ExportFormat;
  outDir: string | null;
  now: Date;
}

/** Runs the converter; returns the process exit code. */
export function runConvert(argv: string[], io: ConvertIo, clock: () => Date = () => new Date()): number {
  const options = parseArguments(argv, clock);
  if (typeof options === 'string') {
    io.stderr(`convert: ${options}\n${USAGE}`);
    return 2;
  }
  const loaded = loadBackup(options.backupPath);
  if (!loaded.ok) {
    io.stderr(`convert: ${options.backupPath}: ${loaded.error}\n`);
    return 1;
  }
  const snapshot = { articles: loaded.backup.articles, annotations: loaded.backup.annotations };
  if (options.outDir === null) {
    io.stdout(exportLibrary(options.format, snapshot, options.now).text);
    return 0;
  }
  mkdirSync(options.outDir, { recursive: true });
  for (const file of exportFiles(options.format, snapshot, options.now)) {
    const path = join(options.outDir, file.name);
    writeFileSync(path, file.text);
    io.stderr(`wrote ${path}\n`);
  }
  return 0;
}

function parseArguments(argv: string[], clock: () => Date): ConvertOptions | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] ?? '';
    const flag = argument.match(/^--(to|out|now)(?:=(.*))?$/);
    if (flag) {
      const value = flag[2] ?? argv[++i];
      if (value === undefined) return `--${flag[1]} needs a value`;
      flags.set(flag[1] ?? '', value);
    } else if (argument.startsWith('--')) {
      return `unknown option ${argument}`;
    } else {
      positional.push(argument);
    }
  }
  if (positional.length !== 1) return positional.length === 0 ? 'no backup file given' : 'give exactly one backup file';
  const format = flags.get('to');
  if (format === undefined) return 'no format given (--to)';
  if (!isExportFormat(format)) return `unknown format "${format}"`;
  const now = flags.has('now') ? new Date(flags.get('now') ?? '') : clock();
  if (Number.isNaN(now.getTime())) return `--now: "${flags.get('now')}" is not a time`;
  const outDir = flags.get('out');
  return { backupPath: positional[0] ?? '', format, outDir: outDir === undefined ? null : resolve(outDir), now };
}

function loadBackup(path: string): ReturnType<typeof parseBackup> {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { ok: false, error: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  const sizeError = checkBackupSize(size); // before reading: a huge file is refused without loading it
  if (sizeError) return { ok: false, error: sizeError };
  return parseBackup(readFileSync(path, 'utf8'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = runConvert(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
