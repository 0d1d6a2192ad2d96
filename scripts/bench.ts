// `npm run bench`: every benchmark, each side by side with its reference system, in one run.
// Each benchmark is its own script with a `--json` mode; this runs them in turn and prints their
// results as one table of headline figures and as one JSON object (`--json`).
// Options: --data DIR (a WCXB-layout folder, default ../shared/data/wcxb-dev), --only NAME[,NAME], --limit N.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const data = resolve(option('data') ?? join(root, '..', 'shared', 'data', 'wcxb-dev'));
const only = option('only')?.split(',');
const limit = option('limit');

/** The benchmarks, in the order they run; each takes the data folder where it needs one. */
const BENCHMARKS = [
  { name: 'extract', script: 'bench-extract.ts', usesData: true },
  { name: 'browser', script: 'bench-browser.ts', usesData: true },
  { name: 'anchoring', script: 'bench-anchoring.ts', usesData: true },
  { name: 'restore', script: 'bench-restore.ts', usesData: true, takesLimit: false },
  { name: 'storage', script: 'bench-storage.ts', usesData: false },
  { name: 'budget', script: 'bench-budget.ts', usesData: true },
  { name: 'robustness', script: 'bench-robustness.ts', usesData: true },
];

const results: Record<string, unknown> = {};
for (const bench of BENCHMARKS) {
  if (only && !only.includes(bench.name)) continue;
  const script = join(root, 'scripts', bench.script);
  if (!existsSync(script)) {
    results[bench.name] = { error: `${bench.script} does not exist yet` };
    continue;
  }
  const benchArgs = ['tsx', script, '--json', ...(bench.usesData ? ['--data', data] : []), ...(limit && bench.takesLimit !== false ? ['--limit', limit] : [])];
  process.stderr.write(`running ${bench.name}…\n`);
  const run = spawnSync('npx', benchArgs, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  try {
    results[bench.name] = JSON.parse(lastLine.slice(lastLine.indexOf('{')));
  } catch {
    results[bench.name] = { error: `exit ${run.status}; no JSON on the last line of its output` };
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  for (const [name, result] of Object.entries(results)) {
    console.log(`\n## ${name}\n`);
    console.log(table(result));
  }
}

/** A two-column markdown table of a result's figures (nested objects flattened with dots). */
function table(result: unknown): string {
  const rows: string[] = ['| figure | value |', '|---|---|'];
  const walk = (value: unknown, path: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    } else if (!Array.isArray(value)) {
      rows.push(`| ${path} | ${typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : String(value)} |`);
    }
  };
  walk(result, '');
  return rows.join('\n');
}
