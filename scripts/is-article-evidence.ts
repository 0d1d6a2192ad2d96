// `npx tsx scripts/is-article-evidence.ts --data DIR --out FILE [--jobs J] [--only ID,ID]`
// Runs the real article detector over every page of a data set in WCXB layout and writes, for each page,
// the evidence its isArticle decision read as named features (src/article/is-article.ts, articleFeatures, plus three
// features only the old hand votes read, for comparison),
// with the page's id, its type in the truth, and the detector's own decision. scripts/fit-is-article.ts fits
// the decision's weights on that file. Pages run in child processes of CHUNK pages (jsdom's memory grows
// with every page until its process ends), J at a time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inChildChunks } from './lib/child-chunks';
import { detectArticle } from '../src/article/detect-article';
import { MANY_BYLINES, MANY_TIMES } from '../src/article/heuristics';
import { articleFeatures, type ArticleEvidence, type ArticleFeatures } from '../src/article/is-article';
import { PageParser } from './lib/page-parser';

const CHUNK = 60;

/** One page's row: its features, its type in the truth, and what the detector decided. */
export interface EvidenceRow {
  id: string;
  type: string;
  isArticle: boolean;
  x: ArticleFeatures;
}

/** Three rules of the hand votes (sessions 1-9) that the fitted table dropped, so the fit script can still replay
 * those votes beside it: one-line blurbs (under 20 words per story block), a page of links (half its text or more),
 * many dated or many signed blocks. */
function handOnlyFeatures(e: ArticleEvidence): ArticleFeatures {
  return {
    blurbs: e.storyWords < 20 * Math.max(1, e.paragraphs) ? 1 : 0,
    linkPage: (e.linkShare ?? 0) >= 0.5 ? 1 : 0,
    manyTimesOrBylines: e.times > MANY_TIMES || e.bylines > MANY_BYLINES ? 1 : 0,
  };
}

function readTruth(dir: string, id: string): { type: string; url: string | null } {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = j.ground_truth ?? {};
  return { type: j._internal?.page_type?.primary ?? g.page_type ?? 'unknown', url: j.url ?? null };
}

function runChild(dir: string, ids: string[]): void {
  const parser = new PageParser();
  for (const id of ids) {
    try {
      const truth = readTruth(dir, id);
      const doc = parser.parse(join(dir, 'html', `${id}.html.gz`), truth.url);
      let x: ArticleFeatures | null = null;
      const d = detectArticle(doc, { url: truth.url ?? undefined, onEvidence: (e) => (x = { ...handOnlyFeatures(e), ...articleFeatures(e) }) });
      const row: EvidenceRow = { id, type: truth.type, isArticle: d.isArticle, x: x ?? {} };
      process.stdout.write(JSON.stringify(row) + '\n');
    } catch (e) {
      process.stderr.write(`${id}: could not load (${(e as Error).message})\n`);
    }
  }
  parser.close();
}

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--child') return runChild(argv[1]!, argv[2]!.split(','));
  const opt = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) opt.set(argv[i]!.replace(/^--/, ''), argv[i + 1] ?? '');
  const dir = opt.get('data');
  const out = opt.get('out');
  if (!dir || !out) {
    process.stderr.write('usage: npx tsx scripts/is-article-evidence.ts --data DIR --out FILE [--jobs J] [--only ID,ID]\n');
    process.exit(2);
  }
  let ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const only = opt.get('only');
  if (only) ids = ids.filter((id) => only.split(',').includes(id));
  let done = 0;
  const rows = await inChildChunks({
    script: fileURLToPath(import.meta.url), ids, chunk: CHUNK, jobs: Number(opt.get('jobs') ?? 1),
    args: (chunk) => ['--child', dir, chunk.join(',')],
    onChunk: (_, chunk) => process.stderr.write(`${(done += chunk.length)}/${ids.length}\n`),
  });
  writeFileSync(out, JSON.stringify(rows.flat().map((l) => JSON.parse(l) as EvidenceRow)));
}

await main(process.argv.slice(2));
