// Finding where a quote occurs in the key: every exact occurrence, or the closest approximate ones
// (Myers' bit-parallel search from approx-string-match) when the text was edited.

import search from 'approx-string-match';

/** Occurrences scored at most; a quote found more often than this is not a quote worth placing by context. */
export const MAX_OCCURRENCES = 2000;
/** Longest quote (key characters, ~700 words) searched for approximately. The search finds each match's start by
 * running the whole quote backwards over it, so its cost grows with the square of the quote's length: a whole
 * article highlighted and then edited would hold the page for seconds. Longer quotes are found only unchanged. */
export const MAX_FUZZY_QUOTE_CHARS = 4000;
/** Fuzzy search rounds: the best-fitting places, then the next-best, so a rival one edit worse is still seen. */
const FUZZY_ROUNDS = 2;
/** Stands in for already-found places when searching for the next-best; never in a key (keys have no controls). */
const MASK = '\u0000';

export interface Match {
  start: number;
  end: number;
  errors: number;
}

/** Start offsets of every exact occurrence of quote in key (overlaps included), up to a limit. */
export function exactMatches(key: string, quote: string, limit = MAX_OCCURRENCES): number[] {
  const found: number[] = [];
  if (!quote) return found;
  for (let at = key.indexOf(quote); at !== -1 && found.length < limit; at = key.indexOf(quote, at + 1)) {
    found.push(at);
  }
  return found;
}

/** Every distinct report, in text order (one place may be reported with several nearby ends). */
function distinctMatches(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((m, i) => i === 0 || m.start !== sorted[i - 1]!.start || m.end !== sorted[i - 1]!.end);
}

/** Places where quote occurs with at most maxErrors edits: the best ones and the runners-up (overlapping
 * variants of one place included, for the context to choose between). */
export function fuzzyMatches(key: string, quote: string, maxErrors: number): Match[] {
  const all: Match[] = [];
  let text = key;
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const places = distinctMatches(search(text, quote, maxErrors));
    if (places.length === 0 || places.length > MAX_OCCURRENCES) break;
    all.push(...places);
    if (round + 1 < FUZZY_ROUNDS) {
      const parts: string[] = [];
      let from = 0;
      for (const p of places) {
        if (p.end <= from) continue;
        const start = Math.max(from, p.start);
        parts.push(text.slice(from, start), MASK.repeat(p.end - start));
        from = p.end;
      }
      parts.push(text.slice(from));
      text = parts.join('');
    }
  }
  return all;
}
