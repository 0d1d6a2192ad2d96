// The restore benchmark's highlights, chosen inside the browser page itself (bundled and run in the page's
// main world), so their selectors come from the very DOM the content script restores them on: word-aligned
// passages of varied length in the article's paragraphs, some across two paragraphs, overlapping where the
// dice say so (a long read highlighted densely). Seeded: every run picks the same passages.
import { describe } from '../../src/anchoring/index';
import type { Selector } from '../../src/anchoring/types';

const BLOCKS = 'p, li, blockquote, h2, h3, h4';
/** A block shorter than this is a caption or a label, not a paragraph. */
const MIN_BLOCK_CHARS = 40;

export interface Picked {
  quote: string;
  selectors: Selector[];
}

interface Word {
  node: Text;
  start: number;
  end: number;
}

function seeded(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wordsOf(block: Element): Word[] {
  const words: Word[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('script,style,noscript,template')) continue;
    for (const m of (n as Text).data.matchAll(/\S+/g)) words.push({ node: n as Text, start: m.index!, end: m.index! + m[0].length });
  }
  return words;
}

/** `count` highlights in the blocks whose text is part of `mainText` (all blocks when it is empty). */
export function pickHighlights(doc: Document, count: number, mainText: string, seed: number): Picked[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const main = norm(mainText);
  const blocks = [...doc.body.querySelectorAll(BLOCKS)].filter((el) => {
    if (el.querySelector(BLOCKS)) return false;
    const t = norm(el.textContent ?? '');
    return t.length >= MIN_BLOCK_CHARS && (!main || main.includes(t) || main.includes(t.slice(0, 60)));
  });
  const words = blocks.map(wordsOf).filter((w) => w.length >= 2);
  if (words.length < 2) throw new Error('the page has too few paragraphs to highlight');
  const random = seeded(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const picked: Picked[] = [];
  while (picked.length < count) {
    const k = int(0, words.length - 1);
    const w = words[k]!;
    const r = random();
    let from: Word;
    let to: Word;
    if (r < 0.15 && k + 1 < words.length) {
      // Across two paragraphs: the end of one and the start of the next.
      from = w[w.length - int(1, Math.min(8, w.length))]!;
      to = words[k + 1]![int(0, Math.min(7, words[k + 1]!.length - 1))]!;
    } else {
      const [lo, hi] = r < 0.4 ? [1, 3] : r < 0.8 ? [4, 15] : [16, 60];
      const len = Math.min(w.length, int(lo, hi));
      const at = int(0, w.length - len);
      from = w[at]!;
      to = w[at + len - 1]!;
    }
    const range = doc.createRange();
    range.setStart(from.node, from.start);
    range.setEnd(to.node, to.end);
    picked.push({ quote: range.toString(), selectors: describe(doc.body, range) });
    range.detach();
  }
  return picked;
}
