// Lookalikes: other places on the page where a highlight's quote and context fit well enough that anchor()
// would take one of them if the highlighted passage were gone (a pull quote repeating a sentence of the story,
// a summary box, a corrected copy). Counted when the highlight is made, while the passage is still there to
// be told apart by where it stands; anchor() then knows that quote and context alone cannot vouch for a place.

import type { TextIndex } from './text-index';
import { exactMatches, fuzzyMatches, MAX_FUZZY_QUOTE_CHARS, MAX_OCCURRENCES } from './match-quote';
import { maxQuoteErrors, scoreCandidate, type Candidate, type Expected } from './score';
import { isConfirmed } from './choose';
import { refineEdges } from './refine-edges';
import { possiblePlace } from './possible';

/** Stands in for the highlighted passage while the rest of the page is searched; never in a key (no controls). */
const BLANK = '\u0001';

/** How many places apart from key span [start, end) would be taken for the passage were it gone. */
export function countLookalikes(index: TextIndex, expected: Expected, start: number, end: number): number {
  const { quote } = expected;
  // The page as it would read with the passage blanked out, same length so that positions keep their meaning.
  const key = index.key.slice(0, start) + BLANK.repeat(end - start) + index.key.slice(end);
  const blanked: TextIndex = { ...index, key };
  const possible = possiblePlace(blanked, expected);
  const exact = exactMatches(key, quote);
  // A quote standing this often is refused by anchor() anyway ("too common to place").
  if (exact.length >= MAX_OCCURRENCES) return exact.length;
  const candidates: Candidate[] = exact.map((s) => scoreCandidate(key, expected, s, s + quote.length, 0));
  // anchor() never looks for a long quote approximately, so no approximate copy of it can be taken for it.
  const approximate = quote.length > MAX_FUZZY_QUOTE_CHARS ? [] : fuzzyMatches(key, quote, maxQuoteErrors(quote.length));
  for (const m of approximate) {
    if (m.errors === 0) continue;
    const refined = refineEdges(key, expected, scoreCandidate(key, expected, m.start, m.end, m.errors));
    if (refined) candidates.push(refined);
  }
  const places = candidates
    .filter((c) => isConfirmed(c, expected) && possible(c))
    .sort((a, b) => a.start - b.start);
  // Overlapping reports are one place (an approximate match is found with several nearby ends).
  let count = 0;
  let lastEnd = -1;
  for (const p of places) {
    if (p.start >= lastEnd) count++;
    lastEnd = Math.max(lastEnd, p.end);
  }
  return count;
}
