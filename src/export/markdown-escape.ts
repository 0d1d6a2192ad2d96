// Plain text inside Markdown (CommonMark, as Obsidian and Logseq read it): every character the reader wrote must
// show as itself, never as emphasis, a link, raw HTML, a heading, a list or a code block.
import { splitLines } from './text-safety';

/**
 * Punctuation that means something anywhere in a line: CommonMark emphasis, code, links, HTML and entities, GFM
 * tables and strikethrough, Obsidian tags, highlights (==), comments (%%), math ($) and block ids (^).
 */
const INLINE_SPECIALS = /[\\`*_[\]<>#|~&$=^%]/g;
/** Punctuation that means something only at the start of a line: list items (- +). */
const LINE_START_SPECIALS = /^[-+]/;
/** A line starting with digits then `.` or `)` would become an ordered list item. */
const ORDERED_LIST_START = /^(\d+)([.)])/;
/** Leading whitespace would make an indented code block; a character reference keeps the first one literal. */
const LEADING_WHITESPACE = /^[ \t]/;

/** One line of plain text, escaped for Markdown. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIALS, '\\$&').replace(LINE_START_SPECIALS, '\\$&').replace(ORDERED_LIST_START, '$1\\$2');
  return escaped.replace(LEADING_WHITESPACE, (space) => `&#${space.charCodeAt(0)};`);
}

/**
 * Plain text as Markdown lines: each line escaped, a hard break (trailing backslash) between lines of one
 * paragraph so single new lines survive, and blank lines kept as paragraph breaks.
 */
export function markdownLines(text: string): string[] {
  // Only spaces and tabs make a blank line in CommonMark; a line of no-break spaces is content and is kept.
  const lines = splitLines(text).map((line) => (/^[ \t]*$/.test(line) ? '' : escapeMarkdownLine(line)));
  return lines.map((line, i) => (line !== '' && (lines[i + 1] ?? '') !== '' ? `${line}\\` : line));
}

/** Plain text as a Markdown block quote: every line, blank ones included, stays inside the quote. */
export function markdownBlockQuote(text: string): string {
  return markdownLines(text)
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
