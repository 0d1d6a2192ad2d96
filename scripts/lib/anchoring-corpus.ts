// The anchoring benchmark's corpus: seeded randomness, the article blocks of a page, the highlights chosen
// in them, typos, the end markers that carry ground truth, and the ways pages change. scripts/bench-anchoring.ts
// runs it; this file only builds and changes pages.
import { JSDOM } from 'jsdom';
import type { Selector, TextQuoteSelector } from '../../src/anchoring/types';

export const SEED = 20261125;
/** Highlights placed on each page (fewer when the article is short). */
export const HIGHLIGHTS_PER_PAGE = 10;
/** Block elements that hold article text. */
export const BLOCKS = 'p, li, blockquote, h2, h3, h4';
/** A block shorter than this is a caption or a label, not a paragraph to highlight in. */
export const MIN_BLOCK_CHARS = 40;
/** What "sidebars" look like on real pages. */
export const SIDEBARS =
  'aside, nav, footer, [role=complementary], [role=navigation], [class*=sidebar], [id*=sidebar], [class*=related], [class*=widget], [class*=share], [class*=social], [class*=newsletter], [class*=comment], [class*=promo]';
export const KINDS = [
  'unchanged',
  'insert-before',
  'insert-inside',
  'remove-sidebars',
  'whitespace-markup',
  'typo-in-quote',
  'typo-near-quote',
  'reorder',
  'combined',
  'delete',
] as const;
export type Kind = (typeof KINDS)[number];
export type Shape = 'short' | 'medium' | 'long' | 'cross-inline' | 'cross-block';

// ---------- seeded randomness ----------

export function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
export type Rng = () => number;
export function rngFor(...parts: Array<string | number>): Rng {
  let a = hash(parts.join('|')) ^ SEED;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
export function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// ---------- the page ----------

export interface Word {
  node: Text;
  start: number;
  end: number;
  /** Inside an inline element (a link, emphasis) rather than directly in the block. */
  inline: boolean;
}
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
export const isHidden = (n: Node) => !!n.parentElement?.closest('script,style,noscript,template');

/** Paragraph-like blocks of the article's main content. A block whose whole text the page shows more than
 * once (pages that carry the article twice, for mobile and desktop) is left out: which copy a highlight on
 * it belongs to is not defined. Phrases repeated inside different paragraphs stay in. */
export function articleBlocks(root: Element, mainText: string): Element[] {
  const main = norm(mainText);
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const shown: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!isHidden(n)) shown.push((n as Text).data);
  const pageText = squeeze(shown.join(''));
  const shownTwice = (t: string) => {
    const at = pageText.indexOf(t);
    return at >= 0 && pageText.indexOf(t, at + 1) >= 0;
  };
  return [...root.querySelectorAll(BLOCKS)].filter((el) => {
    if (el.querySelector(BLOCKS) || el.closest('script,style,noscript,template')) return false;
    const t = norm(el.textContent ?? '');
    return t.length >= MIN_BLOCK_CHARS && !shownTwice(squeeze(t)) && (main.includes(t) || main.includes(t.slice(0, 60)));
  });
}

export function wordsOf(block: Element): Word[] {
  const words: Word[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (isHidden(n)) continue;
    const inline = n.parentNode !== block;
    for (const m of (n as Text).data.matchAll(/\S+/g)) words.push({ node: n as Text, start: m.index!, end: m.index! + m[0].length, inline });
  }
  return words;
}

/** Where each text node starts in root.textContent, counted in one walk. */
export function textStarts(root: Element): Map<Node, number> {
  const starts = new Map<Node, number>();
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.set(n, total);
    total += (n as Text).data.length;
  }
  return starts;
}

/** The textContent offset of a boundary point: the length of all text before it in document order.
 * (Written out rather than with Range.toString: jsdom's ranges are live and slow to compare.) */
export function offsetOf(root: Element, node: Node, offset: number, starts: Map<Node, number>): number {
  if (node.nodeType === 3) return starts.get(node)! + offset;
  let target: Node | null = node.childNodes[offset] ?? null;
  if (!target) {
    let n: Node | null = node;
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    target = n && n !== root ? n.nextSibling : null;
  }
  let total = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* elements and text */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === target) return total;
    if (n.nodeType === 3) total += (n as Text).data.length;
  }
  return total;
}

// ---------- highlights ----------

export interface Spec {
  shape: Shape;
  b0: number;
  w0: number;
  b1: number;
  w1: number;
}

export function chooseSpecs(rng: Rng, words: Word[][]): Spec[] {
  const specs: Spec[] = [];
  const used = new Set<number>();
  const free = (k: number) => k >= 0 && k < words.length && !used.has(k) && !used.has(k - 1) && !used.has(k + 1);
  for (const k of shuffle(rng, words.map((_, i) => i))) {
    if (specs.length >= HIGHLIGHTS_PER_PAGE) break;
    if (!free(k)) continue;
    const w = words[k]!;
    const r = rng();
    let shape: Shape = r < 0.2 ? 'short' : r < 0.5 ? 'medium' : r < 0.7 ? 'long' : r < 0.85 ? 'cross-inline' : 'cross-block';
    if (shape === 'cross-block') {
      const next = words[k + 1];
      if (next && free(k + 1) && !used.has(k + 2) && next.length >= 2 && w.length >= 2) {
        specs.push({ shape, b0: k, w0: w.length - int(rng, 1, Math.min(8, w.length)), b1: k + 1, w1: int(rng, 0, Math.min(7, next.length - 1)) });
        used.add(k).add(k + 1);
        continue;
      }
      shape = 'medium';
    }
    if (shape === 'cross-inline') {
      const inline = w.map((x, i) => (x.inline ? i : -1)).filter((i) => i >= 0);
      if (inline.length) {
        const m = pick(rng, inline);
        specs.push({ shape, b0: k, w0: Math.max(0, m - int(rng, 1, 6)), b1: k, w1: Math.min(w.length - 1, m + int(rng, 1, 6)) });
        used.add(k);
        continue;
      }
      shape = 'medium';
    }
    const [lo, hi] = shape === 'short' ? [1, 3] : shape === 'medium' ? [4, 15] : [16, 60];
    const len = Math.min(w.length, int(rng, lo, hi));
    const w0 = int(rng, 0, w.length - len);
    specs.push({ shape, b0: k, w0, b1: k, w1: w0 + len - 1 });
    used.add(k);
  }
  return specs;
}

// ---------- typos (made before describing, fixed by the typo mutations) ----------

export interface Typo {
  node: Text;
  at: number;
  typo: string;
  original: string;
}

export function makeTypo(rng: Rng, word: string): string | null {
  const letters = [...word.matchAll(/\p{L}/gu)].map((m) => m.index!);
  const inner = letters.filter((i) => i > 0 && i < word.length - 1 && /\p{L}/u.test(word[i + 1] ?? ''));
  if (letters.length < 4 || inner.length === 0) return null;
  const i = pick(rng, inner);
  const op = int(rng, 0, 3);
  if (op === 0) return word.slice(0, i) + word.slice(i + 1); // dropped letter
  if (op === 1) return word.slice(0, i) + word[i] + word.slice(i); // doubled letter
  if (op === 2) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // swapped letters
  const c = word[i] === 'e' ? 'a' : 'e';
  return word.slice(0, i) + c + word.slice(i + 1); // wrong letter
}

export function applyTypo(rng: Rng, w: Word): Typo | null {
  const original = w.node.data.slice(w.start, w.end);
  const typo = makeTypo(rng, original);
  if (!typo || typo === original) return null;
  w.node.replaceData(w.start, w.end - w.start, typo);
  return { node: w.node, at: w.start, typo, original };
}

export function fixTypo(t: Typo): void {
  const at = t.node.data.indexOf(t.typo, Math.max(0, t.at - 4));
  if (at >= 0) t.node.replaceData(at, t.typo.length, t.original);
}

// ---------- markers ----------

export const markerStart = (i: number) => String.fromCharCode(0xe000 + 2 * i);
export const markerEnd = (i: number) => String.fromCharCode(0xe001 + 2 * i);

export function insertMarkers(range: Range, i: number): void {
  (range.endContainer as Text).insertData(range.endOffset, markerEnd(i));
  (range.startContainer as Text).insertData(range.startOffset, markerStart(i));
}

/** Takes every marker out of the page; returns where each one was (textContent offsets). */
export function takeMarkers(root: Element): Map<string, number> {
  const found = new Map<string, { node: Text; offset: number }>();
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!/[\ue000-\uefff]/.test(t.data)) continue;
    let clean = '';
    for (const ch of t.data) {
      const c = ch.charCodeAt(0);
      if (c >= 0xe000 && c <= 0xefff) found.set(ch, { node: t, offset: clean.length });
      else clean += ch;
    }
    t.data = clean;
  }
  const out = new Map<string, number>();
  const starts = textStarts(root);
  for (const [ch, p] of found) out.set(ch, offsetOf(root, p.node, p.offset, starts));
  return out;
}

// ---------- page changes ----------

export interface Page {
  doc: Document;
  root: Element;
  blocks: Element[];
  specs: Spec[];
  typosIn: Array<Typo | null>;
  typosNear: Array<Typo | null>;
  vocabulary: string[];
}

export function filler(rng: Rng, page: Page): Element {
  const doc = page.doc;
  const words = Array.from({ length: int(rng, 8, 40) }, () => pick(rng, page.vocabulary));
  const p = doc.createElement('p');
  p.textContent = words.join(' ') + '.';
  if (rng() < 0.5) return p;
  const ad = doc.createElement('div');
  ad.className = 'ad-slot';
  const label = doc.createElement('span');
  label.textContent = pick(rng, ['Advertisement', 'Sponsored', 'Continue reading below', 'Read more:']);
  ad.append(label, p);
  return ad;
}

/** May something be inserted right before block k without landing inside a highlight? */
export function outsideHighlights(page: Page, k: number): boolean {
  return page.specs.every((s) => !(s.b0 < k && k <= s.b1));
}

export function insertBefore(rng: Rng, page: Page): void {
  for (let i = int(rng, 1, 3); i > 0; i--) page.root.prepend(filler(rng, page));
  for (let i = int(rng, 1, 2); i > 0; i--) page.blocks[0]!.before(filler(rng, page));
}

export function insertInside(rng: Rng, page: Page): void {
  for (const s of page.specs) {
    if (rng() < 0.5) page.blocks[s.b0]!.before(filler(rng, page));
    if (rng() < 0.3) page.blocks[s.b1]!.after(filler(rng, page));
  }
  for (let i = int(rng, 2, 4); i > 0; i--) {
    const k = int(rng, 0, page.blocks.length - 1);
    if (outsideHighlights(page, k)) page.blocks[k]!.before(filler(rng, page));
  }
}

export function removeSidebars(rng: Rng, page: Page): void {
  const safe = (el: Element) => !page.blocks.some((b) => el.contains(b) || b.contains(el));
  let gone = 0;
  for (const el of page.root.querySelectorAll(SIDEBARS)) {
    if (el.isConnected && safe(el)) {
      el.remove();
      gone++;
    }
  }
  if (gone > 0) return;
  const others = [...page.root.querySelectorAll('div, section')].filter((el) => safe(el) && (el.textContent ?? '').trim().length > 50);
  for (let i = 0; i < 3 && others.length; i++) others.splice(int(rng, 0, others.length - 1), 1)[0]!.remove();
}

export const BLOCK_TAGS = /^(p|div|section|article|li|ul|ol|h[1-6]|blockquote|figure|header|footer|aside|nav|table)$/i;

export function reshuffleWhitespaceAndMarkup(rng: Rng, page: Page): void {
  const { doc, root } = page;
  for (const el of [...root.querySelectorAll('em, strong, b, i, a, span, font')]) {
    if (rng() < 0.4 && el.parentNode) el.replaceWith(...el.childNodes);
  }
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!isHidden(n)) texts.push(n as Text);
  for (const t of texts) {
    const parent = t.parentNode!;
    const prev = t.previousSibling;
    const next = t.nextSibling;
    const betweenBlocks = /^\s*$/.test(t.data) && (!prev || BLOCK_TAGS.test(prev.nodeName)) && (!next || BLOCK_TAGS.test(next.nodeName));
    if (betweenBlocks) {
      if (rng() < 0.5) parent.removeChild(t);
      continue;
    }
    if (rng() < 0.5) t.data = t.data.replace(/ /g, () => (rng() < 0.3 ? '\n      ' : rng() < 0.05 ? '\u00a0' : ' '));
    const m = rng() < 0.3 ? [...t.data.matchAll(/[^\s\ue000-\uefff]+/g)] : [];
    if (m.length) {
      const w = pick(rng, m);
      const word = t.splitText(w.index!);
      word.splitText(w[0].length);
      const span = doc.createElement(pick(rng, ['span', 'b', 'em']));
      word.replaceWith(span);
      span.append(word);
    }
  }
  for (const el of [...root.querySelectorAll('p, div, section, li')]) {
    if (rng() < 0.3) el.before(doc.createTextNode('\n' + ' '.repeat(int(rng, 0, 8))));
  }
  for (const b of page.blocks) {
    if (b.localName === 'p' && rng() < 0.2) {
      const div = doc.createElement('div');
      div.append(...b.childNodes);
      b.replaceWith(div);
    }
  }
}

export function reorder(rng: Rng, page: Page): void {
  const fixed = new Set<number>();
  for (const s of page.specs) if (s.b0 !== s.b1) for (let k = s.b0; k <= s.b1; k++) fixed.add(k);
  const groups = new Map<Node, Element[]>();
  page.blocks.forEach((b, k) => {
    // Paragraphs move; headings and list items stay where they are.
    if (fixed.has(k) || !b.parentNode || b.localName !== 'p') return;
    const g = groups.get(b.parentNode) ?? [];
    g.push(b);
    groups.set(b.parentNode, g);
  });
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const slots = g.map((b) => {
      const slot = page.doc.createComment('slot');
      b.replaceWith(slot);
      return slot;
    });
    shuffle(rng, g).forEach((b, i) => slots[i]!.replaceWith(b));
  }
}

export function deletePassages(rng: Rng, page: Page): void {
  page.specs.forEach((s, i) => {
    if (rng() < 0.5) {
      for (let k = s.b0; k <= s.b1; k++) page.blocks[k]!.remove();
      return;
    }
    const find = (ch: string) => {
      const walker = page.doc.createTreeWalker(page.root, 4);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(ch);
        if (at >= 0) return { node: n, at };
      }
      return null;
    };
    const a = find(markerStart(i));
    const b = find(markerEnd(i));
    if (!a || !b) return;
    const r = page.doc.createRange();
    r.setStart(a.node, a.at);
    r.setEnd(b.node, b.at + 1);
    r.deleteContents();
  });
}

export function mutate(kind: Kind, rng: Rng, page: Page): void {
  switch (kind) {
    case 'unchanged':
      return;
    case 'insert-before':
      return insertBefore(rng, page);
    case 'insert-inside':
      return insertInside(rng, page);
    case 'remove-sidebars':
      return removeSidebars(rng, page);
    case 'whitespace-markup':
      return reshuffleWhitespaceAndMarkup(rng, page);
    case 'typo-in-quote':
      return page.typosIn.forEach((t) => t && fixTypo(t));
    case 'typo-near-quote':
      return page.typosNear.forEach((t) => t && fixTypo(t));
    case 'reorder':
      return reorder(rng, page);
    case 'combined':
      insertBefore(rng, page);
      insertInside(rng, page);
      removeSidebars(rng, page);
      return reshuffleWhitespaceAndMarkup(rng, page);
    case 'delete':
      return deletePassages(rng, page);
  }
}

