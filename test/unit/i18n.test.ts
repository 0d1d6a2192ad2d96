// Every string goes through _locales: English and Ukrainian hold the same keys with the same placeholders,
// and every key the code asks for (t('…'), getMessage('…'), __MSG_…__ in the manifest) exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLOR_NAMES } from '../../src/shared/model';
import { EXPORT_FORMATS } from '../../src/export/formats';

const root = fileURLToPath(new URL('../..', import.meta.url));
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages => JSON.parse(readFileSync(join(root, `extension/_locales/${lang}/messages.json`), 'utf8'));
const en = load('en');
const uk = load('uk');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Keys built from a name at run time (`color_${c}`), expanded over every value they can take. */
const DYNAMIC: Record<string, readonly string[]> = {
  color_: COLOR_NAMES,
  meaning_: COLOR_NAMES,
  format_: EXPORT_FORMATS,
  theme_: ['system', 'light', 'dark'],
  restricted_: ['browser', 'store', 'pdf', 'file', 'blocked'],
};

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:t|getMessage)\(\s*(['"`])([A-Za-z_]+)(\$\{[^}]*\})?\1/g)) {
      const [, , name, dynamic] = m;
      if (dynamic) for (const v of DYNAMIC[name!] ?? [`<unknown dynamic key ${name}>`]) keys.add(`${name}${v}`);
      else keys.add(name!);
    }
    // Ternaries of two literal keys: t(ok ? 'a' : 'b').
    for (const m of text.matchAll(/\bt\(\s*[\w.!]+\s*\?\s*'(\w+)'\s*:\s*'(\w+)'/g)) keys.add(m[1]!).add(m[2]!);
    // Page titles passed to mountPage(…, 'key').
    for (const m of text.matchAll(/mountPage\([^;]*,\s*'(\w+)'\)/g)) keys.add(m[1]!);
  }
  for (const m of readFileSync(join(root, 'manifest.json'), 'utf8').matchAll(/__MSG_(\w+)__/g)) keys.add(m[1]!);
  return [...keys].sort();
}

const placeholdersOf = (m: Messages[string]) => (m.message.match(/\$[A-Z_]+\$/g) ?? []).sort();

describe('the _locales', () => {
  it('has the same keys in English and Ukrainian', () => {
    expect(Object.keys(uk).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders in both languages, each declared', () => {
    for (const [key, message] of Object.entries(en)) {
      expect(placeholdersOf(uk[key]!), key).toEqual(placeholdersOf(message));
      for (const name of placeholdersOf(message)) expect(message.placeholders?.[name.slice(1, -1).toLowerCase()], `${key} ${name}`).toBeDefined();
    }
  });

  it('has no empty message and a Ukrainian text for every English one', () => {
    for (const [key, message] of Object.entries(uk)) expect(message.message.trim(), key).not.toBe('');
  });

  it('defines every key the code uses', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
