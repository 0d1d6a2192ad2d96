// Shows the note editor over the page: an iframe of the extension's note-editor.html (another origin, so the
// page's scripts cannot read what is typed) in a closed shadow root on a zero-size, absolutely positioned
// host, so the page's layout never shifts.
import { CLOSE_MESSAGE, noteEditorPath } from '../pages/note-editor/protocol';
import { runtime } from './ext';

const WIDTH_PX = 320;
const HEIGHT_PX = 190;
/** Space between the highlight and the editor, in CSS pixels. */
const GAP_PX = 6;


export interface NoteFrame {
  open(id: string, articleKey: string, near: DOMRect): void;
  close(): void;
  isOpen(): boolean;
  /** True when the event happened inside the editor's host (so page handlers can ignore it). */
  contains(event: Event): boolean;
}

/** `onClose` runs after the editor closes: the note changed in the library, behind the page session's back. */
export function createNoteFrame(doc: Document, onClose: () => void): NoteFrame {
  const host = doc.createElement('marginalia-note');
  host.style.cssText = 'position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483647;';
  const shadow = host.attachShadow({ mode: 'closed' });
  let frame: HTMLIFrameElement | null = null;
  let returnFocus: Element | null = null;
  const view = doc.defaultView!;

  const close = () => {
    if (frame) onClose();
    frame?.remove();
    frame = null;
    host.remove();
    if (returnFocus instanceof HTMLElement) returnFocus.focus();
    returnFocus = null;
  };
  view.addEventListener('message', (event) => {
    if (frame && event.source === frame.contentWindow && (event.data as { type?: unknown })?.type === CLOSE_MESSAGE) close();
  });
  // A click elsewhere on the page closes the editor (the note is saved as it is typed).
  doc.addEventListener('mousedown', (event) => {
    if (frame && !event.composedPath().includes(host)) close();
  }, true);

  return {
    open(id, articleKey, near) {
      close();
      returnFocus = doc.activeElement;
      frame = doc.createElement('iframe');
      frame.src = runtime.getURL(noteEditorPath(id, articleKey));
      frame.title = 'Marginalia';
      const left = Math.min(Math.max(near.left + view.scrollX, view.scrollX + 4), view.scrollX + view.innerWidth - WIDTH_PX - 4);
      const below = near.bottom + GAP_PX + HEIGHT_PX < view.innerHeight;
      const top = (below ? near.bottom + GAP_PX : Math.max(near.top - GAP_PX - HEIGHT_PX, 4)) + view.scrollY;
      frame.style.cssText = `position:absolute;left:${Math.max(left, 0)}px;top:${top}px;width:${WIDTH_PX}px;height:${HEIGHT_PX}px;`
        + 'border:1px solid #8c959f;border-radius:8px;box-shadow:0 6px 20px rgba(0,0,0,.3);background:#fff;color-scheme:normal;';
      shadow.append(frame);
      doc.documentElement.append(host);
      frame.addEventListener('load', () => frame?.focus(), { once: true });
    },
    close,
    isOpen: () => frame !== null,
    contains: (event) => event.composedPath().includes(host),
  };
}
