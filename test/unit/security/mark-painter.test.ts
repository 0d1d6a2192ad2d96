// Where the CSS Custom Highlight API is missing, the painter wraps text in <mark> elements the page can
// see: they must carry an inline style with the colour and nothing else (no id, no note, no class a page could key on).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../src/content/painter';

const ID = '5b0a3c1e-2f4d-4e6a-9b8c-7d1e2f3a4b5c';

describe('the <mark> fallback painter', () => {
  it('leaves no annotation id in the page', () => {
    const dom = new JSDOM('<p id="p">The council met on Tuesday to discuss the ferry.</p>');
    // The painter walks with the page's Node and NodeFilter, as a content script does in its window.
    Object.assign(globalThis, { Node: dom.window.Node, NodeFilter: dom.window.NodeFilter });
    const doc = dom.window.document;
    const text = doc.getElementById('p')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 4);
    range.setEnd(text, 11);
    createPainter(doc).paint([{ id: ID, color: 'yellow', range }]);
    const marks = [...doc.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual(['council']);
    expect(doc.documentElement.outerHTML).not.toContain(ID);
    expect(marks.flatMap((m) => m.getAttributeNames())).toEqual(['style']);
    expect(marks[0]!.getAttribute('style')).not.toMatch(/5b0a|yellow/);
  });
});
