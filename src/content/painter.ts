// Paints highlights. The CSS Custom Highlight API leaves the page's DOM untouched; where a browser lacks
// it, the fallback (mark-painter.ts) wraps text in <mark> elements that carry no id or note.
import { COLOR_NAMES, type ColorName } from '../shared/model';
import { markPainter } from './mark-painter';
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
  return registry && typeof Highlight === 'function' ? highlightApiPainter(doc, registry) : markPainter(doc, HIGHLIGHT_CSS);
}

function highlightApiPainter(doc: Document, registry: HighlightRegistry): Painter {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(COLOR_NAMES.map((c) => `::highlight(${NAME_PREFIX}${c}){background-color:${HIGHLIGHT_CSS[c]};}`).join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  // Hiding takes the highlights out of the registry (the stylesheet stays): the page's scripts can list its
  // ranges, and a reader who hid them should not leave them readable there until the page is left.
  let painted: Painted[] = [];
  let visible = true;
  const register = () => {
    for (const color of COLOR_NAMES) {
      const ranges = visible ? painted.filter((i) => i.color === color).map((i) => i.range) : [];
      if (ranges.length > 0) registry.set(NAME_PREFIX + color, new Highlight(...ranges));
      else registry.delete(NAME_PREFIX + color);
    }
  };
  return {
    paint(items) {
      painted = items;
      register();
    },
    setVisible(next) {
      visible = next;
      register();
    },
  };
}
