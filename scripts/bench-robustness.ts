// `tsx scripts/bench-robustness.ts [--data DIR] [--limit N] [--generated N] [--seed S] [--json]` runs the
// article detector over every page (or the first N) of a WCXB-layout folder (DIR/html/ID.html.gz) and over
// N generated hostile pages (test/unit/robustness/hostile-pages.ts, page i from seed S+i; 1,000 unless
// told), and counts uncaught errors and the slowest page. The bar (issue 8): 0 uncaught errors over all
// 1,497 WCXB pages and 10,000 generated pages (`--generated 10000`).
//
// jsdom keeps about 5 MB of every closed window until its process ends (measured: 80 parsed-and-closed
// pages hold 530 MB after a full GC), so pages are measured in child processes of CHUNK pages each.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../src/article/detect-article';
import { hostilePage } from '../test/unit/robustness/hostile-pages';
import { HOSTILE_URL, loadHostilePage } from '../test/unit/robustness/load-page';

/** Pages per child process: small enough that jsdom's leftovers stay far below Node's heap limit. */
const CHUNK = 100;
/** At most this many failures are listed in full; the count covers all. */
const MAX_LISTED_FAILURES = 20;

interface Tally {
  pages: number;
  errors: number;
  failures: Array<{ page: string; error: string }>;
  slowest: { page: string; ms: number } | null;
  totalMs: number;
}

const tally = (): Tally => ({ pages: 0, errors: 0, failures: [], slowest: null, totalMs: 0 });

/** Times the detector on one document; an exception is counted, never rethrown. */
function measure(t: Tally, name: string, doc: Document, url: string): void {
  t.pages++;
  const started = performance.now();
  try {
    detectArticle(doc, { url });
  } catch (error) {
    t.errors++;
    if (t.failures.length < MAX_LISTED_FAILURES) t.failures.push({ page: name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
  const ms = performance.now() - started;
  t.totalMs += ms;
  if (!t.slowest || ms > t.slowest.ms) t.slowest = { page: name, ms: Math.round(ms) };
}

const wcxbFiles = (dir: string) => readdirSync(join(dir, 'html')).filter((f) => /\.html(\.gz)?$/.test(f)).sort();

/** In a child: WCXB pages [from, to). Saved pages run no scripts, as `npm run extract` reads them. */
function measureWcxb(dir: string, from: number, to: number): Tally {
  const t = tally();
  for (const file of wcxbFiles(dir).slice(from, to)) {
    const raw = readFileSync(join(dir, 'html', file));
    const url = `https://wcxb.example/${file}`;
    const dom = new JSDOM(file.endsWith('.gz') ? gunzipSync(raw) : raw, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    measure(t, file, dom.window.document, url);
    dom.window.close();
  }
  return t;
}

/** In a child: generated pages [from, to); page i comes from seed + i, so any one can be rebuilt alone. */
function measureGenerated(seed: number, from: number, to: number): Tally {
  const t = tally();
  for (let i = from; i < to; i++) {
    const [page] = fc.sample(hostilePage, { numRuns: 1, seed: seed + i });
    let dom: JSDOM;
    try {
      dom = loadHostilePage(page!);
    } catch {
      continue; // jsdom could not build it: nothing for the detector to meet.
    }
    measure(t, `generated seed ${seed + i} (${page!.kind})`, dom.window.document, HOSTILE_URL);
    dom.window.close();
  }
  return t;
}

/** Runs `[--chunk KIND FROM TO ...]` in child processes of CHUNK pages and adds up their tallies. */
function inChunks(label: string, count: number, childArgs: (from: number, to: number) => string[]): Tally {
  const total = tally();
  const script = fileURLToPath(import.meta.url);
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK);
    const run = spawnSync(process.execPath, [...process.execArgv, script, ...childArgs(from, to)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    let part: Tally;
    try {
      part = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as Tally;
    } catch {
      // The child died (out of memory, a crash): every page of the chunk counts as a failure.
      part = { ...tally(), pages: to - from, errors: to - from, failures: [{ page: `${label} ${from}–${to - 1}`, error: `child exit ${run.status}: ${run.stderr.slice(-500)}` }] };
    }
    total.pages += part.pages;
    total.errors += part.errors;
    total.totalMs += part.totalMs;
    total.failures.push(...part.failures.slice(0, MAX_LISTED_FAILURES - total.failures.length));
    if (part.slowest && (!total.slowest || part.slowest.ms > total.slowest.ms)) total.slowest = part.slowest;
    process.stderr.write(`${label}: ${to}/${count}\n`);
  }
  return total;
}

function arg(argv: string[], name: string): string | null {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

function summary(t: Tally) {
  return { pages: t.pages, uncaughtErrors: t.errors, slowest: t.slowest, meanMs: t.pages ? Math.round((t.totalMs / t.pages) * 10) / 10 : 0, failures: t.failures };
}

function main(argv: string[]): void {
  const chunk = argv.indexOf('--chunk');
  if (chunk >= 0) {
    const [kind, a, b, c] = argv.slice(chunk + 1);
    const t = kind === 'wcxb' ? measureWcxb(a!, Number(b), Number(c)) : measureGenerated(Number(a), Number(b), Number(c));
    process.stdout.write(JSON.stringify(t) + '\n');
    return;
  }
  const data = arg(argv, '--data');
  const limit = Number(arg(argv, '--limit') ?? Infinity);
  const generated = Number(arg(argv, '--generated') ?? 1_000);
  const seed = Number(arg(argv, '--seed') ?? 8);
  const result = {
    wcxb: data ? summary(inChunks('wcxb', Math.min(limit, wcxbFiles(data).length), (from, to) => ['--chunk', 'wcxb', data, String(from), String(to)])) : null,
    generated: generated > 0 ? summary(inChunks('generated', generated, (from, to) => ['--chunk', 'generated', String(seed), String(from), String(to)])) : null,
  };
  const errors = (result.wcxb?.uncaughtErrors ?? 0) + (result.generated?.uncaughtErrors ?? 0);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ ...result, uncaughtErrors: errors }) + '\n');
  } else {
    for (const [name, s] of Object.entries(result)) {
      if (!s) continue;
      console.log(`${name}: ${s.pages} pages, ${s.uncaughtErrors} uncaught errors, mean ${s.meanMs} ms, slowest ${s.slowest?.ms} ms (${s.slowest?.page})`);
      for (const f of s.failures) console.log(`  ${f.page}: ${f.error.split('\n').slice(0, 4).join(' | ')}`);
    }
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

main(process.argv.slice(2));
