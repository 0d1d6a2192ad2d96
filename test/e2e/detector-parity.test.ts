// The detector's figures are measured in Node on jsdom's DOM; readers run it in the browser on Blink's. The
// detector as the extension ships it (detector.js of the build) must give in Chromium the same answer, field for
// field, as the source gives in jsdom, on the test pages and on the golden real pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectArticle } from '../../src/article/detect-article';
import { DETECTOR_GLOBAL } from '../../src/content/detector-global';
import { loadPage } from '../../scripts/extract';
import { launchChromium, type BenchBrowser } from '../../scripts/lib/bench-drivers';
import { E2E_DIST, PAGES } from './harness';

const GOLDEN = join(PAGES, '..', 'article');
/** Where a test page is served when it names no address of its own. */
const TEST_ORIGIN = 'https://pages.invalid';

interface Case { name: string; file: string; url: string }

const cases: Case[] = [
  ...readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => ({ name: f, file: join(PAGES, f), url: `${TEST_ORIGIN}/${f}` })),
  ...readdirSync(GOLDEN).filter((f) => f.endsWith('.html.gz')).map((f) => {
    const truth = JSON.parse(readFileSync(join(GOLDEN, f.replace('.html.gz', '.json')), 'utf8')) as { url: string };
    return { name: f, file: join(GOLDEN, f), url: truth.url };
  }),
];

/** Words are counted by the platform's Intl.Segmenter, whose rules differ a little between ICU builds (Chromium's
 * makes "e.g" two words, Node's one): counts may differ by this share, everything else not at all. */
const WORD_COUNT_TOLERANCE = 0.01;

type Answer = Record<string, unknown> & { title: string | null; wordCount: number; readingTimeMinutes: number };

/** The detector's answer without the live elements (which cannot leave the page), in JSON's terms. */
const comparable = (info: ReturnType<typeof detectArticle>): Answer => {
  const { roots: _roots, ...rest } = info;
  return JSON.parse(JSON.stringify(rest)) as Answer;
};

/** The answer without the parts the platform's word segmenter decides. */
const besidesCounts = ({ wordCount: _w, readingTimeMinutes: _r, ...rest }: Answer): Record<string, unknown> => rest;

describe('the shipped detector in Chromium', () => {
  // The benchmark's Chromium: the page served at its address with its own scripts blocked (jsdom runs none either).
  let browser: BenchBrowser;
  const detector = readFileSync(join(E2E_DIST, 'detector.js'), 'utf8');

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('gives the same answer as in jsdom on $name', async ({ file, url }) => {
    const raw = readFileSync(file);
    await browser.open(url, file.endsWith('.gz') ? gunzipSync(raw) : raw);
    await browser.run(detector);
    const inChromium = await browser.run<Answer>(`(() => {
      const { roots, ...rest } = globalThis[${JSON.stringify(DETECTOR_GLOBAL)}](document, { url: ${JSON.stringify(url)} });
      return JSON.parse(JSON.stringify(rest));
    })()`);
    const dom = loadPage(file, url);
    try {
      const inJsdom = comparable(detectArticle(dom.window.document, { url }));
      expect(besidesCounts(inChromium)).toEqual(besidesCounts(inJsdom));
      expect(Math.abs(inChromium.wordCount - inJsdom.wordCount)).toBeLessThanOrEqual(Math.ceil(inJsdom.wordCount * WORD_COUNT_TOLERANCE));
      // Not two empty answers agreeing: every page here has a title.
      expect(inJsdom.title).toBeTruthy();
    } finally {
      dom.window.close();
    }
  });
});
