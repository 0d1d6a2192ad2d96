// Test helpers that read our Markdown back to plain text, to check nothing the reader wrote was lost.
import { wellFormed } from '../../../src/export/text-safety';

/** Reads a YAML double-quoted scalar the way a YAML parser does (the escapes our writer uses). */
export function readYamlDoubleQuoted(scalar: string): string {
  if (!scalar.startsWith('"') || !scalar.endsWith('"')) throw new Error(`not double-quoted: ${scalar}`);
  const simple: Record<string, string> = {
    '\\': '\\', '"': '"', n: '\n', r: '\r', t: '\t', '0': '\0', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
  };
  return scalar.slice(1, -1).replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|.)/gi, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    const char = simple[code];
    if (char === undefined) throw new Error(`unknown escape \\${code}`);
    return char;
  });
}

/** The plain text of Markdown lines our escaper wrote: hard breaks, escapes and character references undone. */
export function readEscapedMarkdown(lines: string[]): string {
  return lines
    .map((line) => line.replace(/\\$/, ''))
    .map((line) => line.replace(/^&#(\d+);/, (_, code: string) => String.fromCharCode(Number(code))))
    .map((line) => line.replace(/\\([!-/:-@[-`{-~])/g, '$1'))
    .join('\n');
}

/** The plain text of a block quote our writer made. */
export function readBlockQuote(block: string): string {
  return readEscapedMarkdown(block.split('\n').map((line) => line.replace(/^> ?/, '')));
}

/** What a quote or note reads as after our Markdown: line endings as \n, lines of only spaces or tabs empty. */
export function asMarkdownKeepsIt(text: string): string {
  // split on \n only: a regular expression's `m` flag would also split at U+2028, which Markdown does not
  const lines = wellFormed(text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line) => (/^[ \t]*$/.test(line) ? '' : line)).join('\n');
}
