// Launches Chromium with the built extension in a throwaway profile, for `npm start`, the end-to-end tests
// and the benchmarks that need a real browser.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const named = process.env.CHROME_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROME_PATH names ${named}, which does not exist`);
    return named;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) throw new Error('No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchWithExtension(extensionDir: string, options: { headless: boolean; args?: string[]; env?: Record<string, string> }): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'marginalia-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless,
    ...(options.env ? { env: { ...process.env, ...options.env } as Record<string, string> } : {}),
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the background has registered automatic restore (the e2e build holds the localhost permission).
 * Until then a page opened on localhost gets no content script, so a selection there shows no toolbar.
 */
export async function waitForAutomaticRestore(worker: Worker): Promise<void> {
  await worker.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      if ((await chrome.scripting.getRegisteredContentScripts()).length > 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('automatic restore was never registered');
  });
}
