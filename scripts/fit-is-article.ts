// Fits the weights of the isArticle decision (src/article/is-article.ts, ARTICLE_WEIGHTS and ARTICLE_BIAS) by
// L2-regularised logistic regression (Newton's method, written here) on the features that
// scripts/is-article-evidence.ts wrote for every page, and reports:
//   - the replay check: the code's weights on the features give the detector's decisions (and, with --check DUMP,
//     those of a bench-extract --dump file), page for page;
//   - cross-validated by half, the honest figures: fit on the even ids and score the odd, fit on the odd and score
//     the even, each beside the hand votes of sessions 1-9 on the same held-out half;
//   - the fit on all pages (what the code holds), its accuracy there (not held out: flattering), and its weights in
//     the raw features' units (with --scale S: weights and bias × S, rounded to integers).
// The regularisation strength is chosen by 5-fold cross-validated log-loss inside the training pages, unless --lambda.
//
// Re-run (the code's weights are the output of the second command, in hundredths):
//   npx tsx scripts/is-article-evidence.ts --data ../shared/data/wcxb-dev --out /tmp/evidence.json --jobs 1
//   npx tsx scripts/fit-is-article.ts --evidence /tmp/evidence.json --scale 100
//
// Options: --features a,b,c (or all: every feature in the file) instead of the table's; --min-z Z keeps, inside each
// training set, the features whose standardised weight is at least Z (how the table's features were chosen, with
// --features all --min-z 0.05 from a wider pool); --prune, a slower backward pruning; --inner even|odd, 5-fold
// cross-validation inside one half only (for tuning on even without touching odd); --repeats N [--held odd]:
// random 2-fold splits (only odd pages held out with --held odd, as the hand votes were tuned on the even).
import { readFileSync } from 'node:fs';
import { ARTICLE_BIAS, ARTICLE_WEIGHTS, scoreFeatures, type ArticleFeatures } from '../src/article/is-article';
import type { EvidenceRow } from './is-article-evidence';

/** The hand-set votes of sessions 1–9 (threshold 2), to compare with. */
const HAND_VOTES: Record<string, number> = {
  articleMarkup: 2, pageGraphNoAuthor: -1, manyButtons: -1, nonArticleMarkup: -3, faqMarkup: -1, ogArticle: 1, ogNonArticle: -2,
  date: 1, author: 1, nonArticleHost: -2, homePage: -2, nonArticlePath: -2, storyPath: 1, headlineSlug: 1, manyCode: -3,
  manyTimesOrBylines: -2, manyTimesAndBylines: -1, manyMemberLinks: -2, shortStory: -3, longStory: 2, someParagraphs: 1,
  blurbs: -1, linkPage: -1, commercial: -1, explainerTitle: 1,
};
/** Features the evidence file holds only so the hand votes can be replayed (see is-article-evidence.ts): not fitted. */
const HAND_ONLY = new Set(['blurbs', 'linkPage', 'manyTimesOrBylines']);
interface Model { names: string[]; w: number[]; b: number; /** Weights on the standardised features: comparable sizes. */ z: number[] }

const LAMBDAS = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30];

/** Solves A x = y (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], y: number[]): number[] {
  const n = y.length;
  const M = A.map((row, i) => [...row, y[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      if (f) for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r]![n]!;
    for (let k = r + 1; k < n; k++) s -= M[r]![k]! * x[k]!;
    x[r] = s / M[r]![r]!;
  }
  return x;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Logistic regression by Newton's method on standardised features (mean 0, sd 1 over the training rows), with an
 * L2 penalty lambda·|w|² on the weights (not the bias); the weights are returned in the raw features' units.
 */
function fit(rows: EvidenceRow[], names: string[], lambda: number): Model {
  const d = names.length;
  const X = rows.map((r) => names.map((f) => r.x[f] ?? 0));
  const y = rows.map((r) => (r.type === 'article' ? 1 : 0));
  const mean = names.map((_, j) => X.reduce((s, x) => s + x[j]!, 0) / X.length);
  const sd = names.map((_, j) => Math.sqrt(X.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => [1, ...x.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array<number>(d + 1).fill(0);
    const H = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < Z.length; i++) {
      const z = Z[i]!;
      const p = sigmoid(z.reduce((s, v, j) => s + v * beta[j]!, 0));
      const wgt = p * (1 - p);
      for (let j = 0; j <= d; j++) {
        g[j]! += (p - y[i]!) * z[j]!;
        for (let k = j; k <= d; k++) H[j]![k]! += wgt * z[j]! * z[k]!;
      }
    }
    for (let j = 0; j <= d; j++) for (let k = 0; k < j; k++) H[j]![k] = H[k]![j]!;
    for (let j = 1; j <= d; j++) {
      g[j]! += 2 * lambda * beta[j]!;
      H[j]![j]! += 2 * lambda;
    }
    H[0]![0]! += 1e-9;
    const step = solve(H, g);
    beta = beta.map((v, j) => v - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  const w = names.map((_, j) => beta[j + 1]! / sd[j]!);
  const b = beta[0]! - names.reduce((s, _, j) => s + (beta[j + 1]! * mean[j]!) / sd[j]!, 0);
  return { names, w, b, z: beta.slice(1) };
}

const scoreOf = (m: Model, x: ArticleFeatures): number => m.b + m.names.reduce((s, f, j) => s + m.w[j]! * (x[f] ?? 0), 0);

/** Share of rows a decision gets right, and the per-type counts. */
function accuracy(rows: EvidenceRow[], says: (x: ArticleFeatures) => boolean): { right: number; n: number; byType: Record<string, string> } {
  const by = new Map<string, [number, number]>();
  let right = 0;
  for (const r of rows) {
    const ok = says(r.x) === (r.type === 'article');
    if (ok) right++;
    const t = by.get(r.type) ?? [0, 0];
    by.set(r.type, [t[0] + (ok ? 1 : 0), t[1] + 1]);
  }
  return { right, n: rows.length, byType: Object.fromEntries([...by].sort().map(([t, [a, n]]) => [t, `${a}/${n}`])) };
}

/** The regularisation strength with the best 5-fold cross-validated log-loss inside `rows`. */
function chooseLambda(rows: EvidenceRow[], names: string[]): number {
  let best = LAMBDAS[0]!;
  let bestLoss = Infinity;
  for (const lambda of LAMBDAS) {
    const loss = cvLoss(rows, names, lambda);
    if (loss < bestLoss) [best, bestLoss] = [lambda, loss];
  }
  return best;
}

/** Mean log-loss of 5-fold cross-validation inside `rows`. */
function cvLoss(rows: EvidenceRow[], names: string[], lambda: number): number {
  let loss = 0;
  for (let k = 0; k < 5; k++) {
    const m = fit(rows.filter((_, i) => i % 5 !== k), names, lambda);
    for (const r of rows.filter((_, i) => i % 5 === k)) {
      const p = Math.min(1 - 1e-9, Math.max(1e-9, sigmoid(scoreOf(m, r.x))));
      loss -= r.type === 'article' ? Math.log(p) : Math.log(1 - p);
    }
  }
  return loss / rows.length;
}

/** The features whose standardised weight, fitted on `rows`, is at least `minZ` in size. */
function strongFeatures(rows: EvidenceRow[], names: string[], lambda: number, minZ: number): string[] {
  const m = fit(rows, names, lambda);
  return names.filter((_, j) => Math.abs(m.z[j]!) >= minZ);
}

/** Backward pruning inside `rows`: drops, one at a time, a feature among the three of smallest standardised weight
 * whose loss costs nothing in 5-fold cross-validated log-loss, until none can go. */
function prune(rows: EvidenceRow[], names: string[], lambda: number): string[] {
  let kept = [...names];
  let loss = cvLoss(rows, kept, lambda);
  for (;;) {
    const m = fit(rows, kept, lambda);
    const order = kept.map((f, j) => [f, Math.abs(m.z[j]!)] as const).sort((a, b) => a[1] - b[1]).slice(0, 3);
    let dropped = false;
    for (const [f] of order) {
      const without = kept.filter((g) => g !== f);
      const l = cvLoss(rows, without, lambda);
      if (l <= loss + 1e-4) {
        kept = without;
        loss = Math.min(loss, l);
        dropped = true;
        break;
      }
    }
    if (!dropped) return kept;
  }
}

const half = (rows: EvidenceRow[], h: 0 | 1): EvidenceRow[] => rows.filter((r) => Number(r.id) % 2 === h);
const pct = (a: { right: number; n: number }): string => `${a.right}/${a.n} (${((100 * a.right) / a.n).toFixed(1)} %)`;

/** Weights × scale, rounded to integers (bias included), as a model. */
function rounded(m: Model, scale: number): Model {
  return { ...m, w: m.w.map((v) => Math.round(v * scale)), b: Math.round(m.b * scale) };
}

function main(argv: string[]): void {
  const opt = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--prune') opt.set('prune', '');
    else opt.set(argv[i]!.replace(/^--/, ''), argv[++i] ?? '');
  }
  const file = opt.get('evidence');
  if (!file) {
    process.stderr.write('usage: npx tsx scripts/fit-is-article.ts --evidence FILE [--check DUMP] [--features a,b,c] [--lambda L] [--scale S]\n');
    process.exit(2);
  }
  const rows = JSON.parse(readFileSync(file, 'utf8')) as EvidenceRow[];
  const hand = (x: ArticleFeatures): boolean => scoreFeatures(x, HAND_VOTES) >= 2;
  const current = (x: ArticleFeatures): boolean => scoreFeatures(x, ARTICLE_WEIGHTS) + ARTICLE_BIAS >= 0;
  const out: string[] = [];

  // The replay check: the features reproduce the detector's decisions (made with the weights now in the code).
  const differs = rows.filter((r) => current(r.x) !== r.isArticle).map((r) => r.id);
  out.push(`replay of the code's weights on the features: ${rows.length - differs.length}/${rows.length} equal to the detector's decisions${differs.length ? ` (differ: ${differs.join(',')})` : ''}`);
  const dump = opt.get('check');
  if (dump) {
    const bench = new Map((JSON.parse(readFileSync(dump, 'utf8')) as { id: string; ours: { isArticle: boolean } }[]).map((r) => [r.id, r.ours.isArticle]));
    const seen = rows.filter((r) => bench.has(r.id));
    const off = seen.filter((r) => current(r.x) !== bench.get(r.id)).map((r) => r.id);
    const offHand = seen.filter((r) => hand(r.x) !== bench.get(r.id)).map((r) => r.id);
    out.push(`against ${dump}: code's weights ${seen.length - off.length}/${seen.length} equal${off.length ? ` (differ: ${off.join(',')})` : ''}; hand votes ${seen.length - offHand.length}/${seen.length} equal${offHand.length ? ` (differ: ${offHand.join(',')})` : ''}`);
  }

  // The model's features by default; --features all for every feature in the file.
  const asked = opt.get('features');
  const names = asked === 'all' ? Object.keys(rows[0]!.x).filter((f) => !HAND_ONLY.has(f)) : asked ? asked.split(',') : Object.keys(ARTICLE_WEIGHTS);
  if (opt.has('inner')) {
    // Tuning aid: 5-fold cross-validation inside one half only (--inner even), so the other half stays unseen.
    const tr = half(rows, opt.get('inner') === 'odd' ? 1 : 0);
    const lambda = opt.has('lambda') ? Number(opt.get('lambda')) : chooseLambda(tr, names);
    let right = 0;
    for (let k = 0; k < 5; k++) {
      const m = fit(tr.filter((_, i) => i % 5 !== k), names, lambda);
      right += tr.filter((_, i) => i % 5 === k).filter((r) => (scoreOf(m, r.x) >= 0) === (r.type === 'article')).length;
    }
    out.push(`inside the ${opt.get('inner')} half, 5-fold (λ=${lambda}): ${right}/${tr.length}, log-loss ${cvLoss(tr, names, lambda).toFixed(4)}`);
  }
  if (opt.has('repeats')) {
    // A second opinion on the halves: random 2-fold splits (seeded), fitted vs hand votes on each held-out fold.
    let seed = 12345;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const diffs: number[] = [];
    for (let k = 0; k < Number(opt.get('repeats')); k++) {
      // --held odd: only odd pages are ever held out (the hand votes were tuned on the even ones); the even always train.
      const side = rows.map((r) => (opt.get('held') === 'odd' && Number(r.id) % 2 === 0 ? null : random() < 0.5));
      for (const held of [true, false]) {
        const tr = rows.filter((_, i) => side[i] !== held);
        const te = rows.filter((_, i) => side[i] === held);
        const lambda = opt.has('lambda') ? Number(opt.get('lambda')) : chooseLambda(tr, names);
        const m = fit(tr, names, lambda);
        diffs.push(accuracy(te, (x) => scoreOf(m, x) >= 0).right - accuracy(te, hand).right);
      }
    }
    const mean = diffs.reduce((a, b) => a + b, 0) / diffs.length;
    out.push(`random 2-fold splits: fitted minus hand votes on the held-out fold, pages: mean ${mean.toFixed(1)}, min ${Math.min(...diffs)}, max ${Math.max(...diffs)}, fitted ahead on ${diffs.filter((d) => d > 0).length}/${diffs.length} folds, behind on ${diffs.filter((d) => d < 0).length}`);
  }
  const scale = opt.has('scale') ? Number(opt.get('scale')) : null;
  out.push(`features (${names.length}): ${names.join(', ')}`);
  out.push('', '| held out | hand votes | code\'s weights | fitted (λ chosen on the training half) |' + (scale ? ' fitted, rounded |' : ''), '|---|---|---|---|' + (scale ? '---|' : ''));
  for (const [train, test, label] of [[0, 1, 'odd (fit on even)'], [1, 0, 'even (fit on odd)']] as const) {
    const tr = half(rows, train);
    const te = half(rows, test);
    const lambda = opt.has('lambda') ? Number(opt.get('lambda')) : chooseLambda(tr, names);
    const used = opt.has('prune') ? prune(tr, names, lambda) : opt.has('min-z') ? strongFeatures(tr, names, lambda, Number(opt.get('min-z'))) : names;
    const m = fit(tr, used, lambda);
    const cells = [accuracy(te, hand), accuracy(te, current), accuracy(te, (x) => scoreOf(m, x) >= 0)];
    if (scale) {
      const r = rounded(m, scale);
      cells.push(accuracy(te, (x) => scoreOf(r, x) >= 0));
    }
    out.push(`| ${label} | ${cells.map((c) => pct(c)).join(' | ')} |`);
    out.push(`|  by type | ${cells.map((c) => Object.entries(c.byType).map(([t, v]) => `${t.slice(0, 4)} ${v}`).join(', ')).join(' | ')} |`);
    out.push(`|  λ ${lambda}${opt.has('prune') || opt.has('min-z') ? `, ${used.length} features kept: ${used.join(', ')}` : ''} |`);
  }

  const lambda = opt.has('lambda') ? Number(opt.get('lambda')) : chooseLambda(rows, names);
  const final = opt.has('prune') ? prune(rows, names, lambda) : opt.has('min-z') ? strongFeatures(rows, names, lambda, Number(opt.get('min-z'))) : names;
  const m = fit(rows, final, lambda);
  const all = accuracy(rows, (x) => scoreOf(m, x) >= 0);
  out.push('', `all pages (fit and scored on the same pages, λ=${lambda}): ${pct(all)}; hand votes ${pct(accuracy(rows, hand))}; code's weights ${pct(accuracy(rows, current))}`);
  out.push(`  by type: ${Object.entries(all.byType).map(([t, v]) => `${t} ${v}`).join(', ')}`);
  const shown = scale ? rounded(m, scale) : m;
  if (scale) {
    const r = accuracy(rows, (x) => scoreOf(shown, x) >= 0);
    out.push(`rounded (× ${scale}): ${pct(r)}; by type: ${Object.entries(r.byType).map(([t, v]) => `${t} ${v}`).join(', ')}`);
  }
  out.push('', `bias: ${shown.b.toFixed(scale ? 0 : 3)}`, '(feature: weight in raw units; weight on the standardised feature)');
  const byWeight = m.names.map((f, j) => [f, j] as const).sort((a, b) => Math.abs(m.z[b[1]]!) - Math.abs(m.z[a[1]]!));
  out.push(...byWeight.map(([f, j]) => `  ${f}: ${shown.w[j]!.toFixed(scale ? 0 : 3)}  (${m.z[j]!.toFixed(2)})`));
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.slice(2));
