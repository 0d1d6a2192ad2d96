// Finds elements inside the extension's closed shadow roots for tests and screenshots. Neither the page nor
// Playwright's locators can see into a closed shadow root (that is the point of closing it); the DevTools
// protocol can, as DevTools itself shows them. The box it returns is where a real mouse click lands.
import type { Page } from 'playwright-core';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The viewport box of the first shown element matching `selector` anywhere in the page, shadow roots (closed
 * ones too) included; null when there is none or none is shown. A plain CSS selector (DOM.performSearch).
 * With `scroll`, the element is first scrolled into view, as a reader would before clicking it.
 */
export async function findBox(page: Page, selector: string, options: { scroll?: boolean } = {}): Promise<Box | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: selector, includeUserAgentShadowDOM: false });
    try {
      if (resultCount === 0) return null;
      const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: resultCount });
      for (const nodeId of nodeIds) {
        // A hidden element has no box model: the protocol answers with an error.
        const shown = await cdp.send('DOM.getBoxModel', { nodeId }).catch(() => null);
        if (!shown || shown.model.width === 0 || shown.model.height === 0) continue;
        if (options.scroll) await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
        const { model } = options.scroll ? await cdp.send('DOM.getBoxModel', { nodeId }) : shown;
        const [x1, y1, , , x3, y3] = model.border;
        return { x: x1!, y: y1!, width: x3! - x1!, height: y3! - y1! };
      }
      return null;
    } finally {
      await cdp.send('DOM.discardSearchResults', { searchId });
    }
  } finally {
    await cdp.detach();
  }
}

/** The attributes of every element matching `selector`, shadow roots (closed ones too) included, shown or not. */
export async function attributesOf(page: Page, selector: string): Promise<Array<Record<string, string>>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: selector, includeUserAgentShadowDOM: false });
    try {
      if (resultCount === 0) return [];
      const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: resultCount });
      const out: Array<Record<string, string>> = [];
      for (const nodeId of nodeIds) {
        const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
        const record: Record<string, string> = {};
        for (let i = 0; i + 1 < attributes.length; i += 2) record[attributes[i]!] = attributes[i + 1]!;
        out.push(record);
      }
      return out;
    } finally {
      await cdp.send('DOM.discardSearchResults', { searchId });
    }
  } finally {
    await cdp.detach();
  }
}

/** Waits until `selector` is shown (see findBox) and returns its box. */
export async function waitForBox(page: Page, selector: string, options: { scroll?: boolean; timeoutMs?: number } = {}): Promise<Box> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const box = await findBox(page, selector, options);
    if (box) return box;
    if (Date.now() > deadline) throw new Error(`${selector} was not shown within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Scrolls the first shown element matching `selector` (shadow roots included) into view and clicks its middle. */
export async function clickBox(page: Page, selector: string): Promise<void> {
  const box = await waitForBox(page, selector, { scroll: true });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
