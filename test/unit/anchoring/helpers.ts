// Test helpers: a page from HTML, a range over a quote, and the text an anchor result covers.
import { JSDOM } from 'jsdom';

export function page(html: string): { doc: Document; root: Element } {
  const doc = new JSDOM(`<!doctype html><html><body>${html}</body></html>`).window.document;
  return { doc, root: doc.body };
}

/** Replaces the page body, as a page edit or reload would. */
export function rewrite(root: Element, html: string): void {
  root.innerHTML = html;
}

/** A range over the n-th (0-based) occurrence of `quote` in root's text. */
export function rangeOf(root: Element, quote: string, occurrence = 0): Range {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push(n as Text);
    starts.push(text.length);
    text += (n as Text).data;
  }
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`quote not found: ${quote}`);
  }
  const locate = (offset: number, isEnd: boolean) => {
    for (let i = 0; i < nodes.length; i++) {
      const s = starts[i]!;
      const e = s + nodes[i]!.data.length;
      if (isEnd ? offset > s && offset <= e : offset >= s && offset < e) return { node: nodes[i]!, offset: offset - s };
    }
    throw new Error('offset outside text');
  };
  const range = doc.createRange();
  const s = locate(at, false);
  const e = locate(at + quote.length, true);
  range.setStart(s.node, s.offset);
  range.setEnd(e.node, e.offset);
  return range;
}

/** Where a range sits: its text and the text before it (to tell repeated phrases apart). */
export function placeOf(root: Element, range: Range): { text: string; before: string } {
  const doc = root.ownerDocument;
  const pre = doc.createRange();
  pre.selectNodeContents(root);
  pre.setEnd(range.startContainer, range.startOffset);
  return { text: range.toString(), before: pre.toString() };
}
