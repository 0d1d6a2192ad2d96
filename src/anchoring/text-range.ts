// DOM positions <-> character offsets into root.textContent, both ways, through a TextIndex.

import type { TextIndex } from './text-index';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so this runs where NodeFilter is not global

/** The textContent offset of a DOM boundary point (node, offset) inside the index's root. */
export function textOffsetOfPoint(index: TextIndex, node: Node, offset: number): number {
  if (node.nodeType === 3) {
    const i = index.nodeIndex.get(node as Text);
    if (i !== undefined) return index.starts[i]! + Math.min(offset, (node as Text).data.length);
  }
  // An element (or an uncounted empty text node): the offset is where the next text node starts.
  let next: Node | null = node.nodeType === 3 ? null : (node.childNodes[offset] ?? null);
  if (!next) {
    // After the node's last child: continue after the node itself.
    let n: Node | null = node;
    while (n && n !== index.root && !n.nextSibling) n = n.parentNode;
    if (!n || n === index.root) return index.length;
    next = n.nextSibling;
  }
  if (!next) return index.length;
  if (next.nodeType === 3 && index.nodeIndex.has(next as Text)) return index.starts[index.nodeIndex.get(next as Text)!]!;
  const walker = index.root.ownerDocument.createTreeWalker(index.root, SHOW_TEXT);
  walker.currentNode = next;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = index.nodeIndex.get(n as Text);
    if (i !== undefined) return index.starts[i]!;
  }
  return index.length;
}

/** The textContent offsets a range covers, clipped to the root. */
export function offsetsFromRange(index: TextIndex, range: Range): { start: number; end: number } {
  const root = index.root;
  const startInside = root.contains(range.startContainer);
  const endInside = root.contains(range.endContainer);
  const start = startInside ? textOffsetOfPoint(index, range.startContainer, range.startOffset) : 0;
  const end = endInside ? textOffsetOfPoint(index, range.endContainer, range.endOffset) : index.length;
  return { start, end: Math.max(start, end) };
}

/** Index of the text node holding a textContent offset; `atEnd` prefers the node that ends there. */
export function nodeAt(index: TextIndex, offset: number, atEnd: boolean): number {
  const starts = index.starts;
  let lo = 0;
  let hi = starts.length - 1;
  // Last node whose start is < offset (atEnd) or <= offset (start boundary).
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (atEnd ? starts[mid]! < offset : starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A DOM range over textContent offsets [start, end). */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range {
  const range = index.root.ownerDocument.createRange();
  if (index.nodes.length === 0) {
    range.selectNodeContents(index.root);
    range.collapse(true);
    return range;
  }
  const s = nodeAt(index, start, false);
  const e = nodeAt(index, end, true);
  const sNode = index.nodes[s]!;
  const eNode = index.nodes[e]!;
  range.setStart(sNode, clamp(start - index.starts[s]!, 0, sNode.data.length));
  range.setEnd(eNode, clamp(end - index.starts[e]!, 0, eNode.data.length));
  return range;
}

/** The visible text (no script or style text) between two textContent offsets, as the reader sees it. */
export function visibleText(index: TextIndex, start: number, end: number): string {
  if (end <= start || index.nodes.length === 0) return '';
  const parts: string[] = [];
  for (let i = nodeAt(index, start, false); i < index.nodes.length; i++) {
    const nodeStart = index.starts[i]!;
    if (nodeStart >= end) break;
    if (!index.visible[i]) continue;
    const data = index.nodes[i]!.data;
    parts.push(data.slice(Math.max(0, start - nodeStart), Math.min(data.length, end - nodeStart)));
  }
  return parts.join('');
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}
