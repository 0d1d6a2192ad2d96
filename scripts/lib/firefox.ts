// Launches headless Firefox (ESR) with the built extension installed as a temporary add-on, driven by
// Puppeteer over WebDriver BiDi, for the Firefox smoke test. Firefox gives extension pages a random
// moz-extension:// UUID; the `extensions.webextensions.uuids` preference fixes it so tests can find them.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** The add-on id of the Firefox build (browser_specific_settings.gecko.id in scripts/build.ts). */
export const GECKO_ID = 'marginalia@annotator.example';
/** The moz-extension:// host the test profile gives the add-on (any fixed UUID would do). */
export const EXTENSION_UUID = '6f1d7c1e-7d0a-4f5e-9b64-2b1f3f5a9c01';

/** The Firefox to use: FIREFOX_PATH, else the first installed candidate, else null. */
export function findFirefox(): string | null {
  const named = process.env.FIREFOX_PATH;
  if (named) return existsSync(named) ? named : null;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

type Manifest = Record<string, unknown>;

/**
 * Copies an extension folder into a temp folder and lets `edit` change its manifest: a test build that
 * differs from the shipped one only where the test needs it (as dist/e2e-chrome does for Chromium).
 */
export function copyExtension(source: string, edit: (manifest: Manifest) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-firefox-ext-'));
  cpSync(source, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  edit(manifest);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  /** moz-extension://UUID/ */
  extensionOrigin: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(extensionDir: string, executablePath: string): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Remote Settings and experiments reach for the network at start; a test has none to give.
      'app.normandy.enabled': false,
      'messaging-system.rsexperimentloader.enabled': false,
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return {
      browser,
      extensionId,
      extensionOrigin: `moz-extension://${EXTENSION_UUID}/`,
      async close() {
        await browser.close();
        rmSync(extensionDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Opens an extension page in a new tab. WebDriver BiDi refuses to navigate to moz-extension:// itself,
 * so a localhost page navigates there; the page must be listed in web_accessible_resources for that
 * origin (the test copy of the manifest adds it).
 */
export async function openExtensionPage(ff: FirefoxWithExtension, from: string, path: string): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.goto(from);
  const target = ff.extensionOrigin + path;
  await page.evaluate((url) => {
    location.href = url;
  }, target);
  // Puppeteer may keep reporting the old URL; wait until the extension API is there instead.
  for (let i = 0; i < 100; i++) {
    const ready = await page.evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object').catch(() => false);
    if (ready) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${target} did not open`);
}
