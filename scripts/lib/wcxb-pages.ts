// The pages of a data set in WCXB layout (html/ID.html.gz, ground-truth/ID.json): each page's truth, and the
// pages a benchmark run asks for. Shared by the extraction benchmarks that run in Node (bench-extract) and in
// Chromium (bench-browser), so both read the same truth and choose the same pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Truth } from './extract-scores';

/** One page's truth: its type, title, author, date, main text and address. */
export function readTruth(dir: string, id: string): Truth {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = j.ground_truth ?? {};
  const type = j._internal?.page_type?.primary ?? g.page_type ?? 'unknown';
  return { title: g.title || null, author: g.author || null, date: g.publish_date || null, body: g.main_content ?? null, type, url: j.url ?? null };
}

/** Every k-th of `xs` so that `n` remain (the mix of page types is kept). */
const spread = <T>(xs: T[], n: number): T[] => (n >= xs.length ? xs : Array.from({ length: n }, (_, k) => xs[Math.floor((k * xs.length) / n)]!));

/** The pages to run, from the options. */
export function choosePages(dir: string, opt: Map<string, string>): string[] {
  let ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const only = opt.get('only');
  if (only) ids = ids.filter((id) => only.split(',').includes(id));
  const half = opt.get('half');
  // Even ids to tune on, odd ids to check for overfitting.
  if (half === 'even' || half === 'odd') ids = ids.filter((id) => Number(id) % 2 === (half === 'even' ? 0 : 1));
  const every = Number(opt.get('every') ?? 1);
  if (every > 1) ids = ids.filter((_, i) => i % every === 0);
  const sample = Number(opt.get('sample') ?? Infinity);
  if (Number.isFinite(sample)) {
    // Stratified: each page type keeps its share of the sample, and at least a few pages.
    const byType = new Map<string, string[]>();
    for (const id of ids) {
      const type = readTruth(dir, id).type;
      byType.set(type, [...(byType.get(type) ?? []), id]);
    }
    ids = [...byType.values()].flatMap((of) => spread(of, Math.max(5, Math.round((sample * of.length) / ids.length)))).sort();
  }
  const limit = Number(opt.get('limit') ?? Infinity);
  const chosen = Number.isFinite(limit) ? spread(ids, limit) : ids;
  // A fixed shuffled order, so the pages finished by a run stopped early (--progress) are a random sample of all.
  return chosen.map((id) => ({ id, key: hashOf(id) })).sort((a, b) => a.key - b.key).map((x) => x.id);
}

/** FNV-1a of a string: a stable pseudo-random key. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

