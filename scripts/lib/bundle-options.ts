// The esbuild options every bundle of the extension is built with: scripts/build.ts builds with them and
// scripts/bench-budget.ts measures with them, so the budget is the size of what is really shipped.
import type { BuildOptions } from 'esbuild';

/** The oldest browsers we support: Chromium 120 and Firefox 140 (manifest's strict_min_version). */
export const TARGETS = ['chrome120', 'firefox140'];

/** Compile-time constants: test hooks exist in test builds only (dead code, and left out, elsewhere). */
export function defines(testHooks: boolean): Record<string, string> {
  return { MARGINALIA_TEST_HOOKS: String(testHooks) };
}

/** Options shared by every bundle; the caller adds entry, output and format. */
export function bundleOptions(testHooks: boolean): BuildOptions {
  return {
    define: defines(testHooks),
    bundle: true,
    minify: true,
    target: TARGETS,
    // esbuild 0.28 rewrites `/\p{Lu}/u` literals as `new RegExp("\\p{Lu}", "u")` for these targets, although
    // both have had Unicode property escapes for years (Chromium 64, Firefox 78): same regexes, more bytes.
    supported: { 'regexp-unicode-property-escapes': true },
    // Non-ASCII text in the detector's word lists and regexes stays as it is instead of \uXXXX escapes.
    charset: 'utf8',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
  };
}
