// One highlight in the popup: its colour and quote (a click scrolls the page to it), its note edited in
// place and saved as the reader types, and delete.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Annotation } from '../../shared/model';
import { t } from '../shared/i18n';

/** Saves a note this long after the last keystroke, so typing does not write on every key. */
const NOTE_SAVE_DELAY_MS = 400;

interface Props {
  annotation: Annotation;
  orphaned: boolean;
  onNote(id: string, note: string): Promise<void>;
  onDelete(annotation: Annotation): void;
  onShow(id: string): void;
}

export function HighlightItem({ annotation, orphaned, onNote, onDelete, onShow }: Props) {
  const [note, setNote] = useState(annotation.note);
  const [saved, setSaved] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = (text: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    void onNote(annotation.id, text).then(() => setSaved(true));
  };
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return (
    <li class={`highlight color-${annotation.color}`} data-testid="highlight">
      <button class="quote" type="button" disabled={orphaned} onClick={() => onShow(annotation.id)} title={t('showInPage')}>
        <span class="swatch" aria-label={t(`color_${annotation.color}`)} />
        <q>{annotation.quote}</q>
      </button>
      <textarea
        aria-label={t('noteFor', annotation.quote.slice(0, 40))}
        placeholder={t('notePlaceholder')}
        value={note}
        onInput={(e) => {
          const text = (e.target as HTMLTextAreaElement).value;
          setNote(text);
          setSaved(false);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(text), NOTE_SAVE_DELAY_MS);
        }}
        onBlur={() => !saved && save(note)}
      />
      <div class="row">
        <span class="status" aria-live="polite">{saved ? '' : t('saving')}</span>
        <button type="button" class="delete" onClick={() => onDelete(annotation)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
