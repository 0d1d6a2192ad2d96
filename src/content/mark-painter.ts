// The fallback painter, for browsers without the CSS Custom Highlight API: highlighted text is wrapped in
// <mark> elements. The page's DOM is changed as little as possible and always given back whole: text nodes
// are split only at highlight ends, each piece is wrapped in its own <mark>, and unwrapping joins the pieces
// back into the page's own text node (same node, same text). The highlights' live ranges are re-set on the
// text after every change, so they keep covering exactly the same text. Marks carry only an inline style:
// no id, no note, no class a page could key on; ids and colours stay in the content script's memory.
import type { Painted, Painter } from './painter';

const TEXT_NODE = 3;
const SHOW_TEXT = 4;
/** Text the reader never sees as page text; a <mark> inside a <style> or <textarea> would change the page. */
const NOT_PAGE_TEXT = 'script, style, noscript, template, textarea, select, iframe, title';

interface Point {
  node: Text;
  offset: number;
}

/** Where a piece made by splitting came from: the page's own text node and the piece's offset in it. */
interface Origin {
  node: Text;
  base: number;
}

export function markPainter(doc: Document, colors: Record<string, string>): Painter {
  const origins = new WeakMap<Text, Origin>();
  /** Pieces made from each of the page's text nodes, in text order (to join them back). */
  const pieces = new Map<Text, Text[]>();
  const background = new WeakMap<HTMLElement, string>();
  let marks: HTMLElement[] = [];
  let visible = true;

  /** The text position of a boundary point: an element boundary becomes the start of the next text
   * (or the end of the last one, at the very end of the page). */
  const textPoint = (container: Node, offset: number): Point | null => {
    if (container.nodeType === TEXT_NODE) return { node: container as Text, offset };
    const walker = doc.createTreeWalker(doc.documentElement, SHOW_TEXT);
    const child = container.childNodes[offset] ?? null;
    if (child?.nodeType === TEXT_NODE) return { node: child as Text, offset: 0 };
    let lastInside: Node = container;
    while (lastInside.lastChild) lastInside = lastInside.lastChild;
    walker.currentNode = child ?? lastInside;
    const next = walker.nextNode();
    if (next) return { node: next as Text, offset: 0 };
    if (!child && lastInside.nodeType === TEXT_NODE) return { node: lastInside as Text, offset: (lastInside as Text).data.length };
    walker.currentNode = child ?? lastInside;
    const previous = walker.previousNode();
    return previous ? { node: previous as Text, offset: (previous as Text).data.length } : null;
  };

  /** Takes every mark out and joins the split pieces back into the page's text nodes; returns the pieces
   * joined, with where each now sits in its page text node. */
  const unwrap = (): Map<Text, Origin> => {
    for (const mark of marks) {
      if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
    marks = [];
    const joined = new Map<Text, Origin>();
    for (const [node, parts] of pieces) {
      for (const part of parts) {
        // Join only what still sits where it was split off (the page may have moved things meanwhile).
        const origin = origins.get(part);
        if (origin && part.previousSibling === node) {
          node.appendData(part.data);
          part.remove();
          joined.set(part, origin);
        }
        origins.delete(part);
      }
    }
    pieces.clear();
    return joined;
  };

  const setBackgrounds = () => {
    for (const mark of marks) mark.style.backgroundColor = visible ? (background.get(mark) ?? '') : 'transparent';
  };

  return {
    paint(items) {
      // Each highlight's ends as positions in the page's own text nodes, before anything is unwrapped.
      const ends = items.map((item) => {
        const r = item.range;
        const start = textPoint(r.startContainer, r.startOffset);
        const end = textPoint(r.endContainer, r.endOffset);
        return start && end ? { start, end } : null;
      });
      const joined = unwrap();
      const inPageText = (p: Point): Point => {
        const o = joined.get(p.node);
        return o ? { node: o.node, offset: o.base + p.offset } : p;
      };
      const placed: Array<{ item: Painted; texts: Array<{ node: Text; start: number; end: number }> }> = [];
      items.forEach((item, i) => {
        const e = ends[i];
        if (!e) return;
        const start = inPageText(e.start);
        const end = inPageText(e.end);
        if (!start.node.isConnected || !end.node.isConnected) return;
        const range = item.range;
        range.setStart(start.node, Math.min(start.offset, start.node.data.length));
        range.setEnd(end.node, Math.min(end.offset, end.node.data.length));
        placed.push({ item, texts: textsIn(doc, range) });
      });
      // Split each text node at every highlight end inside it, once, from the last end backwards.
      const cuts = new Map<Text, Set<number>>();
      for (const { texts } of placed) {
        for (const t of texts) {
          const set = cuts.get(t.node) ?? new Set<number>();
          if (t.start > 0) set.add(t.start);
          if (t.end < t.node.data.length) set.add(t.end);
          cuts.set(t.node, set);
        }
      }
      /** Each split node's pieces, with the offset each starts at in the node as it was. */
      const split = new Map<Text, Array<{ at: number; piece: Text }>>();
      for (const [node, set] of cuts) {
        const made: Array<{ at: number; piece: Text }> = [];
        for (const at of [...set].sort((a, b) => b - a)) {
          const piece = node.splitText(at);
          made.unshift({ at, piece });
          origins.set(piece, { node, base: at });
        }
        if (made.length) pieces.set(node, made.map((m) => m.piece));
        split.set(node, [{ at: 0, piece: node }, ...made]);
      }
      const piecesOf = (t: { node: Text; start: number; end: number }): Text[] =>
        (split.get(t.node) ?? [{ at: 0, piece: t.node }]).filter((p) => p.at >= t.start && p.at < t.end).map((p) => p.piece);
      // The colour each piece shows: the last highlight over it, as later highlights paint on top.
      const colorOf = new Map<Text, string>();
      const covered = placed.map(({ item, texts }) => {
        const nodes = texts.flatMap(piecesOf);
        for (const n of nodes) colorOf.set(n, colors[item.color] ?? '');
        return { item, nodes };
      });
      for (const [node, color] of colorOf) {
        if (!node.data.trim() || node.parentElement?.closest(NOT_PAGE_TEXT)) continue;
        const mark = doc.createElement('mark');
        mark.style.cssText = 'all: unset';
        background.set(mark, color);
        node.before(mark);
        mark.append(node);
        marks.push(mark);
      }
      // Wrapping moved the text nodes: each range is set again on exactly the text it covered.
      for (const { item, nodes } of covered) {
        const first = nodes[0];
        const last = nodes[nodes.length - 1];
        if (!first || !last) continue;
        item.range.setStart(first, 0);
        item.range.setEnd(last, last.data.length);
      }
      setBackgrounds();
    },
    setVisible(next) {
      visible = next;
      setBackgrounds();
    },
  };
}

/** The text nodes a range covers, with the covered part of each (empty parts left out). */
function textsIn(doc: Document, range: Range): Array<{ node: Text; start: number; end: number }> {
  const out: Array<{ node: Text; start: number; end: number }> = [];
  const common = range.commonAncestorContainer;
  const add = (node: Text) => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.data.length;
    if (end > start) out.push({ node, start, end });
  };
  if (common.nodeType === TEXT_NODE) {
    add(common as Text);
    return out;
  }
  const walker = doc.createTreeWalker(common, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (range.intersectsNode(n)) add(n as Text);
  }
  return out;
}
