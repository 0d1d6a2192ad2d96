// The in-page note editor: the highlight's quote, its note (saved as the reader types) and Done. Escape or
// Done saves and asks the content script to close the frame; the message carries nothing but that request.
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from '../../shared/browser-api';
import type { Annotation } from '../../shared/model';
import { ask } from '../../shared/send';
import { t } from '../shared/i18n';
import { QuoteText } from '../shared/quote-text';
import { useSettings } from '../shared/use-settings';
import { CLOSE_MESSAGE } from './protocol';

/** Saves this long after the last keystroke. */
const SAVE_DELAY_MS = 400;

export function NoteEditor({ id, articleKey }: { id: string; articleKey: string }) {
  useSettings(); // applies the reader's theme
  const [annotation, setAnnotation] = useState<Annotation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const text = useRef('');
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    ask(browser, { type: 'annotations-list', articleKey }).then((list) => {
      const found = list.find((a) => a.id === id);
      if (!found) return setError(t('noteEditorMissing'));
      text.current = found.note;
      setAnnotation(found);
    }, (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
  }, []);
  useEffect(() => field.current?.focus(), [annotation]);

  const save = async () => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = null;
    await ask(browser, { type: 'annotation-update', id, patch: { note: text.current } });
    setStatus(t('saved'));
  };
  const close = async () => {
    try {
      if (annotation && text.current !== annotation.note) await save();
      parent.postMessage({ type: CLOSE_MESSAGE }, '*');
    } catch (e) {
      setError(String(e instanceof Error ? e.message : e));
    }
  };

  return (
    <main class="note-editor" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), void close())}>
      <h1 class="visually-hidden">{t('noteEditorTitle')}</h1>
      {error && <p class="error" role="alert">{error}</p>}
      {annotation && (
        <>
          <p class={`quote color-${annotation.color}`} dir="auto"><QuoteText text={annotation.quote} /></p>
          <textarea ref={field} aria-label={t('noteForHighlight')} placeholder={t('notePlaceholder')} defaultValue={annotation.note}
            onInput={(e) => {
              text.current = (e.target as HTMLTextAreaElement).value;
              setStatus(t('saving'));
              if (pending.current) clearTimeout(pending.current);
              pending.current = setTimeout(() => void save(), SAVE_DELAY_MS);
            }} />
        </>
      )}
      <div class="actions">
        <span class="status" role="status">{status}</span>
        <button type="button" class="primary" onClick={() => void close()}>{t('done')}</button>
      </div>
    </main>
  );
}
