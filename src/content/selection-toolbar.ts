// The small toolbar that appears above a text selection. It lives in a closed shadow root on a zero-size,
// absolutely positioned host, so the page's layout never shifts, the page's styles cannot reach it and the page's
// scripts cannot read it (the reader's palette names and meanings are in its buttons).
// Keyboard: with the toolbar showing, Tab moves into it (it sits outside the page's tab order), arrow keys
// move between its buttons (the ARIA toolbar pattern), Escape closes it and gives focus back.
import type { ColorName } from '../shared/model';
import { HIGHLIGHT_CSS } from './palette';

export interface ToolbarColor {
  color: ColorName;
  /** The accessible name ("Yellow", or the reader's own name for it). */
  name: string;
  /** What the reader means by it, shown as a tooltip. */
  meaning: string;
}

export interface ToolbarLabels {
  highlight: string;
  addNote: string;
  colors: ToolbarColor[];
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
button { all: unset; cursor: pointer; color: #fff; padding: 4px 8px; border-radius: 6px; white-space: nowrap; }
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
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.hidden = true;
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', labels.highlight);
  shadow.append(style, bar);
  let color: ColorName = 'yellow';
  let returnFocus: Element | null = null;
  const buttons: HTMLButtonElement[] = [];

  const button = (name: string, action: () => void, swatch?: ToolbarColor) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.tabIndex = buttons.length === 0 ? 0 : -1;
    b.setAttribute('aria-label', name);
    b.title = swatch?.meaning ? `${name}: ${swatch.meaning}` : name;
    if (swatch) {
      b.className = 'swatch';
      b.style.background = HIGHLIGHT_CSS[swatch.color].replace(/[\d.]+\)$/, '1)');
    } else b.textContent = name;
    // Keep the page's selection: a mousedown on a button would otherwise clear it.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => {
      e.stopPropagation();
      action();
    });
    buttons.push(b);
    bar.append(b);
  };
  button(labels.highlight, () => onChoose(color, false));
  for (const c of labels.colors) button(c.name, () => onChoose(c.color, false), c);
  button(labels.addNote, () => onChoose(color, true));

  const focusAt = (i: number) => {
    const n = buttons.length;
    const target = buttons[((i % n) + n) % n]!;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  };
  const hide = (giveFocusBack: boolean) => {
    const hadFocus = shadow.activeElement !== null;
    bar.hidden = true;
    if (giveFocusBack && hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus();
    returnFocus = null;
  };
  bar.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(shadow.activeElement as HTMLButtonElement);
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: -1 };
    if (e.key in moves) focusAt(moves[e.key]!);
    else if (e.key === 'Escape') hide(true);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  // The toolbar is outside the page's tab order: Tab with a fresh selection enters it.
  doc.addEventListener('keydown', (e) => {
    if (bar.hidden || e.key !== 'Tab' || e.shiftKey || e.composedPath().includes(host)) return;
    e.preventDefault();
    returnFocus = doc.activeElement;
    focusAt(0);
  }, true);

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
      hide(true);
    },
  };
}
