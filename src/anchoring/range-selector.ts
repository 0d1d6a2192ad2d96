// The structural selector, both ways: the elements holding each end of a range (as paths relative
// to the root) and character offsets into those elements' text.

import type { RangeSelector } from './types';
import type { TextIndex } from './text-index';
import { textOffsetOfPoint } from './text-range';
import { pathFromElement, pathResolver } from './xpath';

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Describes textContent offsets [start, end) that came from `range`, structurally. */
export function toRangeSelector(index: TextIndex, range: Range, start: number, end: number): RangeSelector | null {
  const root = index.root;
  const startEl = elementOf(range.startContainer);
  const endEl = elementOf(range.endContainer);
  if (!startEl || !endEl || !root.contains(startEl) || !root.contains(endEl)) return null;
  const startPath = pathFromElement(root, startEl);
  const endPath = pathFromElement(root, endEl);
  if (startPath === null || endPath === null) return null;
  return {
    type: 'RangeSelector',
    startContainer: startPath,
    startOffset: start - textOffsetOfPoint(index, startEl, 0),
    endContainer: endPath,
    endOffset: end - textOffsetOfPoint(index, endEl, 0),
  };
}

/** One path resolver per text index, shared by every highlight placed with it. */
const resolvers = new WeakMap<TextIndex, (path: string) => Element | null>();

/** Length of an element's textContent, read from the index (no string is built). */
function textLength(index: TextIndex, el: Element): number {
  return textOffsetOfPoint(index, el, el.childNodes.length) - textOffsetOfPoint(index, el, 0);
}

/** The textContent offsets a structural selector names today, or null if the structure is gone. */
export function textSpanFromRangeSelector(index: TextIndex, selector: RangeSelector): { start: number; end: number } | null {
  let resolve = resolvers.get(index);
  if (!resolve) resolvers.set(index, (resolve = pathResolver(index.root)));
  const startEl = resolve(selector.startContainer);
  const endEl = resolve(selector.endContainer);
  if (!startEl || !endEl) return null;
  const { startOffset, endOffset } = selector;
  if (startOffset < 0 || endOffset < 0) return null;
  if (startOffset > textLength(index, startEl) || endOffset > textLength(index, endEl)) return null;
  const start = textOffsetOfPoint(index, startEl, 0) + startOffset;
  const end = textOffsetOfPoint(index, endEl, 0) + endOffset;
  return end >= start ? { start, end } : null;
}
