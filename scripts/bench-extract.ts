// `npm run bench:extract -- --data DIR [--limit N] [--json] [--only ID,ID] [--dump FILE] [--no-reference]`
// Runs our article detector and Mozilla Readability (clone + parse, as a content script must) in the
// same run over a data set in WCXB layout (html/ID.html.gz, ground-truth/ID.json) and prints a
// markdown table side by side, or one JSON object with --json. Metrics follow DESIGN.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { detectArticle } from '../src/article/detect-article';
import { loadPage } from './extract';

interface Truth { title: string | null; author: string | null; date: string | null; body: string | null; type: string; url: string | null }
interface Guess { title: string | null; author: string | null; date: string | null; body: string; isArticle: boolean; ms: number; threw: boolean }
interface PageResult { id: string; truth: Truth; ours: Guess; readability: Guess }

const TOKEN = /[\p{L}\p{N}_]+/gu;
const tokens = (s: string): string[] => s.match(TOKEN) ?? [];
const fold = (s: string): string => (s.toLowerCase().match(TOKEN) ?? []).join(' ');

function counts<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function overlap<T>(a: Map<T, number>, b: Map<T, number>): number {
  let n = 0;
  for (const [k, v] of a) n += Math.min(v, b.get(k) ?? 0);
  return n;
}

function shingles(text: string): string[] {
  const t = tokens(text);
  if (t.length < 4) return t.length ? [t.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + 4 <= t.length; i++) out.push(t.slice(i, i + 4).join(' '));
  return out;
}

/** Per-page shingle precision and recall (Zyte's article-extraction benchmark). */
export function shinglePR(guess: string, truth: string): { p: number; r: number } {
  const g = shingles(guess);
  const t = shingles(truth);
  if (!g.length && !t.length) return { p: 1, r: 1 };
  const tp = overlap(counts(g), counts(t));
  return { p: g.length ? tp / g.length : 0, r: t.length ? tp / t.length : 1 };
}

/** Per-page bag-of-words F1 on lower-cased tokens (WCXB). */
export function wordF1(guess: string, truth: string): number {
  const g = tokens(guess.toLowerCase());
  const t = tokens(truth.toLowerCase());
  if (!g.length && !t.length) return 1;
  if (!g.length || !t.length) return 0;
  const tp = overlap(counts(g), counts(t));
  if (!tp) return 0;
  const p = tp / g.length;
  const r = tp / t.length;
  return (2 * p * r) / (p + r);
}

export function sameTitle(a: string | null, b: string | null): boolean {
  return !!a && !!b && fold(a) === fold(b);
}

export function sameAuthor(guess: string | null, truth: string | null): boolean {
  if (!guess || !truth) return false;
  const g = fold(guess).replace(/^by /, '');
  const t = fold(truth).replace(/^by /, '');
  return !!g && !!t && (g === t || g.includes(t) || t.includes(g));
}

/** The calendar day of any date string (ISO prefix as written, else what Date makes of it). */
export function dayOf(s: string | null): string | null {
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

function readTruth(dir: string, id: string): Truth {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = j.ground_truth ?? {};
  const type = j._internal?.page_type?.primary ?? g.page_type ?? 'unknown';
  return { title: g.title || null, author: g.author || null, date: g.publish_date || null, body: g.main_content ?? null, type, url: j.url ?? null };
}

function timed<T>(fn: () => T): { value: T | null; ms: number; threw: boolean } {
  const t0 = performance.now();
  try {
    const value = fn();
    return { value, ms: performance.now() - t0, threw: false };
  } catch {
    return { value: null, ms: performance.now() - t0, threw: true };
  }
}

function runPage(dir: string, id: string, withReference: boolean): PageResult {
  const truth = readTruth(dir, id);
  const dom = loadPage(join(dir, 'html', `${id}.html.gz`), truth.url);
  const doc = dom.window.document;
  try {
    const o = timed(() => detectArticle(doc, { url: truth.url ?? undefined }));
    const ours: Guess = {
      title: o.value?.title ?? null, author: o.value?.byline ?? null, date: o.value?.publishedTime ?? null,
      body: o.value?.text ?? '', isArticle: o.value?.isArticle ?? false, ms: o.ms, threw: o.threw,
    };
    const r = withReference ? timed(() => new Readability(doc.cloneNode(true) as Document).parse()) : { value: null, ms: NaN, threw: false };
    let readerable = false;
    try {
      readerable = withReference && isProbablyReaderable(doc);
    } catch {
      readerable = false;
    }
    const readability: Guess = {
      title: r.value?.title ?? null, author: r.value?.byline ?? null, date: r.value?.publishedTime ?? null,
      body: r.value?.textContent ?? '', isArticle: readerable, ms: r.ms, threw: r.threw,
    };
    return { id, truth, ours, readability };
  } finally {
    dom.window.close();
  }
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function summarize(results: PageResult[], who: 'ours' | 'readability') {
  const arts = results.filter((r) => r.truth.type === 'article' && r.truth.body != null);
  const prs = arts.map((r) => shinglePR(r[who].body, r.truth.body!));
  const p = mean(prs.map((x) => x.p));
  const rc = mean(prs.map((x) => x.r));
  const withTitle = arts.filter((r) => r.truth.title);
  const withAuthor = arts.filter((r) => r.truth.author);
  const withDate = arts.filter((r) => r.truth.date);
  const ms = results.map((r) => r[who].ms);
  return {
    articles: arts.length,
    shingleF1: (2 * p * rc) / (p + rc),
    shinglePrecision: p,
    shingleRecall: rc,
    wordF1: mean(arts.map((r) => wordF1(r[who].body, r.truth.body!))),
    title: mean(withTitle.map((r) => (sameTitle(r[who].title, r.truth.title) ? 1 : 0))),
    author: mean(withAuthor.map((r) => (sameAuthor(r[who].author, r.truth.author) ? 1 : 0))),
    date: mean(withDate.map((r) => (dayOf(r[who].date) === r.truth.date ? 1 : 0))),
    wrongDates: mean(withDate.map((r) => (r[who].date && dayOf(r[who].date) !== r.truth.date ? 1 : 0))),
    isArticleAccuracy: mean(results.map((r) => (r[who].isArticle === (r.truth.type === 'article') ? 1 : 0))),
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    threw: results.filter((r) => r[who].threw).length,
    pages: results.length,
  };
}

function main(argv: string[]): void {
  let dir = '';
  let limit = Infinity;
  let json = false;
  let only: Set<string> | null = null;
  let dump: string | null = null;
  let withReference = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') dir = argv[++i] ?? '';
    else if (a === '--limit') limit = Number(argv[++i]);
    else if (a === '--json') json = true;
    else if (a === '--only') only = new Set((argv[++i] ?? '').split(','));
    else if (a === '--dump') dump = argv[++i] ?? null;
    else if (a === '--no-reference') withReference = false;
  }
  if (!dir) {
    process.stderr.write('usage: npm run bench:extract -- --data DIR [--limit N] [--json] [--only ID,ID] [--dump FILE] [--no-reference]\n');
    process.exit(2);
  }
  let ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  if (only) ids = ids.filter((id) => only!.has(id));
  // --limit takes every k-th page so a subset keeps the mix of page types.
  if (Number.isFinite(limit) && limit < ids.length) {
    const step = ids.length / limit;
    ids = Array.from({ length: limit }, (_, k) => ids[Math.floor(k * step)]!);
  }
  const results: PageResult[] = [];
  for (const id of ids) {
    try {
      results.push(runPage(dir, id, withReference));
    } catch (e) {
      process.stderr.write(`${id}: could not load (${(e as Error).message})\n`);
    }
    if (!json && results.length % 100 === 0) process.stderr.write(`${results.length}/${ids.length}\r`);
  }
  const ours = summarize(results, 'ours');
  const ref = summarize(results, 'readability');
  const speedRatio = ref.medianMs / ours.medianMs;
  if (dump) writeFileSync(dump, JSON.stringify(results, null, 1));
  if (json) {
    process.stdout.write(JSON.stringify({ data: dir, pages: results.length, ours, readability: ref, speedRatio }) + '\n');
    return;
  }
  const pct = (x: number): string => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '–');
  const f3 = (x: number): string => (Number.isFinite(x) ? x.toFixed(3) : '–');
  const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '–');
  const rows: [string, string, string][] = [
    [`body shingle F1 (${ours.articles} articles)`, f3(ours.shingleF1), f3(ref.shingleF1)],
    ['body shingle precision / recall', `${f3(ours.shinglePrecision)} / ${f3(ours.shingleRecall)}`, `${f3(ref.shinglePrecision)} / ${f3(ref.shingleRecall)}`],
    ['body word F1', f3(ours.wordF1), f3(ref.wordF1)],
    ['title', pct(ours.title), pct(ref.title)],
    ['author', pct(ours.author), pct(ref.author)],
    ['date (to the day)', pct(ours.date), pct(ref.date)],
    ['wrong dates', pct(ours.wrongDates), pct(ref.wrongDates)],
    [`isArticle accuracy (${results.length} pages)`, pct(ours.isArticleAccuracy), pct(ref.isArticleAccuracy) + ' (isProbablyReaderable)'],
    ['median ms / page', ms(ours.medianMs), ms(ref.medianMs) + ' (clone + parse)'],
    ['p95 ms / page', ms(ours.p95Ms), ms(ref.p95Ms)],
    ['pages that threw', String(ours.threw), String(ref.threw)],
  ];
  const lines = ['| metric | ours | Readability 0.6.0 |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)];
  lines.push('', `Speed: ours is ${speedRatio.toFixed(1)}× faster than Readability (median).`);
  process.stdout.write(lines.join('\n') + '\n');
}

main(process.argv.slice(2));
