// The content script: runs once per page (injected on demand, or registered where the reader allowed
// automatic restore), starts the page session and answers the popup and the background.
import type { ColorName } from '../shared/model';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';
import { MAX_REASON_CHARS } from '../shared/messages';
import { ask } from '../shared/send';
import { extensionApi, onTabRequest, runtime, t } from './ext';
import { highlightAt } from './hit-test';
import { createNoteFrame } from './note-frame';
import { createPainter } from './painter';
import { PageSession } from './page-session';
import { createSelectionToolbar, type SelectionToolbar } from './selection-toolbar';

const FLAG = '__marginaliaContentScript';
const scope = globalThis as unknown as Record<string, unknown>;

if (!scope[FLAG]) {
  scope[FLAG] = true;
  // The reader's settings (reading speed, palette) come first: detection measures the reading time with them.
  const storage = extensionApi.storage;
  let settings: Settings = DEFAULT_SETTINGS;
  const loaded = (storage ? loadSettings(storage.local) : Promise.resolve(DEFAULT_SETTINGS)).then((s) => (settings = s));
  const session = new PageSession(document, createPainter(document), { wordsPerMinute: () => settings.wordsPerMinute });
  // The isolated world's global is the extension's alone (the page cannot see it): the restore benchmark
  // reads how long the last restore took from here, over the DevTools protocol.
  scope.marginalia = { restoreTimings: () => session.restoreTimings() };
  const started = loaded.then(() => session.start()).catch((error: unknown) => console.warn('Marginalia could not start:', error));
  const notes = createNoteFrame(document, () => void session.refresh().catch(console.warn));
  let lastColor: ColorName = 'yellow';
  /** Hidden highlights (the popup's switch) are not there to click. */
  let highlightsVisible = true;

  /** Highlights the selection; with a note, opens the editor at the new highlight once it is saved. */
  const highlight = async (color: ColorName, withNote: boolean) => {
    const rect = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0).getBoundingClientRect() : null;
    const created = await session.highlightSelection(color);
    const key = session.articleKey();
    if (created && withNote && key && rect) notes.open(created.id, key, rect);
    return created;
  };

  /** Puts `reason` on this tab's toolbar icon (the background does it; the page sees nothing). */
  const showFailure = (reason: string) => {
    console.warn('Marginalia could not highlight:', reason);
    void ask({ runtime }, { type: 'highlight-failed', reason: reason.slice(0, MAX_REASON_CHARS) }).catch(() => {});
  };

  // Built once the settings are read, so its colours are the reader's palette.
  let toolbar: SelectionToolbar | null = null;
  const toolbarFor = (): SelectionToolbar => (toolbar ??= createSelectionToolbar(
    document,
    {
      highlight: t('highlight', 'Highlight'),
      addNote: t('addNote', 'Add note'),
      colors: settings.palette.filter((e) => e.enabled).map((e) => ({
        color: e.color,
        name: e.name || t(`color_${e.color}`, e.color[0]!.toUpperCase() + e.color.slice(1)),
        meaning: e.meaning || t(`meaning_${e.color}`, ''),
      })),
    },
    (color, withNote) => {
      lastColor = color;
      toolbar?.hide();
      // A failure must not pass unseen: the tab's toolbar icon says why, as it does for the shortcut and the menu.
      void highlight(color, withNote).then(
        (created) => created ?? showFailure(t('highlightNoSelection', 'select some text on the page first.')),
        (error: unknown) => showFailure(error instanceof Error ? error.message : String(error)),
      );
    },
  ));

  const onSelectionEnd = (event: Event) => {
    if ((toolbar && event.composedPath().includes(toolbar.host)) || notes.contains(event)) return;
    // Wait a frame: the selection is final only after the event that ends it.
    setTimeout(() => {
      const selection = document.getSelection();
      if (!selection || selection.isCollapsed || !selection.toString().trim()) return toolbar?.hide();
      void loaded.then(() => toolbarFor().show(selection.getRangeAt(0).getBoundingClientRect(), lastColor));
    }, 0);
  };
  document.addEventListener('mouseup', onSelectionEnd);
  document.addEventListener('keyup', onSelectionEnd);

  // A click on a highlight (not the end of a new selection) opens its note.
  document.addEventListener('click', (event) => {
    if (event.button !== 0 || notes.contains(event) || (toolbar && event.composedPath().includes(toolbar.host))) return;
    if (!highlightsVisible || !document.getSelection()?.isCollapsed) return;
    const hit = highlightAt(session.placedRanges(), event.clientX, event.clientY);
    const key = session.articleKey();
    if (hit && key) notes.open(hit.id, key, hit.rect);
  });

  onTabRequest(async (request) => {
    await started;
    switch (request.type) {
      case 'tab-state':
        return session.state();
      case 'tab-highlight-selection': {
        toolbar?.hide();
        const created = await highlight(request.color ?? lastColor, request.withNote === true);
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
        highlightsVisible = request.visible;
        return { visible: request.visible };
    }
  });
}
