// Levenshtein distance for short strings (contexts of a few dozen characters).

/** Insertions, deletions and substitutions needed to turn a into b; with `freeLeading`, into the best
 * suffix of b (characters at the start of b cost nothing). */
export function editDistance(a: string, b: string, freeLeading = false): number {
  if (a === b) return 0;
  if (a.length === 0) return freeLeading ? 0 : b.length;
  if (b.length === 0) return a.length;
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
