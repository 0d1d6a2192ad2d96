// Whether a highlighted quote is itself a quotation from end to end (a highlighted "…" speech): then the
// quotation marks the popup and the note editor put around quotes would double the page's own.

/** Marks that open or close a quotation, in the scripts our readers use (ASCII, curly, guillemets, low-9, CJK). */
const OPENING = /^\s*["'“‘«‹„‚「『]/u;
/** A closing mark may be followed by the sentence's punctuation the reader swept up with it. */
const CLOSING = /["'”’»›“‘」』][\s.,;:!?…]*$/u;

export function hasOwnQuoteMarks(text: string): boolean {
  return OPENING.test(text) && CLOSING.test(text.replace(OPENING, ''));
}
