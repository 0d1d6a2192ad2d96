// Matching ignores whitespace and invisible characters, so a found passage starts and ends on visible
// characters. When the stored quote itself began or ended with such characters (a selection that took
// the trailing space, a zero-width joiner), the same characters next to the passage are taken back in.

import { isIgnorable, type TextIndex } from './text-index';
import { visibleText } from './text-range';

const isSpace = (c: string) => /\s/.test(c);
const same = (a: string, b: string) => a === b || (isSpace(a) && isSpace(b));

/** Widens [start, end) over the page's ignorable characters that match the quote's leading and trailing ones. */
export function includeEdgeSpace(index: TextIndex, span: { start: number; end: number }, exact: string): { start: number; end: number } {
  let { start, end } = span;
  let lead = 0;
  while (lead < exact.length && isIgnorable(exact.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < exact.length - lead && isIgnorable(exact.charCodeAt(exact.length - 1 - trail))) trail++;
  for (let i = lead - 1; i >= 0 && start > 0; i--) {
    const c = visibleText(index, start - 1, start);
    if (!c || !same(c, exact[i]!)) break;
    start--;
  }
  for (let i = exact.length - trail; i < exact.length && end < index.length; i++) {
    const c = visibleText(index, end, end + 1);
    if (!c || !same(c, exact[i]!)) break;
    end++;
  }
  return { start, end };
}
