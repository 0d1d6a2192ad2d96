// `npm run bench:storage`: the extension's own storage code in real Chromium, on a library of 1,000 articles and
// 10,000 annotations. Times, as median and p95 over several runs: one article's annotations, a search, a full
// export and a full import, first inside the service worker (the storage code alone, on a throwaway database per
// run), then as the library page sees them: its requests posted to the worker (rows `page:`), and the import and
// the backup download driven through the page itself (rows `reader:`, from the file chosen to the summary shown,
// from the button pressed to the file handed to the browser). Rows `sendMessage:` are the same requests by
// runtime.sendMessage, the route the page took before, for comparison.
// The reader's import is timed in a fresh browser each run (an empty profile, as a reader restoring a backup has).
// Rows `import phase:` split the import's time in the background into its steps (src/background/storage/import-phases.ts).
// Options: --json (one JSON object), --runs N (default 5), --articles N, --annotations N.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { buildExtension } from './build';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { IMPORT_MARK_PREFIX } from '../src/background/storage/import-phases';
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
// tsx compiles with esbuild's keepNames, which wraps the named functions inside the evaluated code in calls to a
// `__name` helper that only exists in Node; the browser side gets a no-op one.
const DEFINE_NAME_HELPER = 'globalThis.__name = (fn) => fn';
const launch = async (): Promise<ExtensionBrowser> => {
  const launched = await launchWithExtension(`${root}dist/e2e-chrome`, { headless: true });
  await launched.worker.evaluate(DEFINE_NAME_HELPER);
  return launched;
};
const loadAtStart = loadavg()[0] ?? 0;
const samples: Record<string, number[]> = {};
const add = (name: string, values: number[]) => (samples[name] ??= []).push(...values);
let chromiumVersion = 'chromium';
let browser = await launch();
try {
  chromiumVersion = browser.context.browser()?.version() ?? chromiumVersion;
  for (let run = 0; run < RUNS; run++) {
    process.stderr.write(`run ${run + 1}/${RUNS} in the worker\n`);
    for (const [name, values] of Object.entries(await runInWorker(browser.worker, run))) add(name, values);
    for (const [name, values] of Object.entries(await importPhases(browser.worker, ''))) add(name, values);
  }
  for (let run = 0; run < RUNS; run++) {
    process.stderr.write(`run ${run + 1}/${RUNS} through the library page, in a fresh browser\n`);
    await browser.close();
    browser = await launch();
    const page = await openLibraryPage(browser);
    for (const [name, values] of Object.entries(await importAsTheReader(page))) add(name, values);
    for (const [name, values] of Object.entries(await importPhases(browser.worker, 'reader: '))) add(name, values);
  }
  const page = await openLibraryPage(browser);
  for (const [name, values] of Object.entries(await runThroughLibraryPage(page))) add(name, values);
  report(samples);
} finally {
  await browser.close();
}

async function openLibraryPage(on: ExtensionBrowser): Promise<Page> {
  const page = await on.context.newPage();
  await page.goto(`chrome-extension://${on.extensionId}/library.html`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.locator('input[type=file]').waitFor({ state: 'attached' });
  await page.evaluate(DEFINE_NAME_HELPER);
  return page;
}

/** The time of each step of the imports since the marks were last read (see import-phases.ts); clears them. */
async function importPhases(worker: Worker, prefix: string): Promise<Record<string, number[]>> {
  const marks = await worker.evaluate((markPrefix) => {
    const found = performance.getEntriesByType('mark').filter((m) => m.name.startsWith(markPrefix)).map((m) => [m.name.slice(markPrefix.length), m.startTime] as const);
    performance.clearMarks();
    return found;
  }, IMPORT_MARK_PREFIX);
  const out: Record<string, number[]> = {};
  const STEPS: Record<string, string> = { read: 'read the file', parsed: 'parse and check', planned: 'read the library and plan the merge', issued: 'issue the writes', committed: 'commit' };
  // The first import is into the empty library, the second the same file again.
  let imports = 0;
  for (let i = 0; i < marks.length; i++) {
    const [name, time] = marks[i]!;
    if (name === 'start' && ++imports > 2) break;
    if (name === 'start') continue;
    (out[`${prefix}import${imports === 2 ? ' again' : ''}, phase: ${STEPS[name] ?? name}`] ??= []).push(time - marks[i - 1]![1]);
  }
  return out;
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
      out['export (records in memory)'] = [await timed(() => storage.handle(library, { type: 'backup-export' }))];
      // A second connection has no records in memory, as after the worker restarted: it reads the database.
      const cold = await storage.open(name);
      out['export (records read from the database)'] = [await timed(() => storage.handle(cold, { type: 'backup-export' }))];
      cold.close();
      library.close();
      await storage.deleteDatabase(name);
      return out;
    },
    { text: backupText, keys: articleKeys, searches: SEARCHES, filterOnly: FILTER_ONLY, samplesPerRun: SAMPLES_PER_RUN, name: `bench-${run}` },
  );
}

/**
 * The reader's import through the library page's file input, from the moment it reports the chosen file until the
 * page shows the summary: into the empty library of a fresh profile, then the same file again.
 */
async function importAsTheReader(page: Page): Promise<Record<string, number[]>> {
  const importOnce = async (): Promise<number> => {
    await page.evaluate(() => {
      const input = document.querySelector('input[type=file]')!;
      const times = ((globalThis as unknown as { importTimes: { chosen: number; shown: number } }).importTimes = { chosen: 0, shown: 0 });
      input.addEventListener('change', () => (times.chosen = performance.now()), { capture: true, once: true });
      // The summary of an earlier import stays until the page clears it for this one: only a summary shown after
      // that counts.
      let cleared = !document.querySelector('[data-testid=import-result]');
      const observer = new MutationObserver(() => {
        const shown = /^Imported/.test(document.querySelector('[data-testid=import-result]')?.textContent ?? '');
        if (times.chosen > 0 && !shown) cleared = true;
        if (!cleared || !shown) return;
        times.shown = performance.now();
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await page.waitForFunction(() => (globalThis as unknown as { importTimes: { shown: number } }).importTimes.shown > 0, undefined, { timeout: 120_000 });
    const ms = await page.evaluate(() => {
      const times = (globalThis as unknown as { importTimes: { chosen: number; shown: number } }).importTimes;
      return times.shown - times.chosen;
    });
    // The page reloads its lists after an import; the next step waits for that, as a reader would.
    await page.getByText(`${ANNOTATIONS.toLocaleString('en')} highlights`).first().waitFor({ timeout: 120_000 });
    return ms;
  };
  const first = await importOnce();
  return { 'reader: import into an empty library': [first], 'reader: import the same file again': [await importOnce()] };
}

/**
 * As the library page sees it, on the reader's own database (holding the imported library): the backup download
 * through the page's button, then its requests as it posts them to the worker, and the old sendMessage route.
 */
async function runThroughLibraryPage(page: Page): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  await page.getByText(`${ANNOTATIONS.toLocaleString('en')} highlights`).first().waitFor({ timeout: 120_000 });
  // Backup: from the button press until the finished file is handed to the browser as a download link's click.
  out['reader: download a backup'] = [];
  for (let i = 0; i < RUNS; i++) {
    const download = page.waitForEvent('download');
    const ms = await page.evaluate(async () => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Download a backup')!;
      const handed = new Promise<number>((resolve) =>
        document.addEventListener('click', (event) => (event.target as Element).matches('a[download]') && resolve(performance.now()), { capture: true, once: false }),
      );
      const start = performance.now();
      button.click();
      return (await handed) - start;
    });
    await (await download).cancel();
    out['reader: download a backup'].push(ms);
  }
  const requests = await page.evaluate(
    async ({ keys, searches, filterOnly, samples, runs }) => {
      const worker = (await navigator.serviceWorker.getRegistration())?.active;
      if (!worker) throw new Error('no active service worker');
      // What src/pages/shared/ask-background.ts does: post the request with a port for the reply.
      const post = (message: unknown) =>
        new Promise<{ ok: boolean; error?: string }>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(event.data);
          worker.postMessage(message, [channel.port2]);
        });
      const timed = async (route: (message: unknown) => Promise<unknown>, message: unknown): Promise<number> => {
        const start = performance.now();
        const reply = (await route(message)) as { ok: boolean; error?: string };
        if (!reply.ok) throw new Error(reply.error);
        return performance.now() - start;
      };
      const sendMessage = (message: unknown) => chrome.runtime.sendMessage(message);
      const out: Record<string, number[]> = {};
      const sample = async (name: string, count: number, route: (message: unknown) => Promise<unknown>, message: (i: number) => unknown) => {
        out[name] = [];
        for (let i = 0; i < count; i++) out[name].push(await timed(route, message(i)));
      };
      await sample("page: one article's annotations", samples, post, (i) => ({ type: 'annotations-list', articleKey: keys[(i * 7919) % keys.length] }));
      // As the library page asks: the first 50 articles of results (the rest on request).
      const firstPage = { offset: 0, limit: 50 };
      await sample('page: search', samples, post, (i) => ({ type: 'library-search', ...searches[i % searches.length], page: firstPage }));
      await sample('page: search, colour filter only', runs, post, () => ({ type: 'library-search', ...filterOnly, page: firstPage }));
      await sample('page: search, colour filter only, every result at once', runs, post, () => ({ type: 'library-search', ...filterOnly }));
      await sample('page: export', runs, post, () => ({ type: 'backup-export' }));
      await sample('page: library-snapshot', runs, post, () => ({ type: 'library-snapshot' }));
      await sample('sendMessage: export', runs, sendMessage, () => ({ type: 'backup-export' }));
      await sample('sendMessage: library-snapshot', runs, sendMessage, () => ({ type: 'library-snapshot' }));
      return out;
    },
    { keys: articleKeys, searches: SEARCHES, filterOnly: FILTER_ONLY, samples: SAMPLES_PER_RUN * 3, runs: RUNS },
  );
  return { ...out, ...requests };
}

function report(samples: Record<string, number[]>): void {
  const rows = Object.entries(samples).map(([operation, values]) => ({ operation, samples: values.length, median: percentile(values, 0.5), p95: percentile(values, 0.95), bar: barOf(operation) }));
  const result = {
    library: { articles: ARTICLES, annotations: ANNOTATIONS, backupBytes: Buffer.byteLength(backupText) },
    browser: chromiumVersion,
    runs: RUNS,
    // Timings scale with how busy the machine is; these say how busy it was.
    machine: { cpus: cpus().length, loadAverage: round(loadavg()[0] ?? 0), loadAverageAtStart: round(loadAtStart) },
    operations: Object.fromEntries(rows.map((r) => [r.operation, { median: round(r.median), p95: round(r.p95), samples: r.samples, ...(r.bar ? { bar: r.bar, meetsBar: r.median < r.bar } : {}) }])),
  };
  if (args.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`${ARTICLES} articles, ${ANNOTATIONS} annotations (backup ${(result.library.backupBytes / 1e6).toFixed(1)} MB), ${RUNS} runs, Chromium ${result.browser}, ${result.machine.cpus} CPUs, load average ${result.machine.loadAverageAtStart} at the start, ${result.machine.loadAverage} at the end\n`);
  console.log('| operation | median ms | p95 ms | samples | bar (median) |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.operation} | ${round(r.median)} | ${round(r.p95)} | ${r.samples} | ${r.bar ? `< ${r.bar} ms ${r.median < r.bar ? '✓' : '✗'}` : ''} |`);
}

function barOf(operation: string): number | undefined {
  const name = operation.replace(/^(page|reader|sendMessage): /, '').replace(/ \(.*\)$/, '');
  if (name === "one article's annotations") return BAR.annotationsOfOneArticle;
  if (name === 'search') return BAR.search;
  if (name === 'export' || name === 'download a backup') return BAR.export;
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
