// A copy of the sources a benchmark's child processes run, taken when the run starts. Children start one
// chunk of pages at a time over minutes; importing src/ from the working tree would let an edit made during
// the run change the code halfway through and mix two versions in one table.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The folders scripts import from (the test fixtures included: some benchmarks generate pages with them). */
const SOURCE_DIRS = ['src', 'scripts', 'test'];

export interface FrozenSources {
  /** The copy of `script` (a file under the repository) inside the snapshot. */
  script: string;
  /** Removes the snapshot. */
  dispose: () => void;
}

/**
 * Copies the sources into a fresh folder under the repository's .tmp/ (inside the repository, so that
 * node_modules and tsconfig.json resolve as they do for the originals) and maps `script` into it.
 */
export function freezeSources(script: string): FrozenSources {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'frozen-'));
  for (const d of SOURCE_DIRS) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  process.once('exit', dispose);
  return { script: join(dir, relative(ROOT, script)), dispose };
}
