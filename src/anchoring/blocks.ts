// Where paragraphs begin and end in the key. Pages insert, move and remove whole blocks (ads, related links,
// paragraphs), while inside a paragraph the words next to a quote change only by edits. So stored context may
// differ wholly beyond a block boundary, but context that differs wholly inside the quote's block is a sign of
// another passage.
// Blocks are told by element name: the core has no layout (it runs in Node), and pages mostly keep to it.

import type { TextIndex } from './text-index';
import { nodeAt } from './text-range';
import { MIN_TELLING_CONTEXT_CHARS, unrelated, type Candidate, type Expected } from './score';

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

/**
 * Whether the page's text next to a place, as far as the place's own block goes, contradicts the stored
 * context: within a paragraph the words beside a quote change only by edits, so where that stretch (at least
 * a few words) is unrelated to what was stored, this is another passage sharing the quote's words. Beyond the
 * block boundary anything may have changed (an ad inserted, a paragraph moved).
 */
export function contradictsContext(index: TextIndex, expected: Expected, c: Candidate): boolean {
  const key = index.key;
  if (c.prefixUnrelated) {
    let k = 0;
    while (k < expected.prefix.length && !blockBoundaryAt(index, c.start - k)) k++;
    if (k >= MIN_TELLING_CONTEXT_CHARS && unrelated(expected.prefix.slice(-k), key.slice(c.start - k, c.start))) return true;
  }
  if (c.suffixUnrelated) {
    let k = 0;
    while (k < expected.suffix.length && !blockBoundaryAt(index, c.end + k)) k++;
    if (k >= MIN_TELLING_CONTEXT_CHARS && unrelated(expected.suffix.slice(0, k), key.slice(c.end, c.end + k))) return true;
  }
  return false;
}
