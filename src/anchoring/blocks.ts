// Where paragraphs begin and end in the key. Pages insert, move and remove whole blocks (ads, related links,
// paragraphs), while inside a paragraph the words next to a quote change only by edits. So stored context may
// differ wholly beyond a block boundary, but context that differs wholly inside the quote's block is a sign of
// another passage.
// Blocks are told by element name: the core has no layout (it runs in Node), and pages mostly keep to it.

import type { TextIndex } from './text-index';
import { nodeAt } from './text-range';
import { contextEvidence, MIN_TELLING_CONTEXT_CHARS, unrelated, type Candidate, type Expected } from './score';

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

/** Key characters from `at` backwards (dir -1) or forwards (dir 1) before a block boundary, at most max. */
function inBlock(index: TextIndex, at: number, dir: -1 | 1, max: number): number {
  let k = 0;
  while (k < max && !blockBoundaryAt(index, at + dir * k)) k++;
  return k;
}

/**
 * Whether the page's text next to a place, as far as the place's own block goes, contradicts the stored
 * context: within a paragraph the words beside a quote change only by edits, so where that stretch (at least
 * a few words) is unrelated to what was stored, this is another passage sharing the quote's words. Beyond the
 * block boundary anything may have changed (an ad inserted, a paragraph moved).
 */
export function contradictsContext(index: TextIndex, expected: Expected, c: Candidate): boolean {
  const key = index.key;
  const p = c.prefixEvidence ? 0 : inBlock(index, c.start, -1, expected.prefix.length);
  const s = c.suffixEvidence ? 0 : inBlock(index, c.end, 1, expected.suffix.length);
  return (
    (p >= MIN_TELLING_CONTEXT_CHARS && unrelated(expected.prefix.slice(-p), key.slice(c.start - p, c.start))) ||
    (s >= MIN_TELLING_CONTEXT_CHARS && unrelated(expected.suffix.slice(0, s), key.slice(c.end, c.end + s)))
  );
}

/**
 * An unchanged quote whose block ends within the stored context: past the boundary the page may have moved or
 * inserted whole blocks (a reordered paragraph, an ad), so that part of the context tells nothing either way.
 * Each such side then counts only as far as the block goes, in the evidence and in the most there could be
 * (describe() measures lookalikes the same way, so a copy elsewhere that fits as well still stops the anchor).
 */
export function withinBlock(index: TextIndex, { quote, prefix, suffix }: Expected, c: Candidate): Candidate {
  if (c.errors || c.prefixEvidence + c.suffixEvidence === prefix.length + suffix.length) return c;
  const key = index.key;
  const p = inBlock(index, c.start, -1, prefix.length);
  const s = inBlock(index, c.end, 1, suffix.length);
  // A side cut short by its block, unless to a word or two (too few characters to tell anything).
  const cut = (n: number, full: number, stored: string, actual: string, had: number) =>
    n < full && n >= MIN_TELLING_CONTEXT_CHARS ? Math.max(had, contextEvidence(stored, actual)) : had;
  const prefixEvidence = cut(p, prefix.length, prefix.slice(prefix.length - p), key.slice(c.start - p, c.start), c.prefixEvidence);
  const suffixEvidence = cut(s, suffix.length, suffix.slice(0, s), key.slice(c.end, c.end + s), c.suffixEvidence);
  return { ...c, evidence: c.evidence - c.prefixEvidence - c.suffixEvidence + prefixEvidence + suffixEvidence, prefixEvidence, suffixEvidence, total: quote.length + p + s };
}
