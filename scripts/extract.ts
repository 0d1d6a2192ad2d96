// `npm run extract -- [--url URL] FILE` prints the article detector's findings on a saved page
// (.html or .html.gz) as one JSON object; `--batch LIST` reads FILE<TAB>URL lines and prints one
// JSON object a line, each with `file`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../src/article/detect-article';
import type { ArticleInfo } from '../src/article/types';

/** How far into the page a <meta charset> is looked for (head sections of saved pages run long). */
const HEAD_BYTES = 262144;
/** A <meta charset=…> or <meta http-equiv content="…; charset=…"> (not a script's or the html tag's charset). */
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The charset a browser would end up with: a saved page loses its HTTP Content-Type, and without it
 * jsdom falls back to windows-1252 and garbles UTF-8 pages. A declared <meta charset> is passed on
 * wherever it is in the head: jsdom only prescans the first 1,024 bytes, while a browser's parser
 * switches to a later one when it meets it (HTML's "change the encoding"). Undeclared bytes that are
 * valid UTF-8 are UTF-8.
 */
export function contentTypeOf(bytes: Buffer): string {
  const declared = META_CHARSET.exec(bytes.subarray(0, HEAD_BYTES).toString('latin1'));
  if (declared) return `text/html; charset=${declared[1]!.toLowerCase()}`;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'text/html; charset=utf-8';
  } catch {
    return 'text/html';
  }
}

/** Parses a saved page with jsdom; the bytes go in as they are so jsdom sniffs the charset. */
export function loadPage(file: string, url?: string | null): JSDOM {
  const raw = readFileSync(file);
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  // A silent console: saved pages are full of CSS jsdom cannot parse, which says nothing about the article.
  return new JSDOM(bytes, { url: url || pathToFileURL(resolve(file)).href, contentType: contentTypeOf(bytes), virtualConsole: new VirtualConsole() });
}

/** The detector's result without the live elements, as `extract` prints it. */
export function extractFile(file: string, url?: string | null): ArticleInfo {
  const dom = loadPage(file, url);
  try {
    const { roots: _roots, ...info } = detectArticle(dom.window.document, { url: url || dom.window.document.URL });
    return info;
  } finally {
    dom.window.close();
  }
}

function usage(): never {
  process.stderr.write('usage: npm run extract -- [--url URL] FILE\n       npm run extract -- --batch LIST   (LIST: one FILE<TAB>URL a line)\n');
  process.exit(2);
}

function main(argv: string[]): void {
  let url: string | null = null;
  let batch: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--url') url = argv[++i] ?? usage();
    else if (a === '--batch') batch = argv[++i] ?? usage();
    else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('--')) usage();
    else files.push(a);
  }
  if (batch) {
    let failed = false;
    for (const line of readFileSync(batch, 'utf8').split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [file, lineUrl] = line.split('\t');
      try {
        process.stdout.write(JSON.stringify({ file, ...extractFile(file!.trim(), lineUrl?.trim() || null) }) + '\n');
      } catch (e) {
        failed = true;
        process.stdout.write(JSON.stringify({ file, error: (e as Error).message }) + '\n');
      }
    }
    process.exitCode = failed ? 1 : 0;
    return;
  }
  if (files.length !== 1) usage();
  process.stdout.write(JSON.stringify(extractFile(files[0]!, url), null, 2) + '\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
