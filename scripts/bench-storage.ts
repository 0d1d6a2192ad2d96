// `npm run bench:storage`: the extension's own storage code in real Chromium, on a library of 1,000 articles and
// 10,000 annotations. Times, as median and p95 over several runs: one article's annotations, a search, a full
// export (library-snapshot + backup serialization) and a full import, first inside the service worker (the
// storage code alone, on a throwaway database per run) and then as the pages see it, through runtime messages.
// Options: --json (one JSON object), --runs N (default 5), --articles N, --annotations N.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { buildExtension } from './build';
import { launchWithExtension } from './lib/chromium';
import { serializeBackup, toBackup } from '../src/export/backup';
import { makeBenchLibrary } from '../test/fixtures/db/bench-library';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option('runs', 5);
const ARTICLES = option('articles', 1000);
const ANNOTATIONS = option('annotations', 10_000);
/** Samples per run of the quick operations, so their p95 rests on more than a handful of numbers. */
const SAMPLES_PER_RUN = 20;
/** Searches the library page makes: a topical word, accents, several words, words with a filter. */
const SEARCHES = [{ query: 'government' }, { query: 'zurich' }, { query: 'Résumé' }, { query: 'energy prices winter' }, { query: 'market', filter: { tag: 'economy' } }];
/** A filter alone ("every blue highlight"): a fifth of the library, so mostly the cost of returning 2,000 hits. */
const FILTER_ONLY = { query: '', filter: { color: 'blue' } };
/** The issue's bar, in milliseconds (medians in Chromium). */
const BAR = { annotationsOfOneArticle: 20, search: 50, export: 1000, import: 3000 };

const root = fileURLToPath(new URL('..', import.meta.url));
const library = makeBenchLibrary(ARTICLES, ANNOTATIONS);
const backupText = serializeBackup(toBackup(library.articles, library.annotations, new Date('2026-01-01T00:00:00Z')));
const articleKeys = library.articles.map((a) => a.key);

process.stderr.write('building the extension…\n');
await buildExtension({ e2e: true });
const browser = await launchWithExtension(`${root}dist/e2e-chrome`, { headless: true });
// tsx compiles with esbuild's keepNames, which wraps the named functions inside the evaluated code in calls to a
// `__name` helper that only exists in Node; the browser side gets a no-op one.
const DEFINE_NAME_HELPER = 'globalThis.__name = (fn) => fn';
try {
  await browser.worker.evaluate(DEFINE_NAME_HELPER);
  const samples: Record<string, number[]> = {};
  const add = (name: string, values: number[]) => (samples[name] ??= []).push(...values);
  for (let run = 0; run < RUNS; run++) {
    process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    for (const [name, values] of Object.entries(await runInWorker(browser.worker, run))) add(name, values);
  }
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
  await page.evaluate(DEFINE_NAME_HELPER);
  for (const [name, values] of Object.entries(await runThroughMessages(page))) add(name, values);
  report(samples);
} finally {
  await browser.close();
}

/** One run inside the service worker on a fresh database: import, import again, reads, search, export. */
async function runInWorker(worker: Worker, run: number): Promise<Record<string, number[]>> {
  return worker.evaluate(
    async ({ text, keys, searches, filterOnly, samplesPerRun, name }) => {
      type Handle = (library: unknown, request: unknown) => Promise<unknown>;
      const storage = (globalThis as unknown as { marginalia: { storage: { open(n: string): Promise<{ close(): void }>; handle: Handle; backupText(s: unknown): string; deleteDatabase(n: string): Promise<void> } } }).marginalia.storage;
      const timed = async (work: () => Promise<unknown>): Promise<number> => {
        const start = performance.now();
        await work();
        return performance.now() - start;
      };
      const out: Record<string, number[]> = {};
      const library = await storage.open(name);
      out['import into an empty library'] = [await timed(() => storage.handle(library, { type: 'backup-import', text }))];
      out['import the same file again'] = [await timed(() => storage.handle(library, { type: 'backup-import', text }))];
      out['search, first after start (loads the index)'] = [await timed(() => storage.handle(library, { type: 'library-search', ...searches[0] }))];
      out["one article's annotations"] = [];
      for (let i = 0; i < samplesPerRun; i++) {
        const articleKey = keys[(i * 7919 + name.length) % keys.length];
        out["one article's annotations"].push(await timed(() => storage.handle(library, { type: 'annotations-list', articleKey })));
      }
      out.search = [];
      for (let i = 0; i < samplesPerRun; i++) out.search.push(await timed(() => storage.handle(library, { type: 'library-search', ...searches[i % searches.length] })));
      out['search, colour filter only'] = [];
      for (let i = 0; i < 5; i++) out['search, colour filter only'].push(await timed(() => storage.handle(library, { type: 'library-search', ...filterOnly })));
      out['library-articles'] = [await timed(() => storage.handle(library, { type: 'library-articles' }))];
      out['export (snapshot + serialization)'] = [await timed(async () => storage.backupText(await storage.handle(library, { type: 'library-snapshot' })))];
      library.close();
      await storage.deleteDatabase(name);
      return out;
    },
    { text: backupText, keys: articleKeys, searches: SEARCHES, filterOnly: FILTER_ONLY, samplesPerRun: SAMPLES_PER_RUN, name: `bench-${run}` },
  );
}

/** As the popup and the library page see it: runtime messages to the background, on the reader's own database. */
async function runThroughMessages(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(
    async ({ text, keys, searches, filterOnly, samples }) => {
      const send = async (message: unknown): Promise<number> => {
        const start = performance.now();
        const reply = (await chrome.runtime.sendMessage(message)) as { ok: boolean; error?: string };
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - start;
      };
      const out: Record<string, number[]> = { 'message: import into an empty library': [await send({ type: 'backup-import', text })] };
      out["message: one article's annotations"] = [];
      out['message: search'] = [];
      for (let i = 0; i < samples; i++) out["message: one article's annotations"].push(await send({ type: 'annotations-list', articleKey: keys[(i * 7919) % keys.length] }));
      for (let i = 0; i < samples; i++) out['message: search'].push(await send({ type: 'library-search', ...searches[i % searches.length] }));
      out['message: search, colour filter only'] = [];
      for (let i = 0; i < 5; i++) out['message: search, colour filter only'].push(await send({ type: 'library-search', ...filterOnly }));
      out['message: export snapshot'] = [];
      for (let i = 0; i < 5; i++) out['message: export snapshot'].push(await send({ type: 'library-snapshot' }));
      return out;
    },
    { text: backupText, keys: articleKeys, searches: SEARCHES, filterOnly: FILTER_ONLY, samples: SAMPLES_PER_RUN * 3 },
  );
}

function report(samples: Record<string, number[]>): void {
  const rows = Object.entries(samples).map(([operation, values]) => ({ operation, samples: values.length, median: percentile(values, 0.5), p95: percentile(values, 0.95), bar: barOf(operation) }));
  const result = {
    library: { articles: ARTICLES, annotations: ANNOTATIONS, backupBytes: Buffer.byteLength(backupText) },
    browser: browser.context.browser()?.version() ?? 'chromium',
    runs: RUNS,
    // Timings scale with how busy the machine is; these say how busy it was.
    machine: { cpus: cpus().length, loadAverage: round(loadavg()[0] ?? 0) },
    operations: Object.fromEntries(rows.map((r) => [r.operation, { median: round(r.median), p95: round(r.p95), samples: r.samples, ...(r.bar ? { bar: r.bar, meetsBar: r.median < r.bar } : {}) }])),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`${ARTICLES} articles, ${ANNOTATIONS} annotations (backup ${(result.library.backupBytes / 1e6).toFixed(1)} MB), ${RUNS} runs, Chromium ${result.browser}, ${result.machine.cpus} CPUs, load average ${result.machine.loadAverage}\n`);
  console.log('| operation | median ms | p95 ms | samples | bar (median) |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.operation} | ${round(r.median)} | ${round(r.p95)} | ${r.samples} | ${r.bar ? `< ${r.bar} ms ${r.median < r.bar ? '✓' : '✗'}` : ''} |`);
}

function barOf(operation: string): number | undefined {
  const name = operation.replace(/^message: /, '');
  if (name === "one article's annotations") return BAR.annotationsOfOneArticle;
  if (name === 'search') return BAR.search;
  if (name.startsWith('export')) return BAR.export;
  if (name === 'import into an empty library') return BAR.import;
  return undefined;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
