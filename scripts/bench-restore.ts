// `npm run bench:restore`: 1,000 highlights restored on a long article in real headless Chromium with the built
// extension (dist/e2e-chrome). The page is the longest article of the WCXB folder (its scripts taken out, as a
// saved page cannot fetch them); 1,000 word-aligned passages are chosen and described in the page itself
// (scripts/lib/restore-highlights.ts) and stored in the extension's library; then the page is reloaded several
// times and the content script's own restore path (anchoring every highlight, then painting them) reports how
// long each step took. Median, minimum and maximum over the runs.
//
//   npx tsx scripts/bench-restore.ts [--data DIR] [--page ID] [--highlights N] [--runs N] [--json] [--no-build] [--no-changed]
//
// Then the same, after the page gained an ad block at the top (stored offsets and paths no longer hold, so every
// highlight is found by its quote and context): reported apart, the bar is for the unchanged page.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { buildExtension } from './build';
import { launchWithExtension } from './lib/chromium';
import { serveFolder } from './lib/serve';
import type { Picked } from './lib/restore-highlights';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const dataDir = resolve(root, option('data') ?? '../shared/data/wcxb-dev');
const HIGHLIGHTS = Number(option('highlights') ?? 1000);
const RUNS = Number(option('runs') ?? 7);
const asJson = args.includes('--json');
/** The bar: all highlights anchored and painted in under this many milliseconds. */
const BAR_MS = 100;
const SEED = 20261125;
const COLORS = ['yellow', 'blue', 'green', 'pink', 'purple'];

const log = (s: string) => process.stderr.write(s + '\n');

/** The article page with the most words of main content (or the one named by --page). */
function longestArticle(): { id: string; mainText: string } {
  const meta = JSON.parse(readFileSync(join(dataDir, 'metadata.json'), 'utf8')) as { files: Record<string, { page_type: string }> };
  const mainOf = (id: string) => (JSON.parse(readFileSync(join(dataDir, 'ground-truth', `${id}.json`), 'utf8')).ground_truth?.main_content ?? '') as string;
  const named = option('page');
  if (named) return { id: named, mainText: mainOf(named) };
  let best = { id: '', mainText: '', words: -1 };
  for (const [id, m] of Object.entries(meta.files)) {
    if (m.page_type !== 'article') continue;
    const mainText = mainOf(id);
    const words = mainText.split(/\s+/).length;
    if (words > best.words) best = { id, mainText, words };
  }
  return best;
}

/** The browser-side picker, bundled for the page's main world. */
async function pickerBundle(): Promise<string> {
  const out = await build({
    stdin: { contents: "import { pickHighlights } from './restore-highlights'; (globalThis as any).__pickHighlights = pickHighlights;", resolveDir: join(root, 'scripts/lib'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  return out.outputFiles[0]!.text;
}

/** The content script's isolated world in the page's main frame, found over the DevTools protocol. */
async function isolatedWorld(cdp: CDPSession, contexts: Map<number, { origin: string; frameId: string; isDefault: boolean }>, extensionId: string): Promise<number> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  for (let i = 0; i < 200; i++) {
    for (const [id, c] of contexts) {
      if (!c.isDefault && c.frameId === frameTree.frame.id && c.origin.includes(extensionId)) return id;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the content script never started in the page');
}

interface Timings {
  highlights: number;
  placed: number;
  indexMs: number;
  anchorMs: number;
  paintMs: number;
}

const { id, mainText } = longestArticle();
const html = gunzipSync(readFileSync(join(dataDir, 'html', `${id}.html.gz`))).toString('utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
const folder = mkdtempSync(join(tmpdir(), 'marginalia-restore-'));
writeFileSync(join(folder, 'long-article.html'), html);
const server = await serveFolder(folder);
if (!args.includes('--no-build')) {
  log('building the extension…');
  await buildExtension({ e2e: true });
}
const browser = await launchWithExtension(`${root}dist/e2e-chrome`, { headless: true });
try {
  // A saved page asks for its images, fonts and stylesheets elsewhere; only the page itself is served.
  await browser.context.route(/^https?:\/\/(?!localhost[:/])/, (route) => route.abort());
  const url = server.url('/long-article.html');
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, url);
  const state = (await browser.worker.evaluate(async (t) => chrome.tabs.sendMessage(t, { type: 'tab-state' }), tabId)) as { ok: boolean; value: { article: { key: string }; annotations: unknown[] }; error?: string };
  if (!state.ok) throw new Error(state.error);
  const articleKey = state.value.article.key;

  log(`choosing ${HIGHLIGHTS} highlights on WCXB page ${id}…`);
  await page.addScriptTag({ content: await pickerBundle() });
  const picked = await page.evaluate(([n, text, seed]) => (globalThis as unknown as { __pickHighlights(d: Document, n: number, t: string, s: number): Picked[] }).__pickHighlights(document, n, text, seed), [HIGHLIGHTS, mainText, SEED] as const);
  const pageFacts = await page.evaluate(() => ({ words: document.body.innerText.split(/\s+/).length, elements: document.body.getElementsByTagName('*').length }));

  log('storing them in the library…');
  const library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=-1`);
  const stored = await library.evaluate(async ({ key, highlights, colors }) => {
    let n = 0;
    for (const [i, h] of highlights.entries()) {
      const reply = (await chrome.runtime.sendMessage({ type: 'annotation-create', articleKey: key, draft: { quote: h.quote, selectors: h.selectors, color: colors[i % colors.length] } })) as { ok: boolean; error?: string };
      if (!reply.ok) throw new Error(reply.error);
      n++;
    }
    return n;
  }, { key: articleKey, highlights: picked, colors: COLORS });
  await library.close();

  const cdp = await browser.context.newCDPSession(page);
  const contexts = new Map<number, { origin: string; frameId: string; isDefault: boolean }>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { frameId?: string; isDefault?: boolean };
    contexts.set(context.id, { origin: context.origin, frameId: aux.frameId ?? '', isDefault: aux.isDefault ?? false });
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  await cdp.send('Runtime.enable');

  /** Reloads the page RUNS times and reads the content script's restore timings after each. */
  const restoreRuns = async (label: string): Promise<Timings[]> => {
    const runs: Timings[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      const world = await isolatedWorld(cdp, contexts, browser.extensionId);
      let timings: Timings | null = null;
      for (let i = 0; i < 1200 && !timings; i++) {
        const { result } = (await cdp.send('Runtime.evaluate', { expression: 'globalThis.marginalia?.restoreTimings?.() ?? null', contextId: world, returnByValue: true })) as { result: { value: Timings | null } };
        if (result.value && result.value.highlights === stored) timings = result.value;
        else await new Promise((r) => setTimeout(r, 50));
      }
      if (!timings) throw new Error('the highlights were never restored');
      const painted = await painterCount(page);
      if (painted !== timings.placed) throw new Error(`${timings.placed} placed but ${painted} painted`);
      log(`${label} run ${run + 1}/${RUNS}: anchor ${timings.anchorMs.toFixed(1)} ms (index ${timings.indexMs.toFixed(1)}), paint ${timings.paintMs.toFixed(1)} ms, ${timings.placed}/${timings.highlights} placed`);
      runs.push(timings);
    }
    return runs;
  };
  const runs = await restoreRuns('unchanged page:');
  // The same address now serves the page with an ad block at the top of the body: every stored offset and
  // every structural path through the body's first divisions point elsewhere, so each highlight is found by its quote.
  await browser.context.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html.replace(/<body[^>]*>/i, (m) => `${m}<div class="ad-slot"><p>Advertisement: the boat show opens on Saturday.</p></div>`) }));
  const changedRuns = args.includes('--no-changed') ? [] : await restoreRuns('page with an ad block on top:');
  report(id, pageFacts, stored, runs, changedRuns);
} finally {
  await browser.close();
  await server.close();
  rmSync(folder, { recursive: true, force: true });
}

/** Ranges painted in the CSS Custom Highlight registry, read from the page. */
function painterCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n;
  });
}

function report(pageId: string, facts: { words: number; elements: number }, highlights: number, runs: Timings[], changedRuns: Timings[]): void {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  };
  const stat = (pick: (t: Timings) => number, of: Timings[] = runs) => {
    const xs = of.length ? of.map(pick) : [NaN];
    const r = (x: number) => Math.round(x * 10) / 10;
    return { median: r(median(xs)), min: r(Math.min(...xs)), max: r(Math.max(...xs)) };
  };
  const index = stat((t) => t.indexMs);
  const anchor = stat((t) => t.anchorMs);
  const paint = stat((t) => t.paintMs);
  const total = stat((t) => t.anchorMs + t.paintMs);
  const placed = Math.min(...runs.map((t) => t.placed));
  const changed = changedRuns.length
    ? { placed: Math.min(...changedRuns.map((t) => t.placed)), anchorMs: stat((t) => t.anchorMs, changedRuns), paintMs: stat((t) => t.paintMs, changedRuns), totalMs: stat((t) => t.anchorMs + t.paintMs, changedRuns) }
    : null;
  const load = loadavg()[0]!.toFixed(1);
  const result = { page: pageId, pageWords: facts.words, pageElements: facts.elements, highlights, placed, runs: runs.length, indexMs: index, anchorMs: anchor, paintMs: paint, totalMs: total, barMs: BAR_MS, meetsBar: total.median < BAR_MS, afterAdBlockOnTop: changed, load: Number(load), cpus: cpus().length };
  if (asJson) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(
    [
      `WCXB page ${pageId} (${facts.words} words, ${facts.elements} elements), ${highlights} highlights, ${placed} placed; ${runs.length} reloads in headless Chromium; load average ${load} on ${cpus().length} CPUs.`,
      '',
      '| step | median ms | min ms | max ms |',
      '|---|---:|---:|---:|',
      `| anchoring: ${highlights} highlights placed as ranges | ${anchor.median} | ${anchor.min} | ${anchor.max} |`,
      `| of which reading the page's text once (text index) | ${index.median} | ${index.min} | ${index.max} |`,
      `| painting (CSS Custom Highlight registry) | ${paint.median} | ${paint.min} | ${paint.max} |`,
      `| **restore in total** | ${total.median} | ${total.min} | ${total.max} |`,
      ...(changed
        ? [
            `| page with an ad block on top (found by quote; ${changed.placed} placed): anchoring | ${changed.anchorMs.median} | ${changed.anchorMs.min} | ${changed.anchorMs.max} |`,
            `| page with an ad block on top: painting | ${changed.paintMs.median} | ${changed.paintMs.min} | ${changed.paintMs.max} |`,
            `| page with an ad block on top: restore in total | ${changed.totalMs.median} | ${changed.totalMs.min} | ${changed.totalMs.max} |`,
          ]
        : []),
      '',
      `Bar: under ${BAR_MS} ms in total (median): ${total.median < BAR_MS ? 'met' : 'not met'}.`,
    ].join('\n'),
  );
}
