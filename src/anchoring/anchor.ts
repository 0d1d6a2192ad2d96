// anchor(root, selectors): finds a highlight's text again, or says it cannot, never a wrong place.
// Cheap paths first: the stored structure or position still holding the quote with its context;
// then every exact occurrence of the quote, chosen by context; then approximate matches of the
// quote, chosen by quote and context. Every candidate must pass the same bar (see score.ts).

import type { AnchorQuality, AnchorResult, Selector, TextQuoteSelector } from './types';
import { buildTextIndex, keyIndexAt, keyOf, textSpanOfKey, type TextIndex } from './text-index';
import { rangeFromOffsets } from './text-range';
import { textSpanFromRangeSelector } from './range-selector';
import { exactMatches, fuzzyMatches, MAX_OCCURRENCES } from './match-quote';
import {
  choose,
  isConfirmed,
  maxEvidence,
  scoreCandidate,
  maxQuoteErrors,
  MAX_CONTEXT_CHARS,
  type Candidate,
  type Expected,
} from './score';

function orphaned(reason: string): AnchorResult {
  return { status: 'orphaned', reason };
}

/** The key spans the structural and position selectors point at today. */
function storedSpans(index: TextIndex, selectors: Selector[]): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const s of selectors) {
    let span: { start: number; end: number } | null = null;
    if (s.type === 'RangeSelector') span = textSpanFromRangeSelector(index, s);
    else if (s.type === 'TextPositionSelector' && s.start >= 0 && s.end >= s.start && s.end <= index.length) span = s;
    if (span) spans.push({ start: keyIndexAt(index, span.start), end: keyIndexAt(index, span.end) });
  }
  return spans;
}

function anchored(index: TextIndex, c: Candidate, expected: Expected, quality: AnchorQuality): AnchorResult {
  const { start, end } = textSpanOfKey(index, c.start, c.end);
  const score = Math.round((c.evidence / maxEvidence(expected)) * 1000) / 1000;
  return { status: 'anchored', range: rangeFromOffsets(index, start, end), quality, score };
}

/** Like anchor(), on a root already read into a TextIndex (to place many highlights at once). */
export function anchorInIndex(index: TextIndex, selectors: Selector[]): AnchorResult {
  const quoteSelector = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quoteSelector) return orphaned('the highlight has no quote to check the page against');
  const expected: Expected = {
    quote: keyOf(quoteSelector.exact),
    prefix: keyOf(quoteSelector.prefix ?? '').slice(-MAX_CONTEXT_CHARS),
    suffix: keyOf(quoteSelector.suffix ?? '').slice(0, MAX_CONTEXT_CHARS),
  };
  const { quote } = expected;
  if (!quote) return orphaned('the quote is empty');
  const key = index.key;

  const spans = storedSpans(index, selectors);
  for (const span of spans) {
    if (span.end - span.start !== quote.length || !key.startsWith(quote, span.start)) continue;
    const c = scoreCandidate(key, expected, span.start, span.end, 0);
    if (isConfirmed(c, expected)) return anchored(index, c, expected, 'exact');
  }
  const isStored = (c: Candidate) => spans.some((s) => s.start === c.start && s.end === c.end);

  const starts = exactMatches(key, quote);
  if (starts.length >= MAX_OCCURRENCES) return orphaned('the quote is too common on the page to place');
  const candidates = starts.map((s) => scoreCandidate(key, expected, s, s + quote.length, 0));
  let choice = choose(candidates, expected);
  if ('candidate' in choice) return anchored(index, choice.candidate, expected, isStored(choice.candidate) ? 'exact' : 'moved');
  // Two places holding the exact quote and fitting equally well: an approximate match cannot do better.
  if (candidates.some((c) => isConfirmed(c, expected))) return orphaned(choice.reason);

  const maxErrors = maxQuoteErrors(quote.length);
  if (maxErrors === 0) return orphaned(choice.reason);
  for (const m of fuzzyMatches(key, quote, maxErrors)) {
    if (m.errors > 0) candidates.push(scoreCandidate(key, expected, m.start, m.end, m.errors));
  }
  choice = choose(candidates, expected);
  if (!('candidate' in choice)) return orphaned(choice.reason);
  return anchored(index, choice.candidate, expected, choice.candidate.errors > 0 ? 'fuzzy' : 'moved');
}

/** Finds the highlight's text under root: exact, moved or fuzzy, or orphaned with a reason. */
export function anchor(root: Element, selectors: Selector[]): AnchorResult {
  return anchorInIndex(buildTextIndex(root), selectors);
}

/** Anchors many highlights, reading the page's text once. */
export function anchorAll(root: Element, highlights: Selector[][]): AnchorResult[] {
  const index = buildTextIndex(root);
  return highlights.map((selectors) => anchorInIndex(index, selectors));
}
