// Finds a second rendering of the story among the body's lines (pages that ship a mobile and a desktop copy of it) and leaves it out.

/** A second copy of the story shows as this many long lines in a row that repeat earlier lines in order. */
const MIN_COPY_RUN = 3;
/** Lines at least this long are sentences, which a story does not repeat by chance. */
const MIN_COPY_CHARS = 60;
/** A copy may skip a few lines of the first (a caption or an ad slot shown in only one of them). */
const MAX_COPY_GAP = 3;

/**
 * Leaves out a second rendering of the story (pages that ship a mobile and a desktop copy): a run of at least
 * MIN_COPY_RUN long lines, each repeating an earlier line a little after the one the previous long line repeated, with
 * the copy's lines between and around them that repeat earlier lines too (its headings and labels). Short lines
 * ("Verdict", a step of a recipe) repeat in real stories and are never the evidence, but they do not break a run: a
 * copy of a story with subheadings alternates short and long lines.
 */
export function dropSecondCopies(lines: string[]): string[] {
  const first = new Map<string, number>();
  const copyOf = lines.map((line, i) => {
    const seen = first.get(line);
    if (seen === undefined) first.set(line, i);
    return seen ?? -1;
  });
  const long = lines.flatMap((line, i) => (line.length >= MIN_COPY_CHARS ? [i] : []));
  const drop = new Set<number>();
  for (let a = 0; a < long.length; ) {
    let b = a;
    // The next long line continues the copy when it repeats a later line of the first, skipping few lines more than the copy did.
    while (copyOf[long[a]!]! >= 0 && b + 1 < long.length) {
      const p = long[b]!, q = long[b + 1]!;
      const step = copyOf[q]! - copyOf[p]!;
      if (copyOf[q]! < 0 || step <= 0 || step - (q - p) >= MAX_COPY_GAP) break;
      b++;
    }
    if (b - a + 1 >= MIN_COPY_RUN) {
      let s = long[a]!, e = long[b]!;
      // The copy's lines just before and after the run (a heading, a label) go with it while they keep the first's order.
      while (s > 0 && copyOf[s - 1]! >= 0 && copyOf[s - 1]! < copyOf[s]!) s--;
      while (e + 1 < lines.length && copyOf[e + 1]! > copyOf[e]!) e++;
      for (let k = s; k <= e; k++) drop.add(k);
    }
    a = b + 1;
  }
  return drop.size ? lines.filter((_, i) => !drop.has(i)) : lines;
}
