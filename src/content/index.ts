// The content script: runs once per page (injected on demand, or registered where the reader allowed
// automatic restore), starts the page session and answers the popup and the background.
import { COLOR_NAMES, type ColorName } from '../shared/model';
import { onTabRequest, t } from './ext';
import { createPainter } from './painter';
import { PageSession } from './page-session';
import { createSelectionToolbar } from './selection-toolbar';

const FLAG = '__marginaliaContentScript';
const scope = globalThis as unknown as Record<string, unknown>;

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const session = new PageSession(document, createPainter(document));
  const started = session.start().catch((error: unknown) => console.warn('Marginalia could not start:', error));
  let lastColor: ColorName = 'yellow';

  const colors = Object.fromEntries(COLOR_NAMES.map((c) => [c, t(`color_${c}`, c[0]!.toUpperCase() + c.slice(1))])) as Record<ColorName, string>;
  const toolbar = createSelectionToolbar(
    document,
    { highlight: t('highlight', 'Highlight'), addNote: t('addNote', 'Add note'), colors },
    (color, withNote) => {
      lastColor = color;
      toolbar.hide();
      void session.highlightSelection(color, withNote ? promptNote() : undefined).catch(console.error);
    },
  );

  const onSelectionEnd = (event: Event) => {
    if (event.composedPath().includes(toolbar.host)) return;
    // Wait a frame: the selection is final only after the event that ends it.
    setTimeout(() => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !selection.toString().trim()) return toolbar.hide();
      toolbar.show(selection.getRangeAt(0).getBoundingClientRect(), lastColor);
    }, 0);
  };
  document.addEventListener('mouseup', onSelectionEnd);
  document.addEventListener('keyup', onSelectionEnd);

  onTabRequest(async (request) => {
    await started;
    switch (request.type) {
      case 'tab-state':
        return session.state();
      case 'tab-highlight-selection': {
        toolbar.hide();
        const created = await session.highlightSelection(request.color ?? lastColor, request.withNote ? promptNote() : undefined);
        return { created, ...(created ? {} : { reason: 'Nothing is selected' }) };
      }
      case 'tab-scroll-to':
        return { scrolled: session.scrollTo(request.id) };
      case 'tab-refresh':
        return { painted: await session.refresh() };
      case 'tab-reattach': {
        const problem = await session.reattach(request.id);
        return { reattached: problem === null, ...(problem ? { reason: problem } : {}) };
      }
      case 'tab-set-visible':
        session.setVisible(request.visible);
        return { visible: request.visible };
    }
  });
}

/** Until the isolated note editor exists, a note typed with a highlight is asked for by the browser. */
function promptNote(): string | undefined {
  return window.prompt(t('notePrompt', 'Note for this highlight')) ?? undefined;
}
