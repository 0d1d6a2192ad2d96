// describe(root, range): the selectors a highlight stores to find its text again later.

import type { Selector, TextQuoteSelector } from './types';
import { buildTextIndex, keyIndexAt } from './text-index';
import { offsetsFromRange, visibleText } from './text-range';
import { toRangeSelector } from './range-selector';
import { expectedOf, MAX_CONTEXT_CHARS } from './score';
import { lookalikeFit } from './lookalikes';

/** Runs of whitespace in stored context carry no meaning (matching ignores whitespace); keep them short. */
function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Quote (with about 32 visible characters of context each side), position and structure of `range` in `root`;
 * the structure also says when quote and context fit other places on the page too. */
export function describe(root: Element, range: Range): Selector[] {
  const index = buildTextIndex(root);
  const { start, end } = offsetsFromRange(index, range);
  const map = index.keyToText;
  const keyStart = keyIndexAt(index, start);
  const keyEnd = keyIndexAt(index, end);
  const prefixFrom = keyStart > 0 ? map[Math.max(0, keyStart - MAX_CONTEXT_CHARS)]! : start;
  const suffixTo = keyEnd < map.length ? map[Math.min(map.length, keyEnd + MAX_CONTEXT_CHARS) - 1]! + 1 : end;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: visibleText(index, start, end),
    prefix: collapseWhitespace(visibleText(index, prefixFrom, start)),
    suffix: collapseWhitespace(visibleText(index, end, suffixTo)),
  };
  const selectors: Selector[] = [quote, { type: 'TextPositionSelector', start, end }];
  const structural = toRangeSelector(index, range, start, end);
  if (structural) {
    const fit = lookalikeFit(index, expectedOf(quote), keyStart, keyEnd);
    selectors.push(fit > 0 ? { ...structural, lookalikeFit: fit } : structural);
  }
  return selectors;
}
