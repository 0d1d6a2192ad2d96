// The small toolbar that appears above a text selection. It lives in a shadow root on a
// zero-size host, so the page's layout never shifts and the page's styles cannot reach it.
import { COLOR_NAMES, type ColorName } from '../shared/model';
import { HIGHLIGHT_CSS } from './palette';

export interface ToolbarLabels {
  highlight: string;
  addNote: string;
  colors: Record<ColorName, string>;
}

export interface SelectionToolbar {
  /** The element the toolbar lives in, so selection handling can ignore clicks inside it. */
  host: HTMLElement;
  show(rect: DOMRect, defaultColor: ColorName): void;
  hide(): void;
}

const STYLE = `
:host { all: initial; }
.bar { position: absolute; display: flex; gap: 4px; align-items: center; padding: 4px 6px; border-radius: 8px;
  background: #1f2328; box-shadow: 0 4px 14px rgba(0,0,0,.3); font: 13px/1.2 system-ui, sans-serif; z-index: 2147483647; }
.bar[hidden] { display: none; }
button { all: unset; cursor: pointer; color: #fff; padding: 4px 8px; border-radius: 6px; }
button:hover, button:focus-visible { background: #3b4250; outline: 2px solid #8ab4f8; outline-offset: 1px; }
button.swatch { width: 16px; height: 16px; padding: 0; border-radius: 50%; border: 2px solid #fff; }
`;

/** Space between the selection and the toolbar, in CSS pixels. */
const GAP_PX = 8;

export function createSelectionToolbar(
  doc: Document,
  labels: ToolbarLabels,
  onChoose: (color: ColorName, withNote: boolean) => void,
): SelectionToolbar {
  const host = doc.createElement('marginalia-toolbar');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.hidden = true;
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', labels.highlight);
  shadow.append(style, bar);
  let color: ColorName = 'yellow';

  const button = (name: string, action: () => void, swatch?: ColorName) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('aria-label', name);
    b.title = name;
    if (swatch) {
      b.className = 'swatch';
      b.style.background = HIGHLIGHT_CSS[swatch].replace(/[\d.]+\)$/, '1)');
    } else b.textContent = name;
    // Keep the page's selection: a mousedown on a button would otherwise clear it.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      action();
    });
    bar.append(b);
  };
  button(labels.highlight, () => onChoose(color, false));
  for (const c of COLOR_NAMES) button(labels.colors[c], () => onChoose(c, false), c);
  button(labels.addNote, () => onChoose(color, true));

  return {
    host,
    show(rect, defaultColor) {
      color = defaultColor;
      if (!host.isConnected) doc.documentElement.append(host);
      const view = doc.defaultView;
      bar.hidden = false;
      const top = rect.top + (view?.scrollY ?? 0) - bar.offsetHeight - GAP_PX;
      bar.style.top = `${Math.max(top, (view?.scrollY ?? 0) + 2)}px`;
      bar.style.left = `${Math.max(rect.left + (view?.scrollX ?? 0), 2)}px`;
    },
    hide() {
      bar.hidden = true;
    },
  };
}
