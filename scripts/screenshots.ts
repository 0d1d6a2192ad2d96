// `npx tsx scripts/screenshots.ts`: the README's screenshots, made in headless Chromium so they stay current:
// the popup with highlights on the sample article, the in-page toolbar over a selection, and the library.
// Writes docs/screenshots/{popup,toolbar,library}.png (and popup-dark.png).
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { buildExtension } from './build';
import { clickBox, waitForBox } from './lib/closed-shadow';
import { launchWithExtension, waitForAutomaticRestore } from './lib/chromium';
import { serveFolder } from './lib/serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'docs', 'screenshots');
/** Highlights to make on the sample article: the quote's first words, the toolbar colour, a note and tags. */
const HIGHLIGHTS = [
  { paragraph: 0, words: 12, color: 'Yellow', note: 'First crossing since 1985 — check the old timetable.', tags: ['transport'] },
  { paragraph: 2, words: 14, color: 'Blue', note: '', tags: ['figures'] },
  { paragraph: 4, words: 10, color: 'Pink', note: 'Who pays if ridership falls short?', tags: [] },
];

/** Selects the first `words` words of a story paragraph, as a mouse drag would, and returns the text. */
async function selectWords(page: Page, paragraph: number, words: number): Promise<string> {
  return page.evaluate(([i, n]) => {
    const p = document.querySelectorAll('.story-body p')[i]!;
    const text = p.textContent!;
    const quote = text.trim().split(/\s+/).slice(0, n).join(' ');
    const node = [...p.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.includes(quote.split(' ')[0]!))!;
    const at = node.textContent!.indexOf(quote.slice(0, 20));
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, Math.min(node.textContent!.length, at + quote.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return range.toString();
  }, [paragraph, words] as const);
}

await buildExtension({ e2e: true });
mkdirSync(out, { recursive: true });
const server = await serveFolder(join(root, 'test', 'fixtures', 'pages'));
const browser = await launchWithExtension(join(root, 'dist', 'e2e-chrome'), { headless: true });
await waitForAutomaticRestore(browser.worker);
try {
  const url = server.url('/sample-article.html');
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.goto(url);
  await page.evaluate(() => document.querySelector('.cookie')?.remove());
  const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);

  for (const h of HIGHLIGHTS) {
    await selectWords(page, h.paragraph, h.words);
    await clickBox(page, `button[aria-label=${JSON.stringify(h.color)}]`);
    await page.waitForTimeout(150);
  }

  // The popup, with a note and tags written the way a reader would.
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('highlight').nth(HIGHLIGHTS.length - 1).waitFor();
  for (const [i, h] of HIGHLIGHTS.entries()) {
    const item = popup.getByTestId('highlight').nth(i);
    if (h.note) await item.getByRole('textbox').fill(h.note);
    for (const tag of h.tags) {
      await item.getByRole('button', { name: /^Add a tag/ }).click();
      await item.getByRole('textbox', { name: /^Add a tag/ }).fill(tag);
      await item.getByRole('textbox', { name: /^Add a tag/ }).press('Enter');
      await popup.keyboard.press('Escape');
    }
  }
  await popup.getByRole('heading', { level: 1 }).click();
  await popup.waitForTimeout(600);
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });
  await popup.emulateMedia({ colorScheme: 'dark' });
  await popup.screenshot({ path: join(out, 'popup-dark.png'), fullPage: true });

  // The toolbar over a fresh selection, with the painted highlights around it.
  await page.bringToFront();
  await page.evaluate(() => document.querySelectorAll('.story-body p')[1]!.scrollIntoView({ block: 'center' }));
  await selectWords(page, 1, 16);
  // The toolbar is in a closed shadow root: found through the DevTools protocol.
  const bar = await waitForBox(page, 'div[role="toolbar"]');
  await page.screenshot({ path: join(out, 'toolbar.png'), clip: { x: Math.max(bar.x - 40, 0), y: Math.max(bar.y - 60, 0), width: 760, height: 260 } });

  // The library, with the example backup imported next to the sample article.
  const library = await browser.context.newPage();
  await library.setViewportSize({ width: 1100, height: 760 });
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.locator('input[type=file]').setInputFiles({
    name: 'backup.json', mimeType: 'application/json', buffer: readFileSync(join(root, 'test', 'fixtures', 'backup-example.json')),
  });
  await library.getByTestId('import-result').waitFor();
  await library.getByTestId('library-article').first().click();
  await library.waitForTimeout(300);
  await library.screenshot({ path: join(out, 'library.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
