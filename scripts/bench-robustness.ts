// `tsx scripts/bench-robustness.ts [--data DIR] [--limit N] [--generated N] [--seed S] [--json]
//     [--shard I/N] [--jobs J] [--log FILE]`
// runs the article detector over every page (or the first N) of a WCXB-layout folder (DIR/html/ID.html.gz) and
// over N generated hostile pages (test/unit/robustness/hostile-pages.ts, page i from seed S+i; 1,000 unless
// told), and counts uncaught errors and the slowest page. The bar (issue 8): 0 uncaught errors over all
// 1,497 WCXB pages and 10,000 generated pages (`--generated 10000`).
//
// Pages are measured in child processes, one chunk each (jsdom keeps about 5 MB of every closed window until
// its process ends: 80 parsed-and-closed pages held 530 MB after a full GC). Each finished chunk prints one
// progress line with its error count. To run in parts:
//   --shard I/N  runs every N-th chunk from the I-th (0-based), so N processes (or sessions) share the work;
//   --jobs J     runs J children at once;
//   --log FILE   appends each finished chunk to FILE as one JSON line and skips chunks already there, so an
//                interrupted run resumes, and the summary counts every chunk in FILE (all shards' work).
// A child that starts no new page for PAGE_TIMEOUT_MS is killed, and the page it hung on is reported.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { detectArticle } from '../src/article/detect-article';
import { hostilePage } from '../test/unit/robustness/hostile-pages';
import { loadPage } from './extract';
import { chunkPlan, loadGenerated, type Chunk } from './lib/robustness-chunks';
import { freezeSources } from './lib/frozen-sources';

/** At most this many failures are listed in full; the count covers all. */
const MAX_LISTED_FAILURES = 20;
/** No page takes a minute even at a load of 20 (slowest seen: under 1 s unloaded), so 3 minutes is a hang. */
const PAGE_TIMEOUT_MS = 180_000;

interface Tally {
  pages: number;
  /** Generated pages jsdom could not build: nothing for the detector to meet. */
  unbuilt: number;
  errors: number;
  failures: Array<{ page: string; error: string }>;
  slowest: { page: string; ms: number } | null;
  totalMs: number;
}
/** One finished chunk, as the log keeps it. */
interface ChunkRecord extends Tally {
  key: string;
  wallMs: number;
}

const tally = (): Tally => ({ pages: 0, unbuilt: 0, errors: 0, failures: [], slowest: null, totalMs: 0 });

function add(total: Tally, part: Tally): void {
  total.pages += part.pages;
  total.unbuilt += part.unbuilt;
  total.errors += part.errors;
  total.totalMs += part.totalMs;
  total.failures.push(...part.failures.slice(0, Math.max(0, MAX_LISTED_FAILURES - total.failures.length)));
  if (part.slowest && (!total.slowest || part.slowest.ms > total.slowest.ms)) total.slowest = part.slowest;
}

/** Times the detector on one document; an exception is counted, never rethrown. */
function measure(t: Tally, name: string, doc: Document, url: string): void {
  process.stderr.write(`at ${name}\n`); // the parent's hang watchdog names this page if it never finishes
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

/** In a child: WCXB pages [from, to), parsed as `npm run extract` parses them (no scripts, same charset rule). */
function measureWcxb(dir: string, from: number, to: number): Tally {
  const t = tally();
  for (const file of wcxbFiles(dir).slice(from, to)) {
    const url = `https://wcxb.example/${file}`;
    const dom = loadPage(join(dir, 'html', file), url);
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
    const loaded = loadGenerated(page!);
    if (!loaded) {
      t.unbuilt++;
      continue;
    }
    measure(t, `generated seed ${seed + i} (${page!.kind})`, loaded.document, loaded.url);
    loaded.close();
  }
  return t;
}

/** Runs one chunk in a child process; a crash or a hang counts every page of the chunk as a failure. */
function runChild(script: string, chunk: Chunk): Promise<ChunkRecord> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [...process.execArgv, script, '--chunk', ...chunk.args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderrTail = '';
    let atPage = '(none yet)';
    let hung = false;
    let watchdog = setTimeout(() => ((hung = true), child.kill('SIGKILL')), PAGE_TIMEOUT_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderrTail = (stderrTail + d.toString()).slice(-4000);
      const pages = [...stderrTail.matchAll(/^at (.+)$/gm)];
      if (pages.length) {
        atPage = pages[pages.length - 1]![1]!;
        clearTimeout(watchdog);
        watchdog = setTimeout(() => ((hung = true), child.kill('SIGKILL')), PAGE_TIMEOUT_MS);
      }
    });
    child.on('close', (status) => {
      clearTimeout(watchdog);
      const wallMs = performance.now() - started;
      try {
        if (hung) throw new Error('hung');
        done({ ...(JSON.parse(stdout.trim().split('\n').pop() ?? '') as Tally), key: chunk.key, wallMs });
      } catch {
        const why = hung ? `hung for ${PAGE_TIMEOUT_MS / 1000} s on ${atPage}` : `child exit ${status} after ${atPage}: ${stderrTail.replace(/^at .+\n/gm, '').slice(-500)}`;
        done({ ...tally(), pages: chunk.count, errors: chunk.count, failures: [{ page: chunk.label, error: why }], key: chunk.key, wallMs });
      }
    });
  });
}

function arg(argv: string[], name: string): string | null {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

function summary(t: Tally, planned: number) {
  return { pages: t.pages, unbuilt: t.unbuilt, planned, uncaughtErrors: t.errors, slowest: t.slowest, meanMs: t.pages ? Math.round((t.totalMs / t.pages) * 10) / 10 : 0, failures: t.failures };
}

const readLog = (file: string | null): ChunkRecord[] =>
  file && existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as ChunkRecord) : [];

async function main(argv: string[]): Promise<void> {
  const chunkAt = argv.indexOf('--chunk');
  if (chunkAt >= 0) {
    const [kind, a, b, c] = argv.slice(chunkAt + 1);
    const t = kind === 'wcxb' ? measureWcxb(a!, Number(b), Number(c)) : measureGenerated(Number(a), Number(b), Number(c));
    process.stdout.write(JSON.stringify(t) + '\n');
    return;
  }
  const data = arg(argv, '--data');
  const [shard, shards] = (arg(argv, '--shard') ?? '0/1').split('/').map(Number) as [number, number];
  const jobs = Math.max(1, Number(arg(argv, '--jobs') ?? 1));
  const log = arg(argv, '--log');
  const plan = chunkPlan({
    wcxb: data ? { dir: resolve(data), count: Math.min(Number(arg(argv, '--limit') ?? Infinity), wcxbFiles(data).length) } : null,
    generated: Number(arg(argv, '--generated') ?? 1_000),
    seed: Number(arg(argv, '--seed') ?? 8),
  });
  const done = new Set(readLog(log).map((r) => r.key));
  const todo = plan.filter((c, i) => i % shards === shard && !done.has(c.key));
  const records: ChunkRecord[] = [];
  const started = performance.now();
  process.stderr.write(`${todo.length} chunks to run (shard ${shard}/${shards}, ${done.size} already in the log), ${jobs} at a time\n`);
  let next = 0;
  // Every child runs the sources as they were when this run started.
  const frozen = freezeSources(fileURLToPath(import.meta.url));
  const worker = async () => {
    while (next < todo.length) {
      const chunk = todo[next++]!;
      const record = await runChild(frozen.script, chunk);
      records.push(record);
      if (log) appendFileSync(log, JSON.stringify(record) + '\n');
      const s = record.slowest;
      process.stderr.write(
        `${chunk.label}: ${record.pages} pages, ${record.errors} errors, slowest ${s?.ms ?? '-'} ms (${s?.page ?? '-'}), ` +
          `${Math.round(record.wallMs / 1000)} s — ${records.length}/${todo.length} chunks, ${Math.round((performance.now() - started) / 1000)} s\n`,
      );
      for (const f of record.failures) process.stderr.write(`  ${f.page}: ${f.error.split('\n').slice(0, 4).join(' | ')}\n`);
    }
  };
  try {
    await Promise.all(Array.from({ length: jobs }, worker));
  } finally {
    frozen.dispose();
  }

  // With a log, the summary counts every chunk of the plan found there (other shards' too); without, this run's.
  const counted = log ? readLog(log) : records;
  const byKey = new Map(counted.map((r) => [r.key, r]));
  const result: Record<string, ReturnType<typeof summary>> = {};
  for (const set of ['wcxb', 'generated'] as const) {
    const chunks = plan.filter((c) => c.set === set);
    if (!chunks.length) continue;
    const t = tally();
    for (const c of chunks) if (byKey.has(c.key)) add(t, byKey.get(c.key)!);
    result[set] = summary(t, chunks.reduce((n, c) => n + c.count, 0));
  }
  const errors = Object.values(result).reduce((n, s) => n + s.uncaughtErrors, 0);
  const wallS = Math.round((performance.now() - started) / 1000);
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify({ ...result, uncaughtErrors: errors, wallS }) + '\n');
  } else {
    for (const [name, s] of Object.entries(result)) {
      const covered = s.pages + s.unbuilt === s.planned ? '' : ` (of ${s.planned} planned: run the other shards)`;
      const unbuilt = s.unbuilt ? ` (${s.unbuilt} more jsdom could not build)` : '';
      console.log(`${name}: ${s.pages} pages${unbuilt}${covered}, ${s.uncaughtErrors} uncaught errors, mean ${s.meanMs} ms, slowest ${s.slowest?.ms} ms (${s.slowest?.page})`);
      for (const f of s.failures) console.log(`  ${f.page}: ${f.error.split('\n').slice(0, 4).join(' | ')}`);
    }
    console.log(`this run: ${records.length} chunks in ${wallS} s`);
  }
  process.exitCode = errors > 0 ? 1 : 0;
}

await main(process.argv.slice(2));
