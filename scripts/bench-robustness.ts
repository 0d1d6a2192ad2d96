// `tsx scripts/bench-robustness.ts [--data DIR] [--limit N] [--generated N] [--seed S] [--json]` runs the
// article detector over every page (or the first N) of a WCXB-layout folder (DIR/html/ID.html.gz) and over
// N generated hostile pages (test/unit/robustness/hostile-pages.ts, reproducible by seed; 1,000 unless
// told), and counts uncaught errors and the slowest page. The bar (issue 8): 0 uncaught errors over all
// 1,497 WCXB pages and 10,000 generated pages (`--generated 10000`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../src/article/detect-article';
import { hostilePage } from '../test/unit/robustness/hostile-pages';
import { HOSTILE_URL, loadHostilePage } from '../test/unit/robustness/load-page';

interface Failure {
  page: string;
  error: string;
}

interface Tally {
  pages: number;
  errors: number;
  failures: Failure[];
  slowest: { page: string; ms: number } | null;
  totalMs: number;
}

/** At most this many failures are listed in full; the count covers all. */
const MAX_LISTED_FAILURES = 20;

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

/** Progress on stderr every this many pages, so a long run shows it is alive. */
const PROGRESS_EVERY = 250;

function progress(what: string, done: number, of: number): void {
  if (done % PROGRESS_EVERY === 0) process.stderr.write(`${what}: ${done}/${of}\n`);
}

function benchFolder(dir: string, limit: number): Tally {
  const t = tally();
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html(\.gz)?$/.test(f)).sort().slice(0, limit);
  for (const file of files) {
    const raw = readFileSync(join(dir, 'html', file));
    const url = `https://wcxb.example/${file}`;
    // Saved pages run no scripts (as `npm run extract` reads them); their bytes go in as they are for charset sniffing.
    const dom = new JSDOM(file.endsWith('.gz') ? gunzipSync(raw) : raw, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    measure(t, file, dom.window.document, url);
    dom.window.close();
    progress('wcxb', t.pages, files.length);
  }
  return t;
}

function benchGenerated(count: number, seed: number): Tally {
  const t = tally();
  const pages = fc.sample(hostilePage, { numRuns: count, seed });
  pages.forEach((page, i) => {
    let dom: JSDOM;
    try {
      dom = loadHostilePage(page);
    } catch {
      return; // jsdom could not build it: nothing for the detector to meet.
    }
    measure(t, `generated #${i} (${page.kind}, seed ${seed})`, dom.window.document, HOSTILE_URL);
    dom.window.close();
    progress('generated', i + 1, count);
  });
  return t;
}

function arg(argv: string[], name: string): string | null {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

function summary(t: Tally) {
  return { pages: t.pages, uncaughtErrors: t.errors, slowest: t.slowest, meanMs: t.pages ? Math.round((t.totalMs / t.pages) * 10) / 10 : 0, failures: t.failures };
}

function main(argv: string[]): void {
  const data = arg(argv, '--data');
  const limit = Number(arg(argv, '--limit') ?? Infinity);
  const generated = Number(arg(argv, '--generated') ?? 1_000);
  const seed = Number(arg(argv, '--seed') ?? 8);
  const result = {
    wcxb: data ? summary(benchFolder(data, limit)) : null,
    generated: generated > 0 ? summary(benchGenerated(generated, seed)) : null,
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
