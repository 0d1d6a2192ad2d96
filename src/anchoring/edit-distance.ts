// Levenshtein distance for short strings (contexts of a few dozen characters). A pattern of up to 32
// characters (every stored context) is compared with the bit-parallel method of Myers (1999), one column of
// the table per character of the other string in a handful of integer operations; longer ones fill the table.
// Both give the same numbers; the bit-parallel one is what makes scoring hundreds of places of a short quote cheap.

/** The widest pattern that fits the 32 bits JavaScript's integer operators work on. */
const WORD_BITS = 32;

/** Character masks of recent patterns: a highlight's prefix and suffix are compared with many places in turn. */
const recentMasks = new Map<string, Map<number, number>>();
/** Patterns remembered at most (a few highlights' worth); the memory is dropped whole when full. */
const MAX_REMEMBERED_PATTERNS = 64;

function masksOf(pattern: string): Map<number, number> {
  let masks = recentMasks.get(pattern);
  if (masks) return masks;
  masks = new Map<number, number>();
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    masks.set(c, (masks.get(c) ?? 0) | (1 << i));
  }
  if (recentMasks.size >= MAX_REMEMBERED_PATTERNS) recentMasks.clear();
  recentMasks.set(pattern, masks);
  return masks;
}

/** Myers' bit-vector edit distance, for 1 <= a.length <= 32. */
function bitParallel(a: string, b: string, freeLeading: boolean): number {
  const masks = masksOf(a);
  const high = 1 << (a.length - 1);
  let pv = -1;
  let mv = 0;
  let score = a.length;
  for (let j = 0; j < b.length; j++) {
    const eq = masks.get(b.charCodeAt(j)) ?? 0;
    const xv = eq | mv;
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    // The top row counts 0, 1, 2... when all of b must be matched; with a free start it stays 0.
    ph = (ph << 1) | (freeLeading ? 0 : 1);
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  return score;
}

/** The full table, row by row, for patterns longer than a machine word. */
function table(a: string, b: string, freeLeading: boolean): number {
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = freeLeading ? 0 : j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Insertions, deletions and substitutions needed to turn a into b; with `freeLeading`, into the best
 * suffix of b (characters at the start of b cost nothing). */
export function editDistance(a: string, b: string, freeLeading = false): number {
  if (a === b) return 0;
  if (a.length === 0) return freeLeading ? 0 : b.length;
  if (b.length === 0) return a.length;
  return a.length <= WORD_BITS ? bitParallel(a, b, freeLeading) : table(a, b, freeLeading);
}

/** The full-table distance whatever the length (to check the bit-parallel one against). */
export function editDistanceByTable(a: string, b: string, freeLeading = false): number {
  if (a.length === 0) return freeLeading ? 0 : b.length;
  return table(a, b, freeLeading);
}
