// How sure we are that a place in the page is the highlighted passage, and when to refuse.
// Evidence is counted in characters found again: the quote's matched characters plus the context
// on each side, weighted by how much better than unrelated text it matches. A place is accepted only
// with enough evidence, enough of what was stored found again, and a clear lead over any other place.

import { editDistance } from './edit-distance';

/** Context compared on each side; W3C prefixes and suffixes are about this long. */
export const MAX_CONTEXT_CHARS = 32;
/** Share of the quote that may differ (a fixed typo, a changed word) and still be the same passage. */
const MAX_QUOTE_ERROR_RATE = 0.2;
/** A short quote may still take one typo fix (two edits when letters were swapped); context must carry it. */
const SHORT_QUOTE_ERRORS = 2;
/** Characters at each end of the quote that must line up with the place found: an edit inside the passage
 * leaves its ends in place, while a different passage sharing only part of the quote does not. */
const EDGE_CHARS = 16;
/** Edits allowed within those end characters (a fixed typo in the first or last word). */
const EDGE_ERROR_RATE = 0.25;
/** Similarity two unrelated English snippets of equal length reach by chance: no evidence below it. */
const UNRELATED_CONTEXT_SIMILARITY = 0.5;
/** Fewest characters (quote + context) found again before we place a highlight: one short quote alone is not enough. */
const MIN_EVIDENCE_CHARS = 32;
/** Least share of the stored quote and context found again: a 20-character quote with both contexts gone is a guess. */
const MIN_EVIDENCE_RATIO = 0.5;
/** Lead in evidence over the next-best place; less means two places fit about as well, so we refuse. */
const MIN_LEAD_CHARS = 12;

/** What the highlight stored, as keys (whitespace-free). */
export interface Expected {
  quote: string;
  prefix: string;
  suffix: string;
}

/** A place in the key where the quote (nearly) occurs. */
export interface Candidate {
  start: number;
  end: number;
  /** Edit distance between the stored quote and this place's text. */
  errors: number;
  evidence: number;
  /** Whether both ends of the quote line up with this place. */
  edgesAgree: boolean;
}

/** The most edits a quote of this many key characters may have and still be recognised. */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.max(Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE), Math.min(SHORT_QUOTE_ERRORS, Math.floor(quoteLength / 2.5)));
}

const reverse = (s: string) => [...s].reverse().join('');

/** Do the first and last characters of the quote line up with the start and end of [start, end)? */
function edgesAgree(key: string, quote: string, start: number, end: number): boolean {
  const w = Math.min(EDGE_CHARS, Math.ceil(quote.length / 2));
  const allowed = Math.max(1, Math.floor(w * EDGE_ERROR_RATE));
  const slack = allowed;
  const head = editDistance(reverse(quote.slice(0, w)), reverse(key.slice(start, Math.min(end, start + w + slack))), true);
  const tail = editDistance(quote.slice(-w), key.slice(Math.max(start, end - w - slack), end), true);
  return head <= allowed && tail <= allowed;
}

/** 1 when identical, falling towards 0 as the strings differ. */
function similarity(stored: string, actual: string): number {
  if (stored.length === 0) return 0;
  return Math.max(0, 1 - editDistance(stored, actual) / stored.length);
}

/** Characters' worth of evidence that one side's context is the stored one. */
function contextEvidence(stored: string, actual: string): number {
  const sim = similarity(stored, actual);
  const weight = Math.max(0, (sim - UNRELATED_CONTEXT_SIMILARITY) / (1 - UNRELATED_CONTEXT_SIMILARITY));
  return weight * stored.length;
}

export function maxEvidence(expected: Expected): number {
  return expected.quote.length + expected.prefix.length + expected.suffix.length;
}

/** Scores a place [start, end) of the key whose text is `errors` edits from the quote. */
export function scoreCandidate(key: string, expected: Expected, start: number, end: number, errors: number): Candidate {
  const { prefix, suffix, quote } = expected;
  const before = key.slice(Math.max(0, start - prefix.length), start);
  const after = key.slice(end, end + suffix.length);
  const evidence = Math.max(0, quote.length - errors) + contextEvidence(prefix, before) + contextEvidence(suffix, after);
  return { start, end, errors, evidence, edgesAgree: errors === 0 || edgesAgree(key, quote, start, end) };
}

/** Whether a place is well enough confirmed on its own (ignoring other places). */
export function isConfirmed(candidate: Candidate, expected: Expected): boolean {
  const total = maxEvidence(expected);
  return (
    candidate.evidence >= Math.min(MIN_EVIDENCE_CHARS, total) &&
    candidate.evidence >= MIN_EVIDENCE_RATIO * total &&
    candidate.errors <= maxQuoteErrors(expected.quote.length) &&
    candidate.edgesAgree
  );
}

export type Choice = { candidate: Candidate } | { reason: string };

/** The one place to anchor to, or why there is none. */
export function choose(candidates: Candidate[], expected: Expected): Choice {
  if (candidates.length === 0) return { reason: 'the quoted text is not on the page' };
  const sorted = [...candidates].sort((a, b) => b.evidence - a.evidence || a.errors - b.errors);
  const best = sorted.find((c) => c.edgesAgree) ?? sorted[0]!;
  if (!isConfirmed(best, expected)) return { reason: 'the closest match is too different from the highlight' };
  const rival = sorted.find((c) => c.edgesAgree && (c.end <= best.start || c.start >= best.end));
  if (rival && best.evidence - rival.evidence < MIN_LEAD_CHARS) {
    return { reason: 'the quote fits more than one place equally well' };
  }
  return { candidate: best };
}
