// What rules a place out before it is scored against its rivals: its own paragraph shows other words beside it
// than were stored (another passage sharing the quote's words, see blocks.ts), or it is an approximate match
// whose numbers differ from the quote's (a fixed typo changes letters, a changed number is another statement).

import type { TextIndex } from './text-index';
import type { Candidate, Expected } from './score';
import { contradictsContext } from './blocks';

/** The digits of a text, in order: the numbers a passage states. */
function digitsOf(text: string): string {
  return text.replace(/\P{Nd}/gu, '');
}

/** A test of whether a place in the index's key could be the stored passage at all. */
export function possiblePlace(index: TextIndex, expected: Expected): (c: Candidate) => boolean {
  let quoteDigits: string | undefined;
  return (c) =>
    !contradictsContext(index, expected, c) &&
    (c.errors === 0 || digitsOf(index.key.slice(c.start, c.end)) === (quoteDigits ??= digitsOf(expected.quote)));
}
