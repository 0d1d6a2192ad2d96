// The test hooks on the worker's global scope (src/background/test-hooks.ts: storage on any database, deleting
// databases, the menu handlers) exist in the test build alone; the builds a reader installs do not carry them.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Names only the hooks use: none of them is needed by the background of a release build. */
const HOOK_NAMES = ['deleteDatabase', 'backupText', 'onMenuClicked:', 'onCommand:'];

const background = (target: string) => readFileSync(`${root}dist/${target}/background.js`, 'utf8');

describe('the built background scripts', () => {
  beforeAll(() => {
    // `npm test` builds first; build here only when missing, so a run never rewrites a folder others read.
    if (!['chrome', 'firefox', 'e2e-chrome'].every((t) => existsSync(`${root}dist/${t}/background.js`))) {
      execFileSync('npx', ['tsx', 'scripts/build.ts', '--e2e'], { cwd: root });
    }
  }, 60_000);

  it.each(['chrome', 'firefox'])('of the %s release have no test hooks', (target) => {
    const code = background(target);
    expect(HOOK_NAMES.filter((name) => code.includes(name))).toEqual([]);
  });

  it('of the end-to-end test build have them', () => {
    const code = background('e2e-chrome');
    expect(HOOK_NAMES.filter((name) => code.includes(name))).toEqual(HOOK_NAMES);
  });
});
