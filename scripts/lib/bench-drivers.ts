// The browsers bench-browser drives: headless Chromium (Playwright over the DevTools protocol) and headless Firefox
// (Puppeteer over WebDriver BiDi). Each serves one saved page at a time at the page's own address, with the page's
// own scripts blocked and every other request refused, and evaluates script text in it.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { contentTypeOf } from '../extract';
import { findChromium } from './chromium';
import { findFirefox } from './firefox';

/** Longest wait for one page to load. */
const LOAD_TIMEOUT_MS = 30_000;
/** The saved page's own scripts do not run: the document is its HTML as the browser parses it, as in jsdom. */
const NO_PAGE_SCRIPTS = "script-src 'none'";

export interface BenchBrowser {
  name: string;
  /** Shows the saved page `bytes` at `url` in the measuring tab. */
  open(url: string, bytes: Buffer): Promise<void>;
  /** Evaluates script text in the measuring tab (outside the page's script policy) and returns its value. */
  run<T>(expression: string): Promise<T>;
  /** Evaluates script text in a long-lived tab of its own, opened on first use (for --outside). */
  runInHost<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** The part of a request's address that names the page (the browser never sends the fragment). */
const withoutFragment = (url: string): string => url.replace(/#.*$/, '');

const pageResponse = (bytes: Buffer) => ({ 'content-type': contentTypeOf(bytes), 'content-security-policy': NO_PAGE_SCRIPTS });

/** What both automation libraries' tabs offer alike. */
interface Tab {
  goto(url: string, options?: { waitUntil: 'domcontentloaded'; timeout: number }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
}

/** The measuring tab's part of a BenchBrowser, given the tab, where to note the page it must serve, and how to open the host tab. */
function tabs(page: Tab, serve: (current: { url: string; bytes: Buffer }) => void, newHost: () => Promise<Tab>): Pick<BenchBrowser, 'open' | 'run' | 'runInHost'> {
  let host: Tab | null = null;
  return {
    async open(url, bytes) {
      serve({ url, bytes });
      // A blank page between pages: a page that asked to go elsewhere (a meta refresh, refused) must not cut the next load short.
      await page.goto('about:blank');
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    },
    run: async <T>(expression: string) => (await page.evaluate(expression)) as T,
    async runInHost<T>(expression: string) {
      if (!host) {
        host = await newHost();
        await host.goto('data:text/html,<title>detector host</title>');
      }
      return (await host.evaluate(expression)) as T;
    },
  };
}

export async function launchChromium(): Promise<BenchBrowser> {
  const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const context = await browser.newContext();
  const page = await context.newPage();
  let current: { url: string; bytes: Buffer } | null = null;
  await context.route('**/*', (route) => {
    const req = route.request();
    if (current && req.isNavigationRequest() && req.frame() === page.mainFrame() && withoutFragment(req.url()) === current.url) {
      return route.fulfill({ status: 200, body: current.bytes, headers: pageResponse(current.bytes) });
    }
    return route.abort();
  });
  return {
    name: `Chromium ${browser.version()}`,
    ...tabs(page, (c) => void (current = c), async () => (await browser.newContext()).newPage()),
    close: () => browser.close(),
  };
}

export async function launchFirefox(): Promise<BenchBrowser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found. Install it (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath, headless: true,
    // Remote Settings and experiments reach for the network at start; the benchmark has none to give.
    extraPrefsFirefox: { 'app.normandy.enabled': false, 'messaging-system.rsexperimentloader.enabled': false },
  });
  const page = await browser.newPage();
  let current: { url: string; bytes: Buffer } | null = null;
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    // A request the page has already given up on (a refused subresource of a page left behind) cannot be answered.
    const gone = (): void => undefined;
    if (current && req.isNavigationRequest() && req.frame() === page.mainFrame() && withoutFragment(req.url()) === current.url) {
      req.respond({ status: 200, body: current.bytes, headers: pageResponse(current.bytes) }).catch(gone);
    } else {
      req.abort().catch(gone);
    }
  });
  return {
    name: `Firefox ${(await browser.version()).replace(/^firefox\//i, '')}`,
    ...tabs(page, (c) => void (current = c), () => browser.newPage()),
    close: () => browser.close(),
  };
}
