// How much evidence a place in the page gives that it is the highlighted passage, counted in characters
// found again: the quote's matched characters, plus the context on each side weighted by how much
// better than unrelated text it matches, plus a bonus when the stored structure or offsets still hold
// the exact quote. Deciding what is enough lives in choose.ts.

import { editDistance } from './edit-distance';
import { keyOf } from './text-index';
import type { TextQuoteSelector } from './types';

/** Context compared on each side; W3C prefixes and suffixes are about this long. */
export const MAX_CONTEXT_CHARS = 32;
/** Share of the quote that may differ (a fixed typo, a changed word) and still be the same passage. */
const MAX_QUOTE_ERROR_RATE = 0.2;
/** A short quote may still take one typo fix (two edits when letters were swapped); context must carry it. */
const SHORT_QUOTE_ERRORS = 2;
/** Similarity two unrelated English snippets of equal length reach by chance: no evidence below it. */
const UNRELATED_CONTEXT_SIMILARITY = 0.5;
/** The exact quote still where the structural path or the offsets say: as telling as one side of context,
 * but never more than the quote itself (a short quote lands on its stored offsets by chance). */
const STORED_PLACE_EVIDENCE_CHARS = 32;
/** Characters at each end of the quote that must line up with the place found: an edit inside the passage
 * leaves its ends in place, while a different passage sharing only part of the quote does not. */
const EDGE_CHARS = 16;
/** Edits allowed within those end characters (a fixed typo in the first or last word, letters swapped). */
const EDGE_ERROR_RATE = 0.25;
const MIN_EDGE_ERRORS = 2;
/** Stored context shorter than this (a quote at the very start or end of the page) tells nothing when it differs. */
export const MIN_TELLING_CONTEXT_CHARS = 8;

/** What the highlight stored, as keys (whitespace-free). */
export interface Expected {
  quote: string;
  prefix: string;
  suffix: string;
}

/** What a quote selector stored, as keys, its context cut to what is compared. */
export function expectedOf(selector: TextQuoteSelector): Expected {
  return {
    quote: keyOf(selector.exact),
    prefix: keyOf(selector.prefix ?? '').slice(-MAX_CONTEXT_CHARS),
    suffix: keyOf(selector.suffix ?? '').slice(0, MAX_CONTEXT_CHARS),
  };
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
  /** Whether the stored structure or offsets point exactly here. */
  atStoredPlace: boolean;
  /** Evidence from the text before (after) this place: 0 when unrelated to the stored prefix (suffix). */
  prefixEvidence: number;
  suffixEvidence: number;
  /** The most evidence this place could give, when less than maxEvidence (context past its block, blocks.ts). */
  total?: number;
}

/** The most edits a quote of this many key characters may have and still be recognised. */
export function maxQuoteErrors(quoteLength: number): number {
  return Math.max(Math.floor(quoteLength * MAX_QUOTE_ERROR_RATE), Math.min(SHORT_QUOTE_ERRORS, Math.floor(quoteLength / 2.5)));
}

/** Evidence the stored quote and context could give at best. */
export function maxEvidence(expected: Expected): number {
  return expected.quote.length + expected.prefix.length + expected.suffix.length;
}

const reverse = (s: string) => [...s].reverse().join('');

/** Do the first and last characters of the quote line up with the start and end of [start, end)? */
function edgesAgree(key: string, quote: string, start: number, end: number): boolean {
  const w = Math.min(EDGE_CHARS, Math.ceil(quote.length / 2));
  const allowed = Math.max(MIN_EDGE_ERRORS, Math.floor(w * EDGE_ERROR_RATE));
  const head = editDistance(reverse(quote.slice(0, w)), reverse(key.slice(start, Math.min(end, start + w + allowed))), true);
  const tail = editDistance(quote.slice(-w), key.slice(Math.max(start, end - w - allowed), end), true);
  return head <= allowed && tail <= allowed;
}

/** Whether two snippets of equal length are no closer than unrelated text is by chance. */
export function unrelated(stored: string, actual: string): boolean {
  return stored.length > 0 && 1 - editDistance(stored, actual) / stored.length <= UNRELATED_CONTEXT_SIMILARITY;
}

/** Characters' worth of evidence that one side's context is the stored one. */
export function contextEvidence(stored: string, actual: string): number {
  if (stored.length === 0) return 0;
  const sim = Math.max(0, 1 - editDistance(stored, actual) / stored.length);
  const weight = Math.max(0, (sim - UNRELATED_CONTEXT_SIMILARITY) / (1 - UNRELATED_CONTEXT_SIMILARITY));
  return weight * stored.length;
}

/** Scores a place [start, end) of the key whose text is `errors` edits from the quote. */
export function scoreCandidate(key: string, expected: Expected, start: number, end: number, errors: number, atStoredPlace = false): Candidate {
  const { prefix, suffix, quote } = expected;
  const before = key.slice(Math.max(0, start - prefix.length), start);
  const after = key.slice(end, end + suffix.length);
  const stored = atStoredPlace && errors === 0;
  const prefixEvidence = contextEvidence(prefix, before);
  const suffixEvidence = contextEvidence(suffix, after);
  const evidence = Math.max(0, quote.length - errors) + prefixEvidence + suffixEvidence + (stored ? Math.min(STORED_PLACE_EVIDENCE_CHARS, quote.length) : 0);
  return {
    start,
    end,
    errors,
    evidence,
    edgesAgree: errors === 0 || edgesAgree(key, quote, start, end),
    atStoredPlace: stored,
    prefixEvidence,
    suffixEvidence,
  };
}
