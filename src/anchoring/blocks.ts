// Where paragraphs begin and end in the key. Pages insert, move and remove whole blocks (ads, related links,
// paragraphs), while inside a paragraph the words next to a quote change only by edits. So a stored context
// that is wholly different is expected at a block boundary, and a sign of another passage inside a block.
// Blocks are told by element name: the core has no layout (it runs in Node), and pages mostly keep to it.

import type { TextIndex } from './text-index';
import { nodeAt } from './text-range';

/** Elements whose text is laid out as a block of its own (HTML's block-level elements, list items, cells). */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

const blocks = new WeakMap<TextIndex, Map<number, Element | null>>();

/** The nearest block-level ancestor of the index's n-th text node (null when only the root holds it). */
function blockOf(index: TextIndex, n: number): Element | null {
  let known = blocks.get(index);
  if (!known) blocks.set(index, (known = new Map()));
  const cached = known.get(n);
  if (cached !== undefined) return cached;
  let el = index.nodes[n]!.parentElement;
  while (el && el !== index.root && !BLOCK_ELEMENTS.has(el.localName)) el = el.parentElement;
  const block = el && el !== index.root ? el : null;
  known.set(n, block);
  return block;
}

/** Whether a block boundary (or the start or end of the text) lies just before key character `at`. */
export function blockBoundaryAt(index: TextIndex, at: number): boolean {
  const map = index.keyToText;
  if (at <= 0 || at >= map.length) return true;
  const a = nodeAt(index, map[at - 1]!, false);
  const b = nodeAt(index, map[at]!, false);
  return a !== b && blockOf(index, a) !== blockOf(index, b);
}
