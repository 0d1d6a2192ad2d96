// `tsx scripts/bench-budget.ts [--data DIR] [--limit N] [--runs N] [--no-browser] [--json]` measures the
// budgets of issue 8: the size of what is injected into pages (content.js into every page the reader
// highlights on, detector.js on demand; goal ≤ 40 KB minified for detector, anchoring and painter together,
// counted as injected: all of detector.js, and the anchoring and painter code in content.js with the
// library each pulls in), the popup's first render in headless Chromium, and the detector's time per page
// on a sample of WCXB pages. Bundles are built with scripts/build.ts's own options (release build).
// Default output: a markdown table.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../src/article/detect-article';
import { bundleOptions } from './lib/bundle-options';
import { findChromium, launchWithExtension } from './lib/chromium';
import { serveFolder } from './lib/serve';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The goal for detector + anchoring + painter, minified (issue 8); 1 KB = 1,024 bytes. */
const GOAL_BYTES = 40 * 1024;
/** The detector's own script, injected only when the article's facts are needed (scripts/build.ts). */
const DETECTOR_ENTRY = 'src/content/detector-entry.ts';
/** Files of the painter: the CSS Custom Highlight API painter, its colours and the <mark> fallback. */
const PAINTER_FILES = new Set(['src/content/painter.ts', 'src/content/palette.ts', 'src/content/mark-painter.ts']);
/** The library anchoring pulls in (fuzzy quote search); no other part of content.js uses one. */
const ANCHORING_LIBRARIES = ['node_modules/approx-string-match/'];
/** The parts of content.js whose size the issue names, by the source folder or file they come from. */
const PARTS: Record<string, (input: string) => boolean> = {
  detector: (i) => i.startsWith('src/article/'),
  anchoring: (i) => i.startsWith('src/anchoring/') || ANCHORING_LIBRARIES.some((l) => i.includes(l)),
  painter: (i) => PAINTER_FILES.has(i),
  'content (rest)': (i) => i.startsWith('src/content/') && !PAINTER_FILES.has(i),
  'other src': (i) => i.startsWith('src/') && !/^src\/(article|anchoring|content)\//.test(i),
  dependencies: (i) => i.includes('node_modules/') && !ANCHORING_LIBRARIES.some((l) => i.includes(l)),
};

/** Bundles one entry as scripts/build.ts does for a release (same options) and returns its code and metafile. */
async function bundle(entry: string, globalName?: string): Promise<{ code: Uint8Array; metafile: Metafile }> {
  const result = await build({
    ...bundleOptions(false),
    entryPoints: [join(root, entry)], format: 'iife', write: false, metafile: true, logLevel: 'silent', absWorkingDir: root, globalName,
  });
  return { code: result.outputFiles[0]!.contents, metafile: result.metafile };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Bytes each part contributes to a bundle's minified output, from its metafile. */
function bytesByPart(metafile: Metafile): Record<string, number> {
  const inputs = Object.values(metafile.outputs)[0]!.inputs;
  const out: Record<string, number> = {};
  for (const [name, test] of Object.entries(PARTS)) {
    out[name] = Object.entries(inputs).filter(([input]) => test(input)).reduce((n, [, i]) => n + i.bytesInOutput, 0);
  }
  return out;
}

const sizeOf = (code: Uint8Array) => ({ minifiedBytes: code.length, gzipBytes: gzipSync(code).length, minifiedKB: kb(code.length) });

async function sizes() {
  // content.js goes into every page the reader highlights on; detector.js (when the build has it) only
  // when the article's facts are needed. Both count for what the extension injects.
  const content = await bundle('src/content/index.ts');
  const detector = existsSync(join(root, DETECTOR_ENTRY)) ? await bundle(DETECTOR_ENTRY) : null;
  const inContent = bytesByPart(content.metafile);
  const inDetector = detector ? bytesByPart(detector.metafile) : null;
  // Each part also bundled alone (its own minified file, with what it imports), for its gzip size.
  const alone: Record<string, { minifiedBytes: number; gzipBytes: number }> = {};
  for (const [name, entry] of [['detector', 'src/article/detect-article.ts'], ['anchoring', 'src/anchoring/index.ts'], ['painter', 'src/content/painter.ts']] as const) {
    const { code } = await bundle(entry, 'part');
    alone[name] = { minifiedBytes: code.length, gzipBytes: gzipSync(code).length };
  }
  // As injected: the whole of detector.js (or the detector's share of content.js when the build has no
  // detector.js), and the anchoring and painter code in content.js.
  const injected = {
    detector: detector ? detector.code.length : inContent['detector']!,
    anchoring: inContent['anchoring']!,
    painter: inContent['painter']!,
  };
  const threeTogether = injected.detector + injected.anchoring + injected.painter;
  const inputs = Object.keys(Object.values(content.metafile.outputs)[0]!.inputs);
  return {
    contentJs: sizeOf(content.code),
    detectorJs: detector ? sizeOf(detector.code) : null,
    bytesInContentJs: inContent,
    bytesInDetectorJs: inDetector,
    partsAlone: alone,
    injected,
    goal: { bytes: GOAL_BYTES, detectorAnchoringPainterBytes: threeTogether, withinGoal: threeTogether <= GOAL_BYTES, contentJsWithinGoal: content.code.length <= GOAL_BYTES },
    preactInContentJs: inputs.some((i) => i.includes('node_modules/preact')),
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The detector's time per page on `limit` WCXB pages spread evenly over the folder (parsing not timed). */
function detectorTimes(dir: string, limit: number) {
  const files = readdirSync(join(dir, 'html')).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
  const step = Math.max(1, Math.floor(files.length / limit));
  const sample = files.filter((_, i) => i % step === 0).slice(0, limit);
  const times: number[] = [];
  for (const file of sample) {
    const raw = readFileSync(join(dir, 'html', file));
    const dom = new JSDOM(file.endsWith('.gz') ? gunzipSync(raw) : raw, { url: `https://wcxb.example/${file}`, contentType: 'text/html', virtualConsole: new VirtualConsole() });
    const started = performance.now();
    try {
      detectArticle(dom.window.document, { url: dom.window.document.URL });
    } catch {
      // Counted by bench-robustness; here only the time matters.
    }
    times.push(performance.now() - started);
    dom.window.close();
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { pages: times.length, medianMs: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), maxMs: round(times.at(-1) ?? 0) };
}

/**
 * The popup's first render in headless Chromium: from the start of its navigation to the article's heading
 * in the DOM (performance.now() in the popup, recorded by a MutationObserver installed before any script).
 */
async function measurePopupFirstRender(extensionDir: string, runs: number) {
  const server = await serveFolder(join(root, 'test', 'fixtures', 'pages'));
  const browser = await launchWithExtension(extensionDir, { headless: true });
  try {
    const article = await browser.context.newPage();
    const url = server.url('/sample-article.html');
    await article.goto(url);
    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await browser.context.newPage();
      await popup.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('h1')?.textContent) {
            (globalThis as { firstHeadingMs?: number }).firstHeadingMs = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, characterData: true });
      });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('h1').waitFor();
      times.push(await popup.evaluate(() => (globalThis as { firstHeadingMs?: number }).firstHeadingMs ?? performance.now()));
      await popup.close();
    }
    times.sort((a, b) => a - b);
    // The first run pays for starting the extension's processes; the median keeps it from skewing the figure.
    return { runs, medianMs: Math.round(percentile(times, 50)), minMs: Math.round(times[0] ?? 0), maxMs: Math.round(times.at(-1) ?? 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

function arg(argv: string[], name: string): string | null {
  const at = argv.indexOf(name);
  return at >= 0 ? (argv[at + 1] ?? null) : null;
}

async function main(argv: string[]): Promise<void> {
  const data = arg(argv, '--data') ?? join(root, '..', 'shared', 'data', 'wcxb-dev');
  const limit = Number(arg(argv, '--limit') ?? 200);
  const runs = Number(arg(argv, '--runs') ?? 7);
  let chromiumFound = true;
  try {
    findChromium();
  } catch {
    chromiumFound = false;
  }
  const result = {
    size: await sizes(),
    popupFirstRender: argv.includes('--no-browser') || !chromiumFound ? null : await measurePopupFirstRender(join(root, 'dist', 'e2e-chrome'), runs),
    detector: detectorTimes(data, limit),
  };
  if (argv.includes('--json')) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  const s = result.size;
  const rows = [
    ['content.js, minified', `${s.contentJs.minifiedBytes} B (${kb(s.contentJs.minifiedBytes)} KB)`, `≤ ${GOAL_BYTES} B: ${s.goal.contentJsWithinGoal ? 'yes' : 'no'}`],
    ['content.js, gzip', `${s.contentJs.gzipBytes} B`, ''],
    ...Object.entries(s.bytesInContentJs).filter(([, bytes]) => bytes > 0).map(([part, bytes]) => [`  of which ${part}`, `${bytes} B`, '']),
    ...(s.detectorJs ? [['detector.js (on demand), minified / gzip', `${s.detectorJs.minifiedBytes} B / ${s.detectorJs.gzipBytes} B`, '']] : []),
    ['detector + anchoring + painter, injected', `${s.goal.detectorAnchoringPainterBytes} B (${kb(s.goal.detectorAnchoringPainterBytes)} KB): ${s.injected.detector} + ${s.injected.anchoring} + ${s.injected.painter} B`, `≤ ${GOAL_BYTES} B: ${s.goal.withinGoal ? 'yes' : 'no'}`],
    ...Object.entries(s.partsAlone).map(([part, p]) => [`${part} bundled alone`, `${p.minifiedBytes} B min, ${p.gzipBytes} B gzip`, '']),
    ['Preact in content.js', s.preactInContentJs ? 'yes' : 'no', 'no'],
    ['popup first render (median)', result.popupFirstRender ? `${result.popupFirstRender.medianMs} ms over ${result.popupFirstRender.runs} runs` : 'not measured', ''],
    ['detector time per page', `median ${result.detector.medianMs} ms, p95 ${result.detector.p95Ms} ms, max ${result.detector.maxMs} ms (${result.detector.pages} WCXB pages)`, ''],
  ];
  console.log('| budget | measured | goal |\n|---|---|---|\n' + rows.map((r) => `| ${r.join(' | ')} |`).join('\n'));
}

await main(process.argv.slice(2));
