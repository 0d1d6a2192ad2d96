// YAML scalars for front matter. Every string is double-quoted, the one YAML style where any character can be
// written with an escape, so titles like `Yes: no` or `- #1 "hit"` never change meaning.
import { wellFormed } from './text-safety';

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
  '\u0085': '\\N',
  '\u00A0': '\\_',
  '\u2028': '\\L',
  '\u2029': '\\P',
};
/** Characters YAML does not allow unescaped: C0 and C1 controls, DEL, the special line separators, BOM. */
const NEEDS_ESCAPE = /[\\"\u0000-\u001F\u007F-\u009F\u00A0\u2028\u2029\uFEFF]/g;

/** A double-quoted YAML string holding exactly `value`. */
export function yamlString(value: string): string {
  const body = wellFormed(value).replace(NEEDS_ESCAPE, (char) => NAMED_ESCAPES[char] ?? hexEscape(char));
  return `"${body}"`;
}

/** A YAML scalar: strings quoted, numbers as they are, null as `null`. */
export function yamlScalar(value: string | number | null): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  return yamlString(value);
}

/** A `key: value` line, or a block list for arrays (`key: []` when empty). */
export function yamlEntry(key: string, value: string | number | null | string[]): string {
  if (!Array.isArray(value)) return `${key}: ${yamlScalar(value)}`;
  if (value.length === 0) return `${key}: []`;
  return [`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`)].join('\n');
}

function hexEscape(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
