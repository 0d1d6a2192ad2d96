import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freezeSources } from '../../../scripts/lib/frozen-sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('freezeSources', () => {
  it('runs children from a copy of the sources taken at the start, removed afterwards', () => {
    const script = join(root, 'scripts', 'bench-metadata.ts');
    const frozen = freezeSources(script);
    try {
      expect(frozen.script).not.toBe(script);
      expect(frozen.script.endsWith(join('scripts', 'bench-metadata.ts'))).toBe(true);
      expect(readFileSync(frozen.script, 'utf8')).toBe(readFileSync(script, 'utf8'));
      const copyRoot = resolve(dirname(frozen.script), '..');
      const detector = join('src', 'article', 'detect-article.ts');
      expect(readFileSync(join(copyRoot, detector), 'utf8')).toBe(readFileSync(join(root, detector), 'utf8'));
      // Inside the repository, so that node_modules resolves from the copy as from the original.
      expect(copyRoot.startsWith(join(root, '.tmp'))).toBe(true);
    } finally {
      frozen.dispose();
    }
    expect(existsSync(frozen.script)).toBe(false);
  });
});
