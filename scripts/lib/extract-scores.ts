// Scores of the article-extraction benchmark (DESIGN.md): body shingle and word F1, title, author and
// date agreement, isArticle accuracy, timing. Pure functions over per-page results, shared by the
// benchmark's parent process and tests.

export interface Truth { title: string | null; author: string | null; date: string | null; body: string | null; type: string; url: string | null }
export interface Guess {
  title: string | null; author: string | null; date: string | null; body: string; isArticle: boolean; ms: number; threw: boolean;
  /** Errors our detector caught inside (each part falls back to "not found" rather than throwing). */
  caught?: string[];
}
export interface PageResult { id: string; truth: Truth; ours: Guess; readability: Guess }

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

/** The words that name the people, in any order and however joined: "A and B", "A, B", "A | B" and "B, A" (a
 * family name first) all give the same list. "and" and a leading "by" join or introduce names; they name no one. */
function nameWords(s: string): string[] {
  return fold(s).replace(/^by /, '').split(' ').filter((w) => w && w !== 'and').sort();
}

/** Whether the guess names the truth's author(s): the same words once folded, one inside the other (a role or an
 * outlet kept beside the name), or the same name words joined or ordered differently. */
export function sameAuthor(guess: string | null, truth: string | null): boolean {
  if (!guess || !truth) return false;
  const g = fold(guess).replace(/^by /, '');
  const t = fold(truth).replace(/^by /, '');
  if (!g || !t) return false;
  return g === t || g.includes(t) || t.includes(g) || nameWords(guess).join(' ') === nameWords(truth).join(' ');
}

/** The calendar day of any date string (ISO prefix as written, else what Date makes of it). */
export function dayOf(s: string | null): string | null {
  if (!s) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (iso) return iso[1]!;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString().slice(0, 10) : null;
}

function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** The figures of one system over a run's pages. */
export function summarize(results: PageResult[], who: 'ours' | 'readability') {
  const arts = results.filter((r) => r.truth.type === 'article' && r.truth.body != null);
  const prs = arts.map((r) => shinglePR(r[who].body, r.truth.body!));
  const p = mean(prs.map((x) => x.p));
  const rc = mean(prs.map((x) => x.r));
  const withTitle = arts.filter((r) => r.truth.title);
  const withAuthor = arts.filter((r) => r.truth.author);
  const withDate = arts.filter((r) => r.truth.date);
  const ms = results.map((r) => r[who].ms);
  const byType: Record<string, string> = {};
  for (const type of [...new Set(results.map((r) => r.truth.type))].sort()) {
    const of = results.filter((r) => r.truth.type === type);
    byType[type] = `${of.filter((r) => r[who].isArticle === (type === 'article')).length}/${of.length}`;
  }
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
    isArticleByType: byType,
    medianMs: quantile(ms, 0.5),
    p95Ms: quantile(ms, 0.95),
    threw: results.filter((r) => r[who].threw).length,
    caught: results.filter((r) => r[who].caught?.length).length,
    pages: results.length,
  };
}
