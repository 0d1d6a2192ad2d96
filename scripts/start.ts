// `npm start`: builds the extension, serves the bundled sample article on localhost and opens it in
// Chromium with the extension loaded, in a throwaway profile.
// `npm start -- --headless`: the same without a window; prints what the popup shows and saves a screenshot.
// The headless run loads the e2e build, which holds the localhost permission, since nobody is there to
// click the toolbar icon (the click is what grants the extension access to a page).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtension } from './build';
import { launchWithExtension } from './lib/chromium';
import { serveFolder } from './lib/serve';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotAt = args.indexOf('--screenshot');
const screenshot = shotAt >= 0 && args[shotAt + 1] ? args[shotAt + 1]! : join(root, 'dist', 'popup.png');

await buildExtension({ e2e: headless });
const server = await serveFolder(join(root, 'test', 'fixtures', 'pages'));
const articleUrl = server.url('/sample-article.html');
const browser = await launchWithExtension(join(root, 'dist', headless ? 'e2e-chrome' : 'chrome'), { headless });

if (!headless) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(articleUrl);
  console.log(`Sample article: ${articleUrl}`);
  console.log('Click the Marginalia icon in the toolbar (pin it from the puzzle-piece menu), select text to highlight.');
  console.log('Close the browser window or press Ctrl+C to stop.');
  const stop = async () => {
    await browser.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  browser.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
} else {
  try {
    const page = await browser.context.newPage();
    await page.goto(articleUrl);
    const tabId = await browser.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, articleUrl);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('heading', { level: 1 }).waitFor({ timeout: 15_000 });
    const text = async (testId: string) => (await popup.getByTestId(testId).count()) > 0 ? await popup.getByTestId(testId).textContent() : '(not found)';
    console.log(`Article:      ${articleUrl}`);
    console.log(`Title:        ${await popup.getByRole('heading', { level: 1 }).textContent()}`);
    console.log(`Site:         ${await text('site')}`);
    console.log(`Author:       ${await text('author')}`);
    console.log(`Published:    ${await text('published')}`);
    console.log(`Reading time: ${await text('reading-time')}`);
    console.log(`Words:        ${await text('word-count')}`);
    console.log(`Highlights:   ${await popup.getByTestId('highlight').count()}`);
    mkdirSync(join(screenshot, '..'), { recursive: true });
    await popup.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot:   ${screenshot}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
