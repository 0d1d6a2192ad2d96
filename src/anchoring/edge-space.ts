// Matching ignores whitespace and invisible characters, so a found passage starts and ends on visible
// characters. When the stored quote itself began or ended with such characters (a selection that took
// the trailing space, a zero-width joiner), the same characters next to the passage are taken back in;
// whitespace the page added or dropped between them does not stop that.

import { isIgnorable, type TextIndex } from './text-index';
import { visibleText } from './text-range';

const isSpace = (c: string) => /\s/.test(c);
const same = (a: string, b: string) => a === b || (isSpace(a) && isSpace(b));

/** How far to move one end outward over the page's characters `pageAt(1), pageAt(2)...` to take in `stored`
 * (the quote's ignorable characters at that end, nearest first). */
function reach(stored: string[], pageAt: (step: number) => string): number {
  let taken = 0;
  let step = 0;
  for (let i = 0; i < stored.length; ) {
    const c = pageAt(step + 1);
    const x = stored[i]!;
    if (c && same(c, x)) {
      step++;
      i++;
      taken = step;
    } else if (c && isSpace(c) && isIgnorable(c.charCodeAt(0))) step++;
    else if (isSpace(x)) i++;
    else break;
  }
  return taken;
}

/** Widens [start, end) over ignorable characters next to it that the quote also began or ended with. */
export function includeEdgeSpace(index: TextIndex, span: { start: number; end: number }, exact: string): { start: number; end: number } {
  let lead = 0;
  while (lead < exact.length && isIgnorable(exact.charCodeAt(lead))) lead++;
  let trail = 0;
  while (trail < exact.length - lead && isIgnorable(exact.charCodeAt(exact.length - 1 - trail))) trail++;
  const { start, end } = span;
  const back = lead ? reach([...exact.slice(0, lead)].reverse(), (k) => (start - k >= 0 ? visibleText(index, start - k, start - k + 1) : '')) : 0;
  const forward = trail ? reach([...exact.slice(exact.length - trail)], (k) => visibleText(index, end + k - 1, end + k)) : 0;
  return { start: start - back, end: end + forward };
}
