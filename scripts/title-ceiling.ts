// `npx tsx scripts/title-ceiling.ts --data DIR [--half even|odd] [--out FILE]`
// The ceiling of title choice on a WCXB-layout data set: on how many article pages the truth title equals
// (sameTitle) at least one title the page offers, by source. Strict candidates: each h1, the first h2s, og:title,
// twitter:title, JSON-LD headline/name, <title> whole and each of its segments, microdata headline. Extended
// candidates add runs of adjacent segments of every metadata title, and an h1 joined to the element after it
// (a subtitle). Counting only: nothing here chooses a title.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from './extract';
import { sameTitle } from './lib/extract-scores';
import { TITLE_SEPARATORS } from '../src/article/heuristics';
import { textOf } from '../src/article/text';

/** h2s counted as "near the top": the first few of the page. */
const TOP_H2S = 5;

interface Cand { src: string; text: string }

function truthOf(dir: string, id: string): { type: string; url: string | null; title: string | null } {
  const j = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
  const g = j.ground_truth ?? {};
  return { type: j._internal?.page_type?.primary ?? g.page_type ?? 'unknown', url: j.url ?? null, title: g.title || null };
}

function jsonLdTitles(doc: Document): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || v == null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    const t = ([] as unknown[]).concat(o['@type'] ?? []).map(String).join(' ');
    if (typeof o['headline'] === 'string') out.push(o['headline']);
    if (typeof o['name'] === 'string' && /Article|Posting|Page|Report|Blog|HowTo|Recipe|Review/.test(t)) out.push(o['name']);
    for (const k of Object.keys(o)) if (k !== 'headline' && k !== 'name') walk(o[k], depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      walk(JSON.parse((s.textContent ?? '').trim().replace(/;\s*$/, '')), 0);
    } catch {
      try {
        walk(JSON.parse((s.textContent ?? '').replace(/[\n\r\t]+/g, ' ').trim().replace(/;\s*$/, '')), 0);
      } catch {
        // unreadable script: no candidates from it
      }
    }
  }
  return out;
}

function meta(doc: Document, key: string): string[] {
  return [...doc.querySelectorAll('meta')].filter((m) => (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase() === key).map((m) => m.getAttribute('content') ?? '');
}

/** Runs of adjacent segments ("A: B | Site" → "A", "A: B", "B", "B | Site", …). */
function runs(title: string): string[] {
  const parts = title.split(TITLE_SEPARATORS);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.push(parts.slice(i, j).join(' '));
  return out;
}

function candidates(doc: Document): { strict: Cand[]; extended: Cand[] } {
  const strict: Cand[] = [];
  const extended: Cand[] = [];
  const h1s = [...doc.querySelectorAll('h1')];
  h1s.forEach((h, i) => strict.push({ src: i === 0 ? 'h1' : 'h1-later', text: textOf(h) }));
  [...doc.querySelectorAll('h2')].slice(0, TOP_H2S).forEach((h) => strict.push({ src: 'h2', text: textOf(h) }));
  const metas: Cand[] = [
    ...meta(doc, 'og:title').map((text) => ({ src: 'og', text })),
    ...meta(doc, 'twitter:title').map((text) => ({ src: 'twitter', text })),
    ...jsonLdTitles(doc).map((text) => ({ src: 'jsonld', text })),
    ...[...doc.querySelectorAll('[itemprop~="headline"]')].map((el) => ({ src: 'microdata', text: el.localName === 'meta' ? el.getAttribute('content') ?? '' : textOf(el) })),
  ];
  strict.push(...metas);
  const title = doc.title ?? '';
  strict.push({ src: 'title', text: title });
  for (const seg of title.split(TITLE_SEPARATORS)) strict.push({ src: 'title-seg', text: seg });
  for (const m of [...metas, { src: 'title', text: title }]) for (const r of runs(m.text)) extended.push({ src: m.src + '-run', text: r });
  for (const h of h1s) {
    const next = h.nextElementSibling;
    if (next) extended.push({ src: 'h1+next', text: textOf(h) + ' ' + textOf(next) });
    const parentNext = h.parentElement?.nextElementSibling;
    if (parentNext) extended.push({ src: 'h1+parent-next', text: textOf(h) + ' ' + textOf(parentNext) });
  }
  return { strict, extended };
}

function main(argv: string[]): void {
  let dir = '';
  let half: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data') dir = argv[++i] ?? '';
    else if (argv[i] === '--half') half = argv[++i] ?? null;
    else if (argv[i] === '--out') out = argv[++i] ?? null;
  }
  const ids = readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort()
    .filter((id) => !half || (Number(id) % 2 === 0) === (half === 'even'));
  const rows: unknown[] = [];
  let pages = 0;
  let strictHit = 0;
  let extendedHit = 0;
  const bySource = new Map<string, number>();
  for (const id of ids) {
    const t = truthOf(dir, id);
    if (t.type !== 'article' || !t.title) continue;
    pages++;
    const dom = loadPage(join(dir, 'html', `${id}.html.gz`), t.url);
    try {
      const { strict, extended } = candidates(dom.window.document);
      const hitS = [...new Set(strict.filter((c) => sameTitle(c.text, t.title)).map((c) => c.src))];
      const hitE = [...new Set(extended.filter((c) => sameTitle(c.text, t.title)).map((c) => c.src))];
      if (hitS.length) strictHit++;
      if (hitS.length || hitE.length) extendedHit++;
      for (const s of hitS) bySource.set(s, (bySource.get(s) ?? 0) + 1);
      rows.push({ id, truth: t.title, strict: hitS, extended: hitE, candidates: [...new Set(strict.map((c) => `${c.src}: ${c.text}`))].slice(0, 30) });
    } finally {
      dom.window.close();
    }
  }
  const pct = (n: number): string => `${((100 * n) / pages).toFixed(1)}%`;
  process.stdout.write(`pages ${pages}; strict ceiling ${strictHit} (${pct(strictHit)}); extended ${extendedHit} (${pct(extendedHit)}); none ${pages - extendedHit}\n`);
  for (const [s, n] of [...bySource].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${s}: ${n}\n`);
  if (out) writeFileSync(out, JSON.stringify(rows, null, 1));
}

main(process.argv.slice(2));
