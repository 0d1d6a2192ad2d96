// The text model of a root: every text node with its offset in root.textContent, and a "key":
// the visible text with whitespace (and invisible formatting characters) removed, with a map from
// each key character back to its textContent offset. Matching runs on the key, so reflowed markup,
// added or dropped whitespace between blocks, and soft hyphens never break a quote.

/** Text inside these elements is never shown as page text, so quotes are never matched there:
 * scripts and templates (JSON-LD often repeats the whole article body); a textarea's or select's
 * text is a form control's value, which no range can paint (a "republish this article" box holds the
 * article's HTML as text); an iframe's or SVG title's text is fallback or a tooltip, never drawn. */
const HIDDEN_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'iframe', 'noframes', 'noembed', 'title']);

export interface TextIndex {
  root: Element;
  /** All non-empty text nodes under root, in document order. */
  nodes: Text[];
  /** textContent offset where each node starts. */
  starts: number[];
  /** Whether each node's text is visible page text (not in a script, style...). */
  visible: boolean[];
  nodeIndex: Map<Text, number>;
  /** Length of root.textContent. */
  length: number;
  /** Visible text without ignorable characters. */
  key: string;
  /** textContent offset of each key character. */
  keyToText: Int32Array;
}

/** True for whitespace and for characters that do not show (soft hyphen, zero-width marks). */
export function isIgnorable(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0xad ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The key of a string: what is left once ignorable characters are dropped. */
export function keyOf(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isIgnorable(text.charCodeAt(i))) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Reads root's text once; the result is valid until the DOM under root changes. */
export function buildTextIndex(root: Element): TextIndex {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const visible: boolean[] = [];
  const nodeIndex = new Map<Text, number>();
  const chunks: string[] = [];
  let map = new Int32Array(1024);
  let keyLength = 0;
  let offset = 0;
  // Whether an element is inside a hidden-text element, remembered per element: most text nodes share parents.
  const hiddenCache = new Map<Element, boolean>();
  const isHidden = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    let hidden = hiddenCache.get(el);
    if (hidden === undefined) {
      hidden = HIDDEN_TEXT_PARENTS.has(el.localName) || isHidden(el.parentElement);
      hiddenCache.set(el, hidden);
    }
    return hidden;
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const data = node.data;
    if (data.length === 0) continue;
    const shown = !isHidden(node.parentElement);
    nodeIndex.set(node, nodes.length);
    nodes.push(node);
    starts.push(offset);
    visible.push(shown);
    if (shown) {
      if (keyLength + data.length > map.length) {
        const grown = new Int32Array(Math.max(map.length * 2, keyLength + data.length));
        grown.set(map);
        map = grown;
      }
      let from = 0;
      for (let i = 0; i < data.length; i++) {
        if (isIgnorable(data.charCodeAt(i))) {
          if (i > from) chunks.push(data.slice(from, i));
          from = i + 1;
        } else {
          map[keyLength++] = offset + i;
        }
      }
      if (from < data.length) chunks.push(data.slice(from));
    }
    offset += data.length;
  }
  return {
    root,
    nodes,
    starts,
    visible,
    nodeIndex,
    length: offset,
    key: chunks.join(''),
    keyToText: map.subarray(0, keyLength),
  };
}

/** Index of the first key character at or after a textContent offset (key.length if none). */
export function keyIndexAt(index: TextIndex, textOffset: number): number {
  const map = index.keyToText;
  let lo = 0;
  let hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (map[mid]! < textOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** textContent offsets [start, end) spanned by key characters [keyStart, keyEnd). */
export function textSpanOfKey(index: TextIndex, keyStart: number, keyEnd: number): { start: number; end: number } {
  const map = index.keyToText;
  if (keyEnd <= keyStart) {
    const at = keyStart < map.length ? map[keyStart]! : index.length;
    return { start: at, end: at };
  }
  return { start: map[keyStart]!, end: map[keyEnd - 1]! + 1 };
}
