// The <mark> fallback painter (browsers without the CSS Custom Highlight API; jsdom has none): highlights across
// paragraphs, links and emphasis, overlapping highlights, repainting, removal and hiding, and the page's text
// and text nodes given back exactly once the highlights are gone.
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { createPainter, type Painted } from '../../../src/content/painter';
import { HIGHLIGHT_CSS } from '../../../src/content/palette';

// jsdom pages on a loaded 2-CPU machine: the first test of a file also pays for starting jsdom.
vi.setConfig({ testTimeout: 30_000 });

const PAGE =
  '<article><p id="a">The council met on <em>Tuesday</em> to discuss the <a href="/ferry">harbour ferry</a>.</p>\n' +
  '<p id="b">Residents asked for a later last crossing on Fridays.</p><style>p { margin: 0 }</style></article>';

function setUp(html = PAGE) {
  const doc = new JSDOM(`<!doctype html><body>${html}</body>`).window.document;
  const texts = () => {
    const walker = doc.createTreeWalker(doc.body, 4);
    const out: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
    return out;
  };
  /** A range over the first occurrence of `quote` in the body's text (may cross elements). */
  const rangeOf = (quote: string): Range => {
    const nodes = texts();
    const all = nodes.map((t) => t.data).join('');
    const at = all.indexOf(quote);
    if (at < 0) throw new Error(`not found: ${quote}`);
    const range = doc.createRange();
    let offset = 0;
    for (const t of nodes) {
      const end = offset + t.data.length;
      if (at >= offset && at < end) range.setStart(t, at - offset);
      if (at + quote.length > offset && at + quote.length <= end) {
        range.setEnd(t, at + quote.length - offset);
        break;
      }
      offset = end;
    }
    return range;
  };
  const marks = () => [...doc.querySelectorAll('mark')];
  const markTexts = () => marks().map((m) => m.textContent);
  return { doc, texts, rangeOf, marks, markTexts, painter: createPainter(doc) };
}

const item = (id: string, range: Range, color: Painted['color'] = 'yellow'): Painted => ({ id, color, range });

describe('the <mark> fallback painter', () => {
  it('paints a highlight across emphasis, a link and a paragraph break, and its range keeps its text', () => {
    const { doc, rangeOf, markTexts, painter } = setUp();
    const quote = 'Tuesday to discuss the harbour ferry.\nResidents asked';
    const range = rangeOf(quote);
    painter.paint([item('1', range)]);
    expect(markTexts()).toEqual(['Tuesday', ' to discuss the ', 'harbour ferry', '.', 'Residents asked']);
    expect(range.toString()).toBe(quote);
    expect(doc.body.textContent).toContain('The council met on Tuesday to discuss the harbour ferry.');
    expect(doc.querySelector('em mark')?.textContent).toBe('Tuesday');
    expect(doc.querySelector('a mark')?.textContent).toBe('harbour ferry');
  });

  it('gives the page back exactly: same HTML, same text nodes holding the same text', () => {
    const { doc, texts, rangeOf, painter } = setUp();
    const before = doc.body.innerHTML;
    const nodes = texts();
    const data = nodes.map((t) => t.data);
    painter.paint([item('1', rangeOf('met on Tuesday to')), item('2', rangeOf('later last'), 'blue')]);
    expect(doc.body.innerHTML).not.toBe(before);
    painter.paint([]);
    expect(doc.body.innerHTML).toBe(before);
    expect(texts()).toEqual(nodes);
    expect(nodes.map((t) => t.data)).toEqual(data);
  });

  it('repaints the same highlights without losing their text or piling up marks', () => {
    const { rangeOf, markTexts, texts, painter } = setUp();
    const first = rangeOf('council met');
    const second = rangeOf('the harbour ferry.\nResidents');
    const items = [item('1', first), item('2', second, 'green')];
    painter.paint(items);
    const painted = markTexts();
    const nodeCount = texts().length;
    for (let i = 0; i < 3; i++) painter.paint(items);
    expect(markTexts()).toEqual(painted);
    expect(texts().length).toBe(nodeCount);
    expect(first.toString()).toBe('council met');
    expect(second.toString()).toBe('the harbour ferry.\nResidents');
  });

  it('paints overlapping highlights, the later on top, and removes one without touching the other', () => {
    const { doc, rangeOf, marks, markTexts, painter } = setUp();
    const wide = rangeOf('asked for a later last crossing');
    const inner = rangeOf('later last');
    painter.paint([item('w', wide, 'yellow'), item('i', inner, 'blue')]);
    expect(markTexts()).toEqual(['asked for a ', 'later last', ' crossing']);
    // The colours as the page's CSS reads them back (0.40 becomes 0.4).
    const css = (c: string) => Object.assign(doc.createElement('i').style, { backgroundColor: c }).backgroundColor;
    expect(marks().map((m) => m.style.backgroundColor)).toEqual([HIGHLIGHT_CSS.yellow, HIGHLIGHT_CSS.blue, HIGHLIGHT_CSS.yellow].map(css));
    expect(wide.toString()).toBe('asked for a later last crossing');
    expect(inner.toString()).toBe('later last');

    painter.paint([item('i', inner, 'blue')]);
    expect(markTexts()).toEqual(['later last']);
    expect(inner.toString()).toBe('later last');
    expect(doc.getElementById('b')!.textContent).toBe('Residents asked for a later last crossing on Fridays.');
  });

  it('hides and shows the highlights, and a repaint while hidden stays hidden', () => {
    const { rangeOf, marks, painter } = setUp();
    const range = rangeOf('council met');
    painter.paint([item('1', range, 'pink')]);
    const shown = marks()[0]!.style.backgroundColor;
    expect(shown).not.toBe('');
    painter.setVisible(false);
    expect(marks().map((m) => m.style.backgroundColor)).toEqual(['transparent']);
    painter.paint([item('1', range, 'pink')]);
    expect(marks().map((m) => m.style.backgroundColor)).toEqual(['transparent']);
    painter.setVisible(true);
    expect(marks().map((m) => m.style.backgroundColor)).toEqual([shown]);
  });

  it('takes a range set on elements (a whole paragraph) and never wraps text inside a style element', () => {
    const { doc, rangeOf, markTexts, painter } = setUp();
    const paragraph = doc.createRange();
    paragraph.selectNodeContents(doc.getElementById('b')!);
    const across = rangeOf('Fridays.p { margin');
    painter.paint([item('1', paragraph), item('2', across, 'purple')]);
    expect(markTexts().join('')).toBe('Residents asked for a later last crossing on Fridays.');
    expect(doc.querySelector('style')!.childElementCount).toBe(0);
    expect(doc.querySelector('style')!.textContent).toBe('p { margin: 0 }');
    expect(paragraph.toString()).toBe('Residents asked for a later last crossing on Fridays.');
  });

  it('follows highlights the session placed again after the page changed (old pieces joined first)', () => {
    const { doc, rangeOf, markTexts, painter } = setUp();
    painter.paint([item('1', rangeOf('council met on'))]);
    // The page adds a paragraph; the session anchors again and paints the new ranges.
    doc.querySelector('article')!.prepend(Object.assign(doc.createElement('p'), { textContent: 'Advertisement' }));
    const again = rangeOf('council met on');
    painter.paint([item('1', again)]);
    expect(markTexts()).toEqual(['council met on']);
    expect(doc.getElementById('a')!.firstChild!.nodeType).toBe(3);
    expect(doc.getElementById('a')!.textContent).toBe('The council met on Tuesday to discuss the harbour ferry.');
  });
});
