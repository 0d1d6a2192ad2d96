// The detector's one walk over the page: the page scan (page-scan.ts) walks the story's side of the page and hands each element
// to the markup hints (markup-hints.ts), which walk the rest themselves (the <head>, and what the scan leaves out). Two whole-page
// walks were nearly half of the detector's time.

import { HintWalk, type MarkupHints } from './markup-hints';
import { scanPage, type PageScan } from './page-scan';

/** The markup hints of `doc` and the scan of `root` (the body, or the root element of a page without one) in one walk; null when
 * `root` is neither the root element nor a child of it (the caller then walks twice). */
export function walkPage(doc: Document, root: Element | null): { hints: MarkupHints; scan: PageScan | null } | null {
  const html = doc.documentElement;
  const hints = new HintWalk(doc);
  if (!html || !root) {
    if (html) hints.addSubtree(html);
    return { hints: hints.finish(), scan: null };
  }
  if (root === html) {
    const scan = scanPage(root, hints);
    return { hints: hints.finish(), scan };
  }
  if (root.parentElement !== html) return null;
  let scan: PageScan | null = null;
  hints.add(html, html.getAttributeNames(), null);
  for (let c = html.firstElementChild; c; c = c.nextElementSibling) {
    if (c === root) scan = scanPage(root, hints);
    else hints.addSubtree(c);
  }
  return { hints: hints.finish(), scan };
}
