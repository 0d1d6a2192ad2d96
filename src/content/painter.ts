// Paints highlights. The CSS Custom Highlight API leaves the page's DOM untouched; where a browser lacks
// it, the fallback wraps text in <mark> elements that carry no id or note (ids stay in a WeakMap).
import { COLOR_NAMES, type ColorName } from '../shared/model';
import { HIGHLIGHT_CSS } from './palette';

export interface Painted {
  id: string;
  color: ColorName;
  range: Range;
}

export interface Painter {
  paint(items: Painted[]): void;
  setVisible(visible: boolean): void;
}

const NAME_PREFIX = 'marginalia-';

export function createPainter(doc: Document): Painter {
  const registry = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS?.highlights;
  return registry && typeof Highlight === 'function' ? highlightApiPainter(doc, registry) : markPainter(doc);
}

function highlightApiPainter(doc: Document, registry: HighlightRegistry): Painter {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(COLOR_NAMES.map((c) => `::highlight(${NAME_PREFIX}${c}){background-color:${HIGHLIGHT_CSS[c]};}`).join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    paint(items) {
      for (const color of COLOR_NAMES) {
        const ranges = items.filter((i) => i.color === color).map((i) => i.range);
        if (ranges.length > 0) registry.set(NAME_PREFIX + color, new Highlight(...ranges));
        else registry.delete(NAME_PREFIX + color);
      }
    },
    setVisible(visible) {
      sheet.disabled = !visible;
    },
  };
}

function markPainter(doc: Document): Painter {
  let marks: HTMLElement[] = [];
  let visible = true;
  const unwrapAll = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    marks = [];
  };
  return {
    paint(items) {
      unwrapAll();
      for (const item of items) marks.push(...wrapRange(doc, item.range, HIGHLIGHT_CSS[item.color]));
      for (const mark of marks) mark.style.backgroundColor = visible ? mark.dataset.bg ?? '' : 'transparent';
    },
    setVisible(next) {
      visible = next;
      for (const mark of marks) mark.style.backgroundColor = visible ? mark.dataset.bg ?? '' : 'transparent';
    },
  };
}

/** Wraps each text node inside `range` (split at its ends) in a <mark>. */
function wrapRange(doc: Document, range: Range, background: string): HTMLElement[] {
  const texts: Text[] = [];
  const start = range.commonAncestorContainer;
  if (start.nodeType === Node.TEXT_NODE) texts.push(start as Text);
  const walker = doc.createTreeWalker(start, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) texts.push(node as Text);
  }
  const marks: HTMLElement[] = [];
  for (let text of texts) {
    if (text === range.endContainer) text.splitText(range.endOffset);
    if (text === range.startContainer && range.startOffset > 0) text = text.splitText(range.startOffset);
    if (!text.textContent?.trim()) continue;
    const mark = doc.createElement('mark');
    mark.dataset.bg = background;
    mark.style.color = 'inherit';
    text.parentNode?.insertBefore(mark, text);
    mark.appendChild(text);
    marks.push(mark);
  }
  return marks;
}
