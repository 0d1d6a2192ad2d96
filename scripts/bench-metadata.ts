// `npx tsx scripts/bench-metadata.ts --data DIR [--half even|odd] [--jobs J] [--misses FILE]`
// Title, author and date agreement of our detector on every article page of a WCXB-layout data set
// (metadata only, no reference run: quick enough for the whole set). Pages whose numeric id is even
// and odd are reported apart, so rules tuned on one half can be checked on the other.
// Metrics as bench:extract computes them (scripts/lib/extract-scores.ts, DESIGN.md).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectArticle } from '../src/article/detect-article';
import { loadPage } from './extract';
import { dayOf, sameAuthor, sameTitle } from './lib/extract-scores';
import { freezeSources } from './lib/frozen-sources';

/** Pages per child process (jsdom keeps a few MB of each closed window until its process ends). */
const CHUNK = 100;

interface Row { id: string; title: [string | null, string | null]; author: [string | null, string | null]; date: [string | null, string | null]; ms: number }

function truthOf(dir: string, id: string): { type: string; url: string | null; title: string | null; author: string | null; date: string | null } {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = j.ground_truth ?? {};
  return { type: j._internal?.page_type?.primary ?? g.page_type ?? 'unknown', url: j.url ?? null, title: g.title || null, author: g.author || null, date: g.publish_date || null };
}

/** In a child: the rows of the pages named on the command line, as one JSON line. */
function child(dir: string, ids: string[]): void {
  const rows: Row[] = [];
  for (const id of ids) {
    const t = truthOf(dir, id);
    const dom = loadPage(join(dir, 'html', `${id}.html.gz`), t.url);
    try {
      const t0 = performance.now();
      const a = detectArticle(dom.window.document, { url: t.url ?? undefined });
      rows.push({ id, title: [a.title, t.title], author: [a.byline, t.author], date: [a.publishedTime, t.date], ms: performance.now() - t0 });
    } finally {
      dom.window.close();
    }
  }
  process.stdout.write(JSON.stringify(rows) + '\n');
}

function runChild(script: string, dir: string, ids: string[]): Promise<Row[]> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [...process.execArgv, script, '--child', dir, ...ids], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.on('close', (code) => (code === 0 ? done(JSON.parse(out) as Row[]) : fail(new Error(`child exit ${code}`))));
  });
}

function score(rows: Row[]): string {
  const pct = (ok: number, n: number): string => `${((100 * ok) / Math.max(1, n)).toFixed(1)}%`;
  const withT = rows.filter((r) => r.title[1]);
  const withA = rows.filter((r) => r.author[1]);
  const withD = rows.filter((r) => r.date[1]);
  const dateOk = withD.filter((r) => dayOf(r.date[0]) === r.date[1]).length;
  const wrong = withD.filter((r) => r.date[0] && dayOf(r.date[0]) !== r.date[1]).length;
  return `| ${rows.length} | ${pct(withT.filter((r) => sameTitle(r.title[0], r.title[1])).length, withT.length)} | ${pct(withA.filter((r) => sameAuthor(r.author[0], r.author[1])).length, withA.length)} (${withA.length}) | ${pct(dateOk, withD.length)} (${withD.length}) | ${pct(wrong, withD.length)} |`;
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return child(argv[1]!, argv.slice(2));
  let dir = '';
  let half: string | null = null;
  let jobs = 2;
  let misses: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') dir = argv[++i] ?? '';
    else if (argv[i] === '--half') half = argv[++i] ?? null;
    else if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else if (argv[i] === '--misses') misses = argv[++i] ?? null;
  }
  if (!dir) {
    process.stderr.write('usage: npx tsx scripts/bench-metadata.ts --data DIR [--half even|odd] [--jobs J] [--misses FILE]\n');
    process.exit(2);
  }
  const ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
    .filter((id) => truthOf(dir, id).type === 'article')
    .filter((id) => !half || (Number(id) % 2 === 0) === (half === 'even'));
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  const rows: Row[] = [];
  let next = 0;
  // Every child runs the sources as they were when the run started.
  const frozen = freezeSources(fileURLToPath(import.meta.url));
  try {
    await Promise.all(Array.from({ length: Math.max(1, jobs) }, async () => {
      while (next < chunks.length) rows.push(...(await runChild(frozen.script, dir, chunks[next++]!)));
    }));
  } finally {
    frozen.dispose();
  }
  rows.sort((a, b) => a.id.localeCompare(b.id));
  const even = rows.filter((r) => Number(r.id) % 2 === 0);
  const odd = rows.filter((r) => Number(r.id) % 2 === 1);
  const lines = ['| ids | articles | title | author (with one) | date (with one) | wrong dates |', '|---|---:|---|---|---|---|', `| all | ${score(rows).slice(2)}`];
  if (!half) lines.push(`| even ids | ${score(even).slice(2)}`, `| odd ids | ${score(odd).slice(2)}`);
  const ms = rows.map((r) => r.ms).sort((a, b) => a - b);
  lines.push('', `Median detection ${ms[Math.floor(ms.length / 2)]?.toFixed(1)} ms per page (parse not timed).`);
  process.stdout.write(lines.join('\n') + '\n');
  if (misses) writeFileSync(misses, JSON.stringify(rows.filter((r) => !sameTitle(r.title[0], r.title[1]) || !sameAuthor(r.author[0], r.author[1]) || dayOf(r.date[0]) !== r.date[1]), null, 1));
}

void main(process.argv.slice(2));
