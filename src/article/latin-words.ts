// Word counts of Latin-script text without Intl.Segmenter: for letters, digits and common punctuation the
// segmenter's word rules (Unicode UAX #29, as ICU applies them) are a few local joins, and a regex finds the same
// words many times faster (the segmenter builds an object per word and per space). Other text goes to the segmenter.

/** ASCII, Latin-1 (without the soft hyphen, which joins words invisibly, and the cedilla, a letter to the segmenter), Latin Extended-A/B, dashes, curly quotes and the ellipsis. */
const LATIN_TEXT = /^[\t-\r -~\u00a0-\u00ac\u00ae-\u00b7\u00b9-\u024f\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

/**
 * One word as the segmenter sees it: letters, digits and underscores run together; a mid-word mark (colon, middle dot,
 * full stop, apostrophes) joins two letters ("e.g", "don’t"), a mid-number mark (comma, semicolon, full stop,
 * apostrophes) joins two digits ("3,000.50").
 */
const WORD_RUN = /(?:[\p{L}\d_]|(?<=\p{L})[:\u00b7.'\u2018\u2019](?=\p{L})|(?<=\d)[,;.'\u2018\u2019](?=\d))+/gu;

/** The number of words in `text`, or null when it holds characters outside Latin text (count those with the segmenter). */
export function latinWords(text: string): number | null {
  if (!LATIN_TEXT.test(text)) return null;
  let n = 0;
  // A lone underscore is no word to the segmenter; two are.
  for (const run of text.match(WORD_RUN) ?? []) if (run !== '_') n++;
  return n;
}
