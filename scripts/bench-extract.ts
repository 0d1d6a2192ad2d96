// `npm run bench:extract -- --data DIR [--limit N | --every K | --sample N] [--half even|odd] [--only ID,ID]
//   [--json] [--dump FILE] [--progress FILE] [--no-reference] [--jobs J] [--hash-classes]`
// Runs our article detector and Mozilla Readability (clone + parse, as a content script must) in the
// same run over a data set in WCXB layout (html/ID.html.gz, ground-truth/ID.json) and prints a
// markdown table side by side, or one JSON object with --json. Metrics follow DESIGN.md.
//
// Each page is parsed once (scripts/lib/page-parser.ts, untimed) and shared: ours reads that document,
// Readability clones it and parses the clone, each timed alone. jsdom's memory grows with every page
// until its process ends, so pages are measured in child processes of CHUNK pages each, J at a time
// (one per CPU is the sensible default), and merged here.
//
// --hash-classes replaces every class word and id of each page with a hash before both systems read it
// (scripts/lib/hash-classes.ts): how much the answers lean on class names that unseen templates may not have.
import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inChildChunks } from './lib/child-chunks';
import { summarize, type PageResult } from './lib/extract-scores';
import { PageParser } from './lib/page-parser';
import { readOptions } from './lib/options';
import { NOT_RUN, runOurs, runReadability } from './lib/systems';
import { choosePages, readTruth } from './lib/wcxb-pages';
import { hashClasses } from './lib/hash-classes';

/** Pages per child process: a child's jsdom leftovers stay around 1 GB, far below Node's default heap. */
const CHUNK = 60;

function runPage(parser: PageParser, dir: string, id: string, withReference: boolean, hashed: boolean): PageResult {
  const truth = readTruth(dir, id);
  const doc = parser.parse(join(dir, 'html', `${id}.html.gz`), truth.url);
  if (hashed) hashClasses(doc);
  const ours = runOurs(doc, truth.url ?? undefined);
  const readability = withReference ? runReadability(doc) : NOT_RUN;
  return { id, truth, ours, readability };
}

/** In a child: measures the given pages and prints one JSON line per page. */
function runChild(dir: string, ids: string[], withReference: boolean, hashed: boolean): void {
  const parser = new PageParser();
  for (const id of ids) {
    try {
      process.stdout.write(JSON.stringify(runPage(parser, dir, id, withReference, hashed)) + '\n');
    } catch (e) {
      process.stderr.write(`${id}: could not load (${(e as Error).message})\n`);
    }
  }
  parser.close();
}

/** Runs the pages in child processes of CHUNK pages, `jobs` at a time; results in page order. */
async function runInChildren(dir: string, ids: string[], withReference: boolean, hashed: boolean, jobs: number, quiet: boolean, onChunk?: (lines: string) => void): Promise<PageResult[]> {
  let done = 0;
  const parts = await inChildChunks({
    script: fileURLToPath(import.meta.url), ids, chunk: CHUNK, jobs,
    args: (chunk) => ['--child', dir, chunk.join(','), ...(withReference ? [] : ['--no-reference']), ...(hashed ? ['--hash-classes'] : [])],
    onChunk: (lines, chunk) => {
      onChunk?.(lines.map((l) => l + '\n').join(''));
      done += chunk.length;
      if (!quiet) process.stderr.write(`${done}/${ids.length}\n`);
    },
  });
  return parts.flat().map((l) => JSON.parse(l) as PageResult);
}

type Summary = ReturnType<typeof summarize>;

/** Ours on the even ids (tuned on) and the odd ids (held out) of the same run. */
function halves(results: PageResult[]): { half: string; ours: Summary }[] {
  return (['even', 'odd'] as const).map((half) => ({ half, ours: summarize(results.filter((r) => Number(r.id) % 2 === (half === 'even' ? 0 : 1)), 'ours') }));
}

function halvesTable(rows: { half: string; ours: Summary }[]): string {
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
  const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
  return ['| ours, by id | pages | articles | body shingle F1 | body word F1 | isArticle |', '|---|---:|---:|---|---|---|',
    ...rows.filter((r) => r.ours.pages).map(({ half, ours: o }) => `| ${half} ids${half === 'even' ? ' (tuned on)' : ' (held out)'} | ${o.pages} | ${o.articles} | ${f3(o.shingleF1)} | ${f3(o.wordF1)} | ${pct(o.isArticleAccuracy)} |`)].join('\n');
}

function table(ours: Summary, ref: Summary, speedRatio: number, wanted: number): string {
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
  const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
  const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const types = Object.keys(ours.isArticleByType);
  const rows: [string, string, string][] = [
    [`body shingle F1 (${ours.articles} articles)`, f3(ours.shingleF1), f3(ref.shingleF1)],
    ['body shingle precision / recall', `${f3(ours.shinglePrecision)} / ${f3(ours.shingleRecall)}`, `${f3(ref.shinglePrecision)} / ${f3(ref.shingleRecall)}`],
    ['body word F1', f3(ours.wordF1), f3(ref.wordF1)],
    ['title', pct(ours.title), pct(ref.title)],
    ['author', pct(ours.author), pct(ref.author)],
    ['date (to the day)', pct(ours.date), pct(ref.date)],
    ['wrong dates', pct(ours.wrongDates), pct(ref.wrongDates)],
    [`isArticle accuracy (${ours.pages} pages)`, pct(ours.isArticleAccuracy), pct(ref.isArticleAccuracy) + ' (isProbablyReaderable)'],
    ...types.map((t): [string, string, string] => [`  isArticle right on ${t}`, ours.isArticleByType[t]!, ref.isArticleByType[t] ?? '–']),
    ['median ms / page', ms(ours.medianMs), ms(ref.medianMs) + ' (clone + parse)'],
    ['p95 ms / page', ms(ours.p95Ms), ms(ref.p95Ms)],
    ['pages that threw', String(ours.threw), String(ref.threw)],
    ['pages where a part of ours threw (caught, that part not found)', String(ours.caught), '–'],
    ['pages measured (of those asked for)', `${ours.pages} of ${wanted}`, `${ref.pages} of ${wanted}`],
  ];
  const measured = Number.isFinite(ref.medianMs);
  const lines = ['| metric | ours | Readability 0.6.0 |', '|---|---|---|', ...rows.map(([a, b, c]) => `| ${a} | ${b} | ${measured ? c : '–'} |`)];
  if (measured) lines.push('', `Speed: ours is ${speedRatio.toFixed(1)}× faster than Readability (median).`);
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const withReference = !argv.includes('--no-reference');
  const hashed = argv.includes('--hash-classes');
  if (argv[0] === '--child') return runChild(argv[1]!, argv[2]!.split(','), withReference, hashed);
  const opt = readOptions(argv, ['--json', '--no-reference', '--hash-classes']);
  const dir = opt.get('data');
  if (!dir) {
    process.stderr.write('usage: npm run bench:extract -- --data DIR [--limit N | --every K | --sample N] [--half even|odd] [--only ID,ID] [--json] [--dump FILE] [--progress FILE] [--no-reference] [--jobs J] [--hash-classes]\n');
    process.exit(2);
  }
  const json = argv.includes('--json');
  const ids = choosePages(dir, opt);
  const t0 = performance.now();
  // --progress FILE: each finished chunk's pages as JSON lines, so a run stopped early keeps what it measured.
  const progress = opt.get('progress');
  if (progress) writeFileSync(progress, '');
  const onChunk = progress ? (lines: string): void => appendFileSync(progress, lines) : undefined;
  const results = await runInChildren(dir, ids, withReference, hashed, Number(opt.get('jobs') ?? 2), json, onChunk);
  const minutes = (performance.now() - t0) / 60000;
  const ours = summarize(results, 'ours');
  const ref = summarize(results, 'readability');
  const speedRatio = ref.medianMs / ours.medianMs;
  const byHalf = halves(results);
  const dump = opt.get('dump');
  if (dump) writeFileSync(dump, JSON.stringify(results, null, 1));
  if (json) process.stdout.write(JSON.stringify({ data: dir, pages: results.length, asked: ids.length, minutes, ours, readability: ref, speedRatio, halves: byHalf }) + '\n');
  else process.stdout.write(`${table(ours, ref, speedRatio, ids.length)}\n\n${halvesTable(byHalf)}\n\nRun time: ${minutes.toFixed(1)} min for ${ids.length} pages.\n`);
}

await main(process.argv.slice(2));
