// Text from web pages and note editors can hold anything; these make it safe to put into any text format.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REPLACEMENT_CHARACTER = '\uFFFD';

/** Replaces lone UTF-16 surrogates (which no encoder can write) with U+FFFD; everything else is kept. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
}

/** Lines of a text, whatever its line endings (\n, \r\n, \r). */
export function splitLines(text: string): string[] {
  return wellFormed(text).split(/\r\n|\r|\n/);
}

/** One line for a heading, a title or a field: runs of whitespace (new lines included) become one space. */
export function singleLine(text: string): string {
  return wellFormed(text).replace(/\s+/gu, ' ').trim();
}
