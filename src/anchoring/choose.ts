// When a place is good enough: enough evidence, enough of what was stored found again, a clear lead
// over every other place. Below any of these the highlight is orphaned rather than risked.

import { maxEvidence, maxQuoteErrors, type Candidate, type Expected } from './score';

/** Fewest characters (quote + context) found again before we place a highlight: one short quote alone is not enough. */
const MIN_EVIDENCE_CHARS = 32;
/** Least share of the stored quote and context found again: a 20-character quote with both contexts gone is a guess. */
const MIN_EVIDENCE_RATIO = 0.5;
/** An edited quote needs most of its context too: a fixed typo leaves the surroundings in place, a lookalike does not. */
const MIN_FUZZY_EVIDENCE_RATIO = 0.75;
/** Lead in evidence over the next-best place; less means two places fit about as well, so we refuse. */
export const MIN_LEAD_CHARS = 12;

const apart = (a: Candidate, b: Candidate) => a.end <= b.start || a.start >= b.end;

/** Whether a place is well enough confirmed on its own (ignoring other places). */
export function isConfirmed(candidate: Candidate, expected: Expected): boolean {
  const total = maxEvidence(expected);
  const ratio = candidate.errors > 0 ? MIN_FUZZY_EVIDENCE_RATIO : MIN_EVIDENCE_RATIO;
  // The share is of what this place could give (blocks.ts), the floor of what was stored: a few words alone prove nothing.
  return (
    candidate.evidence >= Math.min(MIN_EVIDENCE_CHARS, total) &&
    candidate.evidence >= ratio * (candidate.total ?? total) &&
    candidate.errors <= maxQuoteErrors(expected.quote.length) &&
    candidate.edgesAgree
  );
}

export type Choice = { candidate: Candidate } | { reason: string };

/** The one place to anchor to, or why there is none. */
export function choose(candidates: Candidate[], expected: Expected): Choice {
  const plausible = candidates.filter((c) => c.edgesAgree).sort((a, b) => b.evidence - a.evidence || a.errors - b.errors);
  const best = plausible[0];
  if (!best) return { reason: 'the quoted text is not on the page' };
  if (!isConfirmed(best, expected)) return { reason: 'the closest match is too different from the highlight' };
  const rival = plausible.find((c) => apart(c, best));
  if (rival && best.evidence - rival.evidence < MIN_LEAD_CHARS) {
    return { reason: 'the quote fits more than one place equally well' };
  }
  // The very words highlighted still stand elsewhere, only their surroundings changed: an edited copy
  // that fits the surroundings better is not clearly the passage either.
  if (best.errors > 0 && expected.quote.length >= MIN_EVIDENCE_CHARS && plausible.some((c) => c.errors === 0 && apart(c, best))) {
    return { reason: 'the quote stands unchanged in one place and edited in another' };
  }
  return { candidate: best };
}
