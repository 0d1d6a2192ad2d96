// anchor(root, selectors): finds a highlight's text again, or says it cannot, never a wrong place.
// Cheap paths first: the stored structure or offsets still holding the quote with its context; then
// every exact occurrence of the quote, chosen by context; then approximate matches of the quote,
// chosen by quote and context. Every place must pass the same bar (choose.ts).

import type { AnchorQuality, AnchorResult, RangeSelector, Selector, TextQuoteSelector } from './types';
import { buildTextIndex, keyIndexAt, textSpanOfKey, type TextIndex } from './text-index';
import { rangeFromOffsets } from './text-range';
import { textSpanFromRangeSelector } from './range-selector';
import { exactMatches, fuzzyMatches, MAX_FUZZY_QUOTE_CHARS, MAX_OCCURRENCES } from './match-quote';
import { expectedOf, maxEvidence, maxQuoteErrors, scoreCandidate, type Candidate } from './score';
import { choose, isConfirmed, MIN_LEAD_CHARS } from './choose';
import { refineEdges } from './refine-edges';
import { includeEdgeSpace } from './edge-space';
import { possiblePlace } from './possible';
import { withinBlock } from './blocks';

/** Characters of context on each side that, found joined, show the passage between them was removed. */
const SEAM_CHARS = 12;

interface Span {
  start: number;
  end: number;
}

function orphaned(reason: string): AnchorResult {
  return { status: 'orphaned', reason };
}

/** The key span a position or structural selector points at today (null for other selectors, or when gone). */
function storedSpan(index: TextIndex, s: Selector): Span | null {
  let span: Span | null = null;
  if (s.type === 'RangeSelector') span = textSpanFromRangeSelector(index, s);
  else if (s.type === 'TextPositionSelector' && s.start >= 0 && s.end >= s.start && s.end <= index.length) span = s;
  return span && { start: keyIndexAt(index, span.start), end: keyIndexAt(index, span.end) };
}

/** Offsets before structure: they cost a binary search, a structural path a walk down the tree. */
const CHEAPEST_FIRST: Record<Selector['type'], number> = { TextPositionSelector: 0, RangeSelector: 1, TextQuoteSelector: 2 };
const byCost = (a: Selector, b: Selector) => CHEAPEST_FIRST[a.type] - CHEAPEST_FIRST[b.type];

/** Like anchor(), on a root already read into a TextIndex (to place many highlights at once). */
export function anchorInIndex(index: TextIndex, selectors: Selector[]): AnchorResult {
  const quoteSelector = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (!quoteSelector) return orphaned('the highlight has no quote to check the page against');
  const expected = expectedOf(quoteSelector);
  const { quote } = expected;
  if (!quote) return orphaned('the quote is empty');
  const key = index.key;
  const possible = possiblePlace(index, expected);
  const place = (c: Candidate, quality: AnchorQuality): AnchorResult => {
    const span = includeEdgeSpace(index, textSpanOfKey(index, c.start, c.end), quoteSelector.exact);
    const score = Math.round(Math.min(1, c.evidence / maxEvidence(expected)) * 1000) / 1000;
    return { status: 'anchored', range: rangeFromOffsets(index, span.start, span.end), quality, score };
  };

  // Where the stored offsets or structure still hold the quote with its context, nothing more is needed.
  const spans: Span[] = [];
  for (const s of selectors.length > 1 ? [...selectors].sort(byCost) : selectors) {
    const span = storedSpan(index, s);
    if (!span) continue;
    spans.push(span);
    if (span.end - span.start !== quote.length || !key.startsWith(quote, span.start)) continue;
    const c = scoreCandidate(key, expected, span.start, span.end, 0, true);
    if (isConfirmed(c, expected) && possible(c)) return place(c, 'exact');
  }
  const isStored = (start: number, end: number) => spans.some((s) => s.start === start && s.end === end);

  // When the highlight was made, its quote and context also fitted another place (lookalikes.ts). A place found
  // by searching may be that one, the passage itself gone, unless it fits clearly better than that one did.
  const lookalike = (selectors.find((s): s is RangeSelector => s.type === 'RangeSelector')?.lookalikeFit ?? 0) * maxEvidence(expected);
  const likeLookalike = (c: Candidate) => lookalike > 0 && c.evidence - lookalike < MIN_LEAD_CHARS;
  const LOOKALIKE = 'the quote fits another place on the page as well as it fitted where it was highlighted';

  // The text before and after the quote now meet: the passage was cut out (or moved). A near match around
  // here would be made of its neighbours' letters, and a copy elsewhere is the passage moved only when the
  // quote is long enough to vouch for itself without context (otherwise it is just the same few words).
  const { prefix, suffix } = expected;
  const cutOut = prefix.length >= SEAM_CHARS && suffix.length >= SEAM_CHARS && key.includes(prefix.slice(-SEAM_CHARS) + suffix.slice(0, SEAM_CHARS));
  if (cutOut && quote.length < prefix.length + suffix.length) return orphaned('the passage was removed from the page');

  const starts = exactMatches(key, quote);
  if (starts.length >= MAX_OCCURRENCES) return orphaned('the quote is too common on the page to place');
  const scored = starts.map((s) => scoreCandidate(key, expected, s, s + quote.length, 0, isStored(s, s + quote.length))).filter(possible);
  let exact = scored;
  let choice = choose(exact, expected);
  // Only where the whole context finds no place, its part past the block boundary is left out (blocks.ts): the
  // places found before stand as they were, and scoring hundreds of copies of a short quote twice costs time.
  // From here on the exact places are those rescored within their blocks.
  if (!('candidate' in choice)) {
    exact = scored.map((c) => withinBlock(index, expected, c));
    choice = choose(exact, expected);
  }
  if ('candidate' in choice) {
    if (likeLookalike(choice.candidate)) return orphaned(LOOKALIKE);
    return place(choice.candidate, choice.candidate.atStoredPlace ? 'exact' : 'moved');
  }
  // Two places holding the exact quote and fitting equally well: an approximate match cannot do better.
  if (exact.some((c) => isConfirmed(c, expected))) return orphaned(choice.reason);
  if (cutOut) return orphaned('the passage was removed from the page');
  if (quote.length > MAX_FUZZY_QUOTE_CHARS) return orphaned('the passage is too long to look for once it was edited');

  const approximate = fuzzyMatches(key, quote, maxQuoteErrors(quote.length))
    .filter((m) => m.errors > 0)
    .map((m) => scoreCandidate(key, expected, m.start, m.end, m.errors));
  choice = choose([...exact, ...approximate.filter(possible)], expected);
  if (!('candidate' in choice)) return orphaned(choice.reason);
  const best = refineEdges(key, expected, choice.candidate);
  if (!best || !possible(best)) return orphaned('the passage changed too much to tell where it ends');
  if (likeLookalike(best)) return orphaned(LOOKALIKE);
  return place(best, best.errors > 0 ? 'fuzzy' : 'moved');
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
