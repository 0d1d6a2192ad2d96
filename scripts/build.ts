// Builds the extension from the one source manifest: dist/chrome and dist/firefox, each loadable unpacked.
// `--e2e` also writes dist/e2e-chrome, which holds the localhost host permission as if the reader had
// granted automatic restore there, so end-to-end tests need no permission click, and the test hooks on the
// worker's global scope (src/background/test-hooks.ts), which release builds leave out.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleOptions } from './lib/bundle-options';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** The bundles: where each runs decides its format (content scripts cannot be modules). */
const entries = [
  { in: 'src/background/index.ts', out: 'background.js', format: 'esm' as const },
  { in: 'src/content/index.ts', out: 'content.js', format: 'iife' as const },
  { in: 'src/content/detector-entry.ts', out: 'detector.js', format: 'iife' as const },
  { in: 'src/pages/popup/index.tsx', out: 'popup.js', format: 'esm' as const },
  { in: 'src/pages/library/index.tsx', out: 'library.js', format: 'esm' as const },
  { in: 'src/pages/options/index.tsx', out: 'options.js', format: 'esm' as const },
  { in: 'src/pages/note-editor/index.tsx', out: 'note-editor.js', format: 'esm' as const },
];

type Manifest = Record<string, unknown> & { background: Record<string, unknown> };

function manifestFor(target: 'chrome' | 'firefox' | 'e2e-chrome'): Manifest {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as Manifest;
  if (target === 'firefox') {
    // Firefox runs an event page, not a service worker; it reads `scripts` and ignores the rest.
    manifest.background = { scripts: ['background.js'], service_worker: 'background.js', type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: 'marginalia@annotator.example',
        // data_collection_permissions is read from Firefox 140 (Android 142) on.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  if (target === 'e2e-chrome') manifest.host_permissions = ['http://localhost/*'];
  return manifest;
}

async function bundle(outdir: string, testHooks: boolean): Promise<void> {
  for (const entry of entries) {
    await build({
      ...bundleOptions(testHooks),
      entryPoints: [join(root, entry.in)],
      outfile: join(outdir, entry.out),
      format: entry.format,
      logLevel: 'warning',
    });
  }
}

export async function buildExtension(options: { e2e?: boolean } = {}): Promise<void> {
  const targets: Array<'chrome' | 'firefox' | 'e2e-chrome'> = ['chrome', 'firefox'];
  if (options.e2e) targets.push('e2e-chrome');
  const staging = { release: join(dist, '.bundles'), test: join(dist, '.bundles-test') };
  for (const dir of Object.values(staging)) rmSync(dir, { recursive: true, force: true });
  await bundle(staging.release, false);
  if (options.e2e) await bundle(staging.test, true);
  for (const target of targets) {
    const out = join(dist, target);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    cpSync(join(root, 'extension'), out, { recursive: true });
    cpSync(join(root, 'icons'), join(out, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') });
    cpSync(target === 'e2e-chrome' ? staging.test : staging.release, out, { recursive: true });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(target), null, 2));
  }
  for (const dir of Object.values(staging)) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildExtension({ e2e: process.argv.includes('--e2e') });
  console.log('built dist/chrome and dist/firefox' + (process.argv.includes('--e2e') ? ' and dist/e2e-chrome' : ''));
}
