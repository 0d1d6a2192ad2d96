// The Firefox build passes Mozilla's own linter (the checks addons.mozilla.org runs) with no errors.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the Firefox build', () => {
  it('has no web-ext lint errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
