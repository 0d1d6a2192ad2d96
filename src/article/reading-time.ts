// Word count and reading time for every language: words by Intl.Segmenter; scripts written without
// spaces (Chinese, Japanese, Thai…) counted by characters at their own rate; time added for images.

import {
  CHAR_SCRIPT, CJK_CHARS_PER_MINUTE, DEFAULT_WORDS_PER_MINUTE, IMAGE_SECONDS_FIRST, IMAGE_SECONDS_MIN,
} from './heuristics';

export interface TextCount {
  /** Words in scripts with spaces. */
  words: number;
  /** Characters in scripts without spaces (read per character). */
  chars: number;
}

const CHAR_SCRIPT_GLOBAL = new RegExp(CHAR_SCRIPT.source, 'gu');
let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/** Counts words and space-less-script characters of a text. */
export function countText(text: string): TextCount {
  let words = 0;
  let chars = 0;
  // No text, no words: the segmenter (whose first making costs a cold page tens of milliseconds in Chromium) is not made for it.
  if (!text) return { words, chars };
  const seg = getSegmenter();
  if (!seg) {
    // Engines without Intl.Segmenter: whitespace-separated runs with a letter or digit.
    for (const w of text.split(/\s+/)) {
      if (!/[\p{L}\p{N}]/u.test(w)) continue;
      const c = w.match(CHAR_SCRIPT_GLOBAL)?.length ?? 0;
      if (c) chars += c;
      else words++;
    }
    return { words, chars };
  }
  for (const piece of pieces(text)) {
    for (const s of seg.segment(piece)) {
      if (!s.isWordLike) continue;
      if (CHAR_SCRIPT.test(s.segment)) chars += s.segment.match(CHAR_SCRIPT_GLOBAL)?.length ?? 0;
      else words++;
    }
  }
  return { words, chars };
}

/** Segmenting one long string is slow in some engines; cut it at spaces into short pieces. */
const PIECE_CHARS = 256;

function* pieces(text: string): Generator<string> {
  let i = 0;
  while (i < text.length) {
    let j = Math.min(text.length, i + PIECE_CHARS);
    if (j < text.length) {
      const space = text.lastIndexOf(' ', j);
      const stop = space > i ? space : Math.max(text.lastIndexOf('。', j), text.lastIndexOf('\n', j));
      if (stop > i) j = stop + 1;
    }
    yield text.slice(i, j);
    i = j;
  }
}

/** The word count reported to readers: words plus characters of space-less scripts (each one a unit of reading). */
export function wordCountOf(count: TextCount): number {
  return count.words + count.chars;
}

/**
 * Seconds for n images: 12 s for the first, a second less for each next, at least 3 s each.
 * Readers look at a photo before reading on, less at each next one.
 */
export function imageSeconds(n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.max(IMAGE_SECONDS_MIN, IMAGE_SECONDS_FIRST - i);
  return s;
}

/** Whole minutes, at least 1 for non-empty text, 0 for none. */
export function readingMinutes(count: TextCount, images: number, wordsPerMinute = DEFAULT_WORDS_PER_MINUTE): number {
  if (count.words + count.chars === 0) return 0;
  const wpm = wordsPerMinute > 0 && Number.isFinite(wordsPerMinute) ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE;
  const minutes = count.words / wpm + count.chars / CJK_CHARS_PER_MINUTE + imageSeconds(images) / 60;
  return Math.max(1, Math.round(minutes));
}
