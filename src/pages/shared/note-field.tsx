// A note edited in place: saved a moment after the reader stops typing, and on leaving the field.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './i18n';

/** Saves a note this long after the last keystroke, so typing does not write on every key. */
const NOTE_SAVE_DELAY_MS = 400;

interface Props {
  note: string;
  label: string;
  onSave(note: string): Promise<void>;
  autoFocus?: boolean;
}

export function NoteField({ note: initial, label, onSave, autoFocus }: Props) {
  const [note, setNote] = useState(initial);
  const [saved, setSaved] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  /** The text typed but not yet saved; saved at once if the field goes away (popup closed, item removed). */
  const pending = useRef<string | null>(null);

  const save = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
    void onSave(text).then(() => setSaved(true));
  };
  useEffect(() => {
    if (autoFocus) field.current?.focus();
    const flush = () => {
      if (pending.current !== null) save(pending.current);
    };
    addEventListener('pagehide', flush);
    return () => {
      removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  return (
    <div class="note">
      <textarea ref={field} aria-label={label} placeholder={t('notePlaceholder')} value={note}
        onInput={(e) => {
          const text = (e.target as HTMLTextAreaElement).value;
          setNote(text);
          setSaved(false);
          pending.current = text;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(text), NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => !saved && save(note)} />
      <span class="status" aria-live="polite">{saved ? '' : t('saving')}</span>
    </div>
  );
}
