// Anchoring benchmark: real article pages from WCXB, many highlights per page, each page changed the way
// real pages change, then every highlight re-anchored by our anchor() and by exact quote matching alone
// (the first occurrence of the quote, as Apache Annotator / dom-anchor-text-quote do).
//
//   npm run bench:anchoring -- [--data DIR] [--limit N] [--json] [--verbose] [--kind KIND] [--shard I/N --articles M] [--from K] [--deadline S] [--half even|odd]
//
// Ground truth does not come from the anchoring code: before a page is changed, a private-use marker
// character is written into the page text at each end of each highlight; the markers travel with the
// text through every change and are taken out just before re-anchoring. "Correct" means the anchored
// range starts and ends exactly where the markers were. For deletions the markers are deleted too,
// and the only correct outcome is "orphaned".
//
// JSON counts (`cases`, `correct`, `wrong`, `orphaned`) are over the benign changes; the deletion
// cases are counted apart (`deletedCases`, `deletedOrphaned`, `deletedWrong`).

import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { anchor, anchorAll, describe } from '../src/anchoring/index';
import type { Selector, TextQuoteSelector } from '../src/anchoring/types';

import {
  BLOCKS, BLOCK_TAGS, HIGHLIGHTS_PER_PAGE, KINDS, Kind, MIN_BLOCK_CHARS, Page, Rng, SEED, SIDEBARS, Shape, Spec, Typo, Word, applyTypo, articleBlocks, chooseSpecs, deletePassages, filler, fixTypo, hash, insertBefore, insertInside, insertMarkers, int, isHidden, makeTypo, markerEnd, markerStart, mutate, norm, offsetOf, outsideHighlights, pick, removeSidebars, reorder, reshuffleWhitespaceAndMarkup, rngFor, shuffle, takeMarkers, textStarts, wordsOf,
} from './lib/anchoring-corpus';

// ---------- command line ----------

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const dataDir = path.resolve(repoRoot, arg('--data') ?? '../shared/data/wcxb-dev');
const limit = arg('--limit') ? Number(arg('--limit')) : Infinity;
const asJson = process.argv.includes('--json');
const verbose = process.argv.includes('--verbose');
/** `--kind K` runs one kind of change only (to look into it). */
const onlyKind = arg('--kind');
/** `--shard I/N` runs every N-th article from the I-th (0-based), to spread a long run over processes; with
 * `--articles M` only the first M articles are considered (the pages of `--limit L` are the first L + skipped). */
const [shard, shards] = (arg('--shard') ?? '0/1').split('/').map(Number) as [number, number];
const articleLimit = arg('--articles') ? Number(arg('--articles')) : Infinity;
/** `--from K` skips the first K article pages (to run the end of a long list beside its start). */
const firstArticle = arg('--from') ? Number(arg('--from')) : 0;
/** `--deadline S` stops taking new pages after S seconds and reports the pages done (the first ones of the shard). */
const deadlineMs = arg('--deadline') ? Number(arg('--deadline')) * 1000 : Infinity;
/** `--half even|odd` keeps the pages of even or odd id (tune on one half, check on the other held out). */
const half = arg('--half');

// ---------- one page, one kind of change ----------

function typoAmong(rng: Rng, page: Page, words: Word[][], places: Array<[number, number]>): Typo | null {
  for (const [b, i] of shuffle(rng, places)) {
    const w = words[b]![i];
    if (!w) continue;
    const t = applyTypo(rng, w);
    if (t) {
      words[b] = wordsOf(page.blocks[b]!);
      return t;
    }
  }
  return null;
}

function preparePage(doc: Document, mainText: string, id: string): { page: Page; words: Word[][] } | null {
  const root = doc.body;
  if (!root) return null;
  const blocks = articleBlocks(root, mainText);
  if (blocks.length < 3) return null;
  const rng = rngFor(id, 'page');
  const words = blocks.map(wordsOf);
  const specs = chooseSpecs(rng, words);
  const vocabulary = words.flat().map((w) => w.node.data.slice(w.start, w.end)).filter((w) => /\p{L}{2}/u.test(w));
  const page: Page = { doc, root, blocks, specs, typosIn: [], typosNear: [], vocabulary };
  for (const s of specs) {
    const inQuote: Array<[number, number]> = [];
    for (let b = s.b0; b <= s.b1; b++) {
      const from = b === s.b0 ? s.w0 : 0;
      const to = b === s.b1 ? s.w1 : words[b]!.length - 1;
      for (let i = from; i <= to; i++) inQuote.push([b, i]);
    }
    const interior = inQuote.length >= 3 ? inQuote.slice(1, -1) : inQuote;
    page.typosIn.push(typoAmong(rng, page, words, interior));
    const near: Array<[number, number]> = [];
    for (let d = 1; d <= 3; d++) near.push([s.b0, s.w0 - d], [s.b1, s.w1 + d]);
    page.typosNear.push(typoAmong(rng, page, words, near.filter(([, i]) => i >= 0)));
  }
  return { page, words };
}

interface Tally {
  cases: number;
  correct: number;
  wrong: number;
  orphaned: number;
}
const tally = (): Tally => ({ cases: 0, correct: 0, wrong: 0, orphaned: 0 });
const ours = new Map<string, Tally>();
const base = new Map<string, Tally>();
const byShape = new Map<string, Tally>();
let anchorMs = 0;
let anchors = 0;
let baselineMs = 0;
let sharedMs = 0;
let sharedAnchors = 0;

function count(map: Map<string, Tally>, key: string, outcome: 'correct' | 'wrong' | 'orphaned'): void {
  const t = map.get(key) ?? tally();
  t.cases++;
  t[outcome]++;
  map.set(key, t);
}

function runPage(pristine: Document, mainText: string, id: string, kind: Kind): boolean {
  const doc = pristine.cloneNode(true) as Document;
  const prepared = preparePage(doc, mainText, id);
  if (!prepared) return false;
  const { page, words } = prepared;
  const ranges = page.specs.map((s) => {
    const r = doc.createRange();
    const a = words[s.b0]![s.w0]!;
    const b = words[s.b1]![s.w1]!;
    r.setStart(a.node, a.start);
    r.setEnd(b.node, b.end);
    return r;
  });
  const selectors: Selector[][] = ranges.map((r) => describe(page.root, r));
  ranges.forEach((r, i) => insertMarkers(r, i));
  mutate(kind, rngFor(id, kind), page);
  const markers = takeMarkers(page.root);
  const text = page.root.textContent ?? '';
  const starts = textStarts(page.root);
  // All of the page's highlights at once, reading the page's text once (what the content script does on load).
  const t = performance.now();
  anchorAll(page.root, selectors);
  sharedMs += performance.now() - t;
  sharedAnchors += selectors.length;
  page.specs.forEach((spec, i) => {
    const s = markers.get(markerStart(i));
    const e = markers.get(markerEnd(i));
    const expected = kind !== 'delete' && s !== undefined && e !== undefined ? { start: s, end: e } : null;
    const t0 = performance.now();
    const result = anchor(page.root, selectors[i]!);
    anchorMs += performance.now() - t0;
    anchors++;
    let outcome: 'correct' | 'wrong' | 'orphaned' = 'orphaned';
    let got = '';
    if (result.status === 'anchored') {
      const r = result.range;
      const start = offsetOf(page.root, r.startContainer, r.startOffset, starts);
      const end = offsetOf(page.root, r.endContainer, r.endOffset, starts);
      outcome = expected && expected.start === start && expected.end === end ? 'correct' : 'wrong';
      got = `${result.quality} ${result.score} [${start},${end}) ${JSON.stringify(text.slice(start, end).slice(0, 120))}`;
    } else got = result.reason;
    const quote = selectors[i]!.find((x): x is TextQuoteSelector => x.type === 'TextQuoteSelector')!;
    if (kind === 'delete') outcome = outcome === 'orphaned' ? 'orphaned' : 'wrong';
    count(ours, kind, outcome);
    if (kind !== 'delete') count(byShape, spec.shape, outcome);
    if (verbose && (outcome === 'wrong' || (outcome === 'orphaned' && kind !== 'delete'))) {
      const exp = expected ? `[${expected.start},${expected.end}) ${JSON.stringify(text.slice(expected.start, expected.end).slice(0, 120))}` : 'deleted';
      console.error(`${id} ${kind} ${spec.shape} ${outcome}: quote ${JSON.stringify(quote.exact.slice(0, 120))}\n  expected ${exp}\n  got ${got}`);
    }
    // Baseline: the first exact occurrence of the quote in the text content.
    const t1 = performance.now();
    const at = text.indexOf(quote.exact);
    baselineMs += performance.now() - t1;
    let b: 'correct' | 'wrong' | 'orphaned' = 'orphaned';
    if (at >= 0) b = expected && expected.start === at && expected.end === at + quote.exact.length ? 'correct' : 'wrong';
    count(base, kind, b);
  });
  return true;
}

// ---------- main ----------

function articleIds(): string[] {
  const meta = JSON.parse(readFileSync(path.join(dataDir, 'metadata.json'), 'utf8')) as { files: Record<string, { page_type: string }> };
  return Object.keys(meta.files)
    .sort()
    .filter((id) => meta.files[id]!.page_type === 'article');
}

function groundTruth(id: string): { pageType: string; mainText: string } {
  const gt = JSON.parse(readFileSync(path.join(dataDir, 'ground-truth', `${id}.json`), 'utf8'));
  return { pageType: gt._internal?.page_type?.primary ?? 'article', mainText: gt.ground_truth?.main_content ?? '' };
}

const virtualConsole = new VirtualConsole();
let pages = 0;
let skipped = 0;
const started = performance.now();
let seen = 0;
for (const id of articleIds()) {
  if (pages >= limit || seen >= articleLimit || performance.now() - started > deadlineMs) break;
  if (seen++ % shards !== shard || seen <= firstArticle) continue;
  if (half && Number(id) % 2 !== (half === 'odd' ? 1 : 0)) continue;
  const { pageType, mainText } = groundTruth(id);
  if (pageType !== 'article') continue;
  // Stylesheets play no part in anchoring and make jsdom several times slower.
  const html = gunzipSync(readFileSync(path.join(dataDir, 'html', `${id}.html.gz`))).toString('utf8').replace(/<style[\s\S]*?<\/style>/gi, '');
  const dom = new JSDOM(html, { virtualConsole });
  const pristine = dom.window.document;
  let ok = true;
  for (const kind of KINDS) {
    if (onlyKind && kind !== onlyKind) continue;
    if (!runPage(pristine, mainText, id, kind)) {
      ok = false;
      break;
    }
  }
  dom.window.close();
  // Let the event loop turn: jsdom tracks ranges through WeakRefs, which keep their targets (and so whole
  // documents) alive until the current job ends; one synchronous loop over all pages would never free them.
  await new Promise((resolve) => setImmediate(resolve));
  if (ok) pages++;
  else skipped++;
  if (!asJson && (pages + skipped) % 25 === 0) console.error(`… ${pages} pages (${skipped} skipped), ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

function sum(map: Map<string, Tally>, keys: readonly string[]): Tally {
  const t = tally();
  for (const k of keys) {
    const x = map.get(k);
    if (!x) continue;
    t.cases += x.cases;
    t.correct += x.correct;
    t.wrong += x.wrong;
    t.orphaned += x.orphaned;
  }
  return t;
}
const benign = KINDS.filter((k) => k !== 'delete');
const summary = (map: Map<string, Tally>) => {
  const b = sum(map, benign);
  const d = sum(map, ['delete']);
  return { cases: b.cases, correct: b.correct, wrong: b.wrong, orphaned: b.orphaned, deletedCases: d.cases, deletedOrphaned: d.orphaned, deletedWrong: d.wrong };
};
const ms = (x: number, n: number) => Math.round((x / Math.max(1, n)) * 1000) / 1000;

if (asJson) {
  console.log(
    JSON.stringify({
      ...summary(ours),
      msPerAnchor: ms(anchorMs, anchors),
      msPerAnchorAll: ms(sharedMs, sharedAnchors),
      pages,
      skippedPages: skipped,
      baseline: { ...summary(base), msPerAnchor: ms(baselineMs, anchors) },
      byKind: Object.fromEntries(KINDS.map((k) => [k, { ours: ours.get(k) ?? tally(), baseline: base.get(k) ?? tally() }])),
    }),
  );
} else {
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(2)}%` : '–');
  const row = (name: string, o: Tally, b: Tally, good: 'correct' | 'orphaned' = 'correct') =>
    `| ${name} | ${o.cases} | ${pct(o[good], o.cases)} | ${o.wrong} | ${good === 'correct' ? o.orphaned : '–'} | ${pct(b[good], b.cases)} | ${b.wrong} | ${good === 'correct' ? b.orphaned : '–'} |`;
  const lines = [
    `${pages} article pages of WCXB dev (${skipped} skipped: fewer than 3 article paragraphs found), ${anchors} re-anchorings; ours ${ms(anchorMs, anchors)} ms per anchor() call (page text read on each call), ${ms(sharedMs, sharedAnchors)} ms per highlight with anchorAll() (page text read once per page); jsdom on Node.`,
    '',
    '| change | cases | ours correct | ours wrong | ours orphaned | exact-quote correct | exact-quote wrong | exact-quote orphaned |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...benign.map((k) => row(k, ours.get(k) ?? tally(), base.get(k) ?? tally())),
    row('**all benign changes**', sum(ours, benign), sum(base, benign)),
    row('deleted passage (correct = orphaned)', ours.get('delete') ?? tally(), base.get('delete') ?? tally(), 'orphaned'),
    '',
    '| highlight shape (benign changes) | cases | ours correct | ours wrong | ours orphaned |',
    '|---|---:|---:|---:|---:|',
    ...[...byShape].map(([k, t]) => `| ${k} | ${t.cases} | ${pct(t.correct, t.cases)} | ${t.wrong} | ${t.orphaned} |`),
  ];
  console.log(lines.join('\n'));
}
