// Entry of note-editor.html, the note editor the content script shows in an iframe over the page. Being an
// extension page, its text is out of the page's reach: the page's scripts cannot read a note being typed.
import { mountPage } from '../shared/mount';
import { NoteEditor } from './note-editor';

const params = new URLSearchParams(location.search);
mountPage(<NoteEditor id={params.get('id') ?? ''} articleKey={params.get('key') ?? ''} />, 'noteEditorTitle');
