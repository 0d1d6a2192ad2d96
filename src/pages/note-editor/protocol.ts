// What the note-editor frame and the content script that shows it say to each other: the frame's address
// and "close me". No note text ever crosses into the page.
export const NOTE_EDITOR_PAGE = 'note-editor.html';
export const CLOSE_MESSAGE = 'marginalia-note-editor-close';

export function noteEditorPath(id: string, articleKey: string): string {
  return `${NOTE_EDITOR_PAGE}?${new URLSearchParams({ id, key: articleKey })}`;
}
