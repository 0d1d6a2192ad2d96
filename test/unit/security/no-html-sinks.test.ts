// No source file writes HTML from strings into a document: page text, notes and tags reach the DOM only as
// text (textContent, Preact's escaped children). A test, so the rule holds as files are added.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const SRC = join(root, 'src');

/** The ways to turn a string into markup or code; each would let page or user data become live HTML. */
const SINKS: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML =', /\bouterHTML\s*\+?=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|jsx|mts)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: sink` for every use of a sink outside comments. */
export function findSinks(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
    for (const [name, pattern] of SINKS) if (pattern.test(code)) found.push(`${file}:${i + 1}: ${name}`);
  });
  return found;
}

describe('the source', () => {
  it('is scanned: src/ holds the content script, the background and the pages', () => {
    const files = sourceFiles(SRC).map((f) => relative(root, f));
    expect(files).toContain('src/content/index.ts');
    expect(files.some((f) => f.startsWith('src/pages/'))).toBe(true);
  });

  it('uses no HTML-from-string sink anywhere under src/', () => {
    const found = sourceFiles(SRC).flatMap((file) => findSinks(relative(root, file), readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('would catch each sink (the scanner itself works)', () => {
    const bad = ['el.innerHTML = note;', 'el.outerHTML = x', "el.insertAdjacentHTML('beforeend', s)", 'document.write(s)', '<div dangerouslySetInnerHTML={{ __html: s }} />', 'range.createContextualFragment(s)', 'el.setHTMLUnsafe(s)', 'eval(s)', "new Function('return 1')"];
    expect(bad.map((line) => findSinks('x.ts', line).length)).toEqual(bad.map(() => 1));
    expect(findSinks('x.ts', '// innerHTML is never used\nconst text = el.textContent;\nconst evaluate = 1;')).toEqual([]);
  });
});
