// `npm run bench:browser -- --data DIR [--limit N | --every K | --sample N] [--half even|odd] [--only ID,ID]
//   [--json] [--dump FILE] [--compare DUMP] [--outside] [--browser chromium|firefox]`
// The extraction benchmark in the browser the extension ships to: our detector and Mozilla Readability (clone +
// parse) run on each saved page as headless Chromium (or, with --browser firefox, Firefox ESR) parses it, scored as
// bench-extract scores them (DESIGN.md), and, with --compare DUMP (a `bench-extract --dump` file), the pages where the
// browser's answer differs from jsdom's.
//
// Each page is served at its own address (every request of the page is answered from the saved file or refused,
// so nothing reaches the network) with a policy that blocks the page's own scripts: the document is the saved
// HTML as the browser decodes and parses it (with scripting on: `<noscript>` is text, where jsdom's documents parse it). Both systems come in one
// bundle built with the extension's own build options and are evaluated afresh on every page, as a content
// script is, so each page's timing is a cold start for both. Which system runs first alternates page by page.
//
// --outside also times what detection outside the page would cost (not what the extension does today): the page's
// markup serialised, parsed again with DOMParser in a long-lived page of its own, and our detector run there, where it
// stays compiled from page to page (an offscreen document in Chromium, the event page in Firefox, would be that page).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { bundleOptions } from './lib/bundle-options';
import { launchChromium, launchFirefox } from './lib/bench-drivers';
import { dayOf, sameAuthor, sameTitle, summarize, type Guess, type PageResult } from './lib/extract-scores';
import type { InPage } from './lib/measure-in-page';
import { readOptions } from './lib/options';
import { choosePages, readTruth } from './lib/wcxb-pages';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the bundle leaves both systems in the page. */
const BENCH_GLOBAL = '__marginaliaBench';
/** The address a page is served at: its own as the browser writes it (no fragment), or, where the truth names none or
 * one the browser cannot navigate to, an address of no site. */
function addressOf(url: string | null, id: string): string {
  try {
    const u = new URL(url ?? '');
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not a web page');
    u.hash = '';
    return u.href;
  } catch {
    return `https://wcxb.invalid/${id}.html`;
  }
}

/** Our detector and Readability in one script, minified with the extension's build options. */
async function benchBundle(): Promise<string> {
  const result = await build({
    ...bundleOptions(false),
    stdin: {
      contents: `import { detectCopy, measure, serialize } from './scripts/lib/measure-in-page';\nglobalThis.${BENCH_GLOBAL} = Object.assign(measure, { detectCopy, serialize });`,
      resolveDir: root, sourcefile: 'bench-browser-entry.ts', loader: 'ts',
    },
    format: 'iife', write: false, logLevel: 'silent', absWorkingDir: root,
  });
  return result.outputFiles[0]!.text;
}

/** Where the browser's answer differs from jsdom's on the same page, by part. */
function differences(a: Guess, b: Guess): string[] {
  const out: string[] = [];
  if ((a.title ?? '') !== (b.title ?? '')) out.push('title');
  if ((a.author ?? '') !== (b.author ?? '')) out.push('author');
  if ((a.date ?? '') !== (b.date ?? '')) out.push('date');
  if (a.isArticle !== b.isArticle) out.push('isArticle');
  if (a.body.replace(/\s+/g, ' ').trim() !== b.body.replace(/\s+/g, ' ').trim()) out.push('body');
  return out;
}

async function main(argv: string[]): Promise<void> {
  const opt = readOptions(argv, ['--json', '--outside']);
  const dir = opt.get('data');
  if (!dir) {
    process.stderr.write('usage: npm run bench:browser -- --data DIR [--limit N | --every K | --sample N] [--half even|odd] [--only ID,ID] [--json] [--dump FILE] [--compare DUMP] [--outside] [--browser chromium|firefox]\n');
    process.exit(2);
  }
  const json = argv.includes('--json');
  const ids = choosePages(dir, opt);
  const code = await benchBundle();
  const launch = opt.get('browser') === 'firefox' ? launchFirefox : launchChromium;
  let browser = await launch();
  const outsideToo = argv.includes('--outside');
  const outside: number[][] = [];
  if (outsideToo) await browser.runInHost(code);
  const t0 = performance.now();
  const results: (PageResult & Pick<InPage, 'warm'>)[] = [];
  let notLoaded = 0;
  for (const [i, id] of ids.entries()) {
    const truth = readTruth(dir, id);
    const url = addressOf(truth.url, id);
    try {
      await browser.open(url, gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))));
      // Evaluated by the browser's automation protocol, which the page's script policy does not govern.
      await browser.run(code);
      const m = await browser.run<InPage>(`${BENCH_GLOBAL}(${JSON.stringify(url)}, ${i % 2 === 0})`);
      results.push({ id, truth, ...m });
      if (outsideToo) {
        const copy = await browser.run<{ html: string; ms: number }>(`${BENCH_GLOBAL}.serialize()`);
        const t = await browser.runInHost<{ parseMs: number; detectMs: number }>(`${BENCH_GLOBAL}.detectCopy(${JSON.stringify(copy.html)}, ${JSON.stringify(url)})`);
        outside.push([copy.ms, t.parseMs, t.detectMs, copy.ms + t.parseMs + t.detectMs]);
      }
    } catch (e) {
      notLoaded++;
      process.stderr.write(`${id}: not measured (${(e as Error).message.split('\n')[0]})\n`);
      // A browser that failed a page may stay stuck on it (Firefox then times out every later load): start afresh.
      await browser.close().catch(() => undefined);
      browser = await launch();
      if (outsideToo) await browser.runInHost(code);
    }
    if (!json && (i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${ids.length}\n`);
  }
  await browser.close();
  const minutes = (performance.now() - t0) / 60000;
  const ours = summarize(results, 'ours');
  const ref = summarize(results, 'readability');
  const dump = opt.get('dump');
  if (dump) writeFileSync(dump, JSON.stringify(results, null, 1));
  // --compare: the same pages' answers from the jsdom benchmark.
  const compareFile = opt.get('compare');
  let parity: { compared: number; differ: Record<string, number>; pages: { id: string; parts: string[]; jsdomRight: string[]; browserRight: string[] }[] } | null = null;
  if (compareFile) {
    const jsdom = new Map((JSON.parse(readFileSync(compareFile, 'utf8')) as PageResult[]).map((r) => [r.id, r]));
    parity = { compared: 0, differ: {}, pages: [] };
    for (const r of results) {
      const j = jsdom.get(r.id);
      if (!j) continue;
      parity.compared++;
      const parts = differences(r.ours, j.ours);
      for (const p of parts) parity.differ[p] = (parity.differ[p] ?? 0) + 1;
      if (!parts.length) continue;
      // Which side the truth agrees with, for the metadata parts that are scored.
      const right = (g: Guess): string[] => [
        ...(sameTitle(g.title, r.truth.title) ? ['title'] : []),
        ...(sameAuthor(g.author, r.truth.author) ? ['author'] : []),
        ...(r.truth.date && dayOf(g.date) === r.truth.date ? ['date'] : []),
        ...(g.isArticle === (r.truth.type === 'article') ? ['isArticle'] : []),
      ];
      parity.pages.push({ id: r.id, parts, jsdomRight: right(j.ours).filter((p) => parts.includes(p)), browserRight: right(r.ours).filter((p) => parts.includes(p)) });
    }
  }
  const speedRatio = ref.medianMs / ours.medianMs;
  // The second run of each on the same page: code compiled, regexes built, the platform's Intl data loaded.
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const warm = { ours: median(results.map((r) => r.warm.ours)), readability: median(results.map((r) => r.warm.readability)) };
  const outsideMedians = outside.length ? { serializeMs: median(outside.map((r) => r[0]!)), parseMs: median(outside.map((r) => r[1]!)), detectMs: median(outside.map((r) => r[2]!)), totalMs: median(outside.map((r) => r[3]!)) } : null;
  if (json) {
    process.stdout.write(JSON.stringify({ data: dir, browser: browser.name, pages: results.length, asked: ids.length, notLoaded, minutes, ours, readability: ref, speedRatio, warm, warmSpeedRatio: warm.readability / warm.ours, outside: outsideMedians, parity }) + '\n');
    return;
  }
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
  const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
  const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const rows: [string, string, string][] = [
    [`body shingle F1 (${ours.articles} articles)`, f3(ours.shingleF1), f3(ref.shingleF1)],
    ['body word F1', f3(ours.wordF1), f3(ref.wordF1)],
    ['title / author / date', `${pct(ours.title)} / ${pct(ours.author)} / ${pct(ours.date)}`, `${pct(ref.title)} / ${pct(ref.author)} / ${pct(ref.date)}`],
    ['wrong dates', pct(ours.wrongDates), pct(ref.wrongDates)],
    [`isArticle accuracy (${ours.pages} pages)`, pct(ours.isArticleAccuracy), `${pct(ref.isArticleAccuracy)} (isProbablyReaderable)`],
    ['median / p95 ms per page, cold', `${ms(ours.medianMs)} / ${ms(ours.p95Ms)}`, `${ms(ref.medianMs)} / ${ms(ref.p95Ms)} (clone + parse)`],
    ['median ms per page, second run on the same page (warm)', ms(warm.ours), ms(warm.readability)],
    ...(outsideMedians ? [['median ms outside the page: serialise + parse + detect, total', `${ms(outsideMedians.serializeMs)} + ${ms(outsideMedians.parseMs)} + ${ms(outsideMedians.detectMs)}, ${ms(outsideMedians.totalMs)}`, '–'] as [string, string, string]] : []),
    ['pages that threw', String(ours.threw), String(ref.threw)],
  ];
  const lines = [`| in headless ${browser.name} | ours | Readability 0.6.0 |`, '|---|---|---|', ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${c} |`), '',
    `Speed (median): ours is ${speedRatio.toFixed(2)}× Readability's speed cold, ${(warm.readability / warm.ours).toFixed(2)}× warm (above 1: faster). Pages measured: ${results.length} of ${ids.length}. Run time: ${minutes.toFixed(1)} min.`];
  if (parity) {
    lines.push('', `Against jsdom (${compareFile}), ${parity.compared} pages compared: ${Object.keys(parity.differ).length ? Object.entries(parity.differ).map(([p, n]) => `${p} differs on ${n}`).join(', ') : 'the same answers on every page'}.`);
    for (const p of parity.pages) lines.push(`- ${p.id}: ${p.parts.join(', ')}${p.jsdomRight.length || p.browserRight.length ? ` (truth agrees with jsdom on: ${p.jsdomRight.join(', ') || 'none'}; in the browser on: ${p.browserRight.join(', ') || 'none'})` : ''}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}

await main(process.argv.slice(2));
