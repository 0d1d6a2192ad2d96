// Lookalikes: other places on the page where a highlight's quote and context fit well enough that anchor()
// would take one of them if the highlighted passage were gone (a pull quote repeating a sentence of the story,
// a summary box, a corrected copy). Measured when the highlight is made, while the passage is still there to
// be told apart; anchor() then takes a place it searched for only when it fits clearly better than the best
// of them did (the same lead it asks over rivals it can see).

import type { TextIndex } from './text-index';
import { exactMatches, fuzzyMatches, MAX_OCCURRENCES } from './match-quote';
import { maxEvidence, maxQuoteErrors, scoreCandidate, type Candidate, type Expected } from './score';
import { isConfirmed } from './choose';
import { refineEdges } from './refine-edges';
import { possiblePlace } from './possible';
import { withinBlock } from './blocks';

/** Stands in for the highlighted passage while the rest of the page is searched; never in a key (no controls). */
const BLANK = '\u0000';
/** Longest quote (key characters) whose approximate lookalikes are looked for; see below. */
const MAX_LOOKALIKE_FUZZY_CHARS = 200;

/**
 * How well the best place apart from key span [start, end) fits the quote and its context, as a share of what was
 * stored (0 when anchor() would take no other place were the passage gone, 1 for a copy with the same context).
 */
export function lookalikeFit(index: TextIndex, expected: Expected, start: number, end: number): number {
  const { quote } = expected;
  // The page as it would read with the passage blanked out, same length so that positions keep their meaning.
  const key = index.key.slice(0, start) + BLANK.repeat(end - start) + index.key.slice(end);
  const exact = exactMatches(key, quote);
  // A quote standing this often is refused by anchor() anyway ("too common to place").
  if (exact.length >= MAX_OCCURRENCES) return 1;
  const blanked = { ...index, key };
  const possible = possiblePlace(blanked, expected);
  const candidates: Candidate[] = exact.map((s) => withinBlock(blanked, expected, scoreCandidate(key, expected, s, s + quote.length, 0)));
  // As in anchor(): where the exact quote stands confirmed elsewhere, no approximate place is looked at. And
  // approximate search is left to short quotes here: on a page repeating its text it finds hundreds of near
  // places and costs seconds, on every highlight made (an edited copy of a long passage, with its context, is rare).
  const confirmedCopy = candidates.some((c) => isConfirmed(c, expected) && possible(c));
  const approximate = confirmedCopy || quote.length > MAX_LOOKALIKE_FUZZY_CHARS ? [] : fuzzyMatches(key, quote, maxQuoteErrors(quote.length));
  for (const m of approximate) {
    if (m.errors === 0) continue;
    const refined = refineEdges(key, expected, scoreCandidate(key, expected, m.start, m.end, m.errors));
    if (refined) candidates.push(refined);
  }
  let best = 0;
  for (const c of candidates) {
    if (c.evidence > best && isConfirmed(c, expected) && possible(c)) best = c.evidence;
  }
  return Math.min(1, Math.round((best / maxEvidence(expected)) * 1000) / 1000);
}
