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

/** Which characters below U+3001 are ignorable, one byte each: a table read costs less than a chain of
 * comparisons in the loop over every character of the page. */
const IGNORABLE_BELOW_3001 = (() => {
  const table = new Uint8Array(0x3001);
  table.fill(1, 9, 14); // tab, line feed, vertical tab, form feed, carriage return
  table.fill(1, 0x2000, 0x200e); // the typographic spaces, zero-width space and joiners
  for (const code of [32, 160, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000]) table[code] = 1;
  return table;
})();

/** True for whitespace and for characters that do not show (soft hyphen, zero-width marks). */
export function isIgnorable(code: number): boolean {
  return code < 0x3001 ? IGNORABLE_BELOW_3001[code] === 1 : code === 0xfeff;
}

/** The characters isIgnorable accepts, as a pattern (replacing with a regular expression is native and fast). */
const IGNORABLE = /[\t-\r \u00a0\u00ad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g;

/** The key of a string: what is left once ignorable characters are dropped. */
export function keyOf(text: string): string {
  return text.replace(IGNORABLE, '');
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
  const table = IGNORABLE_BELOW_3001;
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
      const before = keyLength;
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (!(code < 0x3001 ? table[code] === 1 : code === 0xfeff)) map[keyLength++] = offset + i;
      }
      if (keyLength > before) chunks.push(keyLength - before === data.length ? data : keyOf(data));
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
