// One highlight in the popup: its colour and quote (a click scrolls the page to it), its note edited in
// place and saved as the reader types, its tags and colour, and delete. An orphan offers re-attaching instead.
import type { Annotation, ColorName } from '../../shared/model';
import type { PaletteEntry } from '../../shared/settings';
import { ColorSelect } from '../shared/color-select';
import { t } from '../shared/i18n';
import { NoteField } from '../shared/note-field';
import { QuoteText } from '../shared/quote-text';
import { TagEditor } from '../shared/tag-editor';

export interface HighlightActions {
  onNote(id: string, note: string): Promise<void>;
  onTags(id: string, tags: string[]): void;
  onColor(id: string, color: ColorName): void;
  onDelete(annotation: Annotation): void;
  onShow(id: string): void;
  onReattach(id: string): void;
}

interface Props extends HighlightActions {
  annotation: Annotation;
  orphaned: boolean;
  palette: PaletteEntry[];
}

export function HighlightItem({ annotation: a, orphaned, palette, ...actions }: Props) {
  const short = a.quote.length > 40 ? `${a.quote.slice(0, 40)}…` : a.quote;
  return (
    <li class={`highlight color-${a.color}`} data-testid="highlight">
      {orphaned ? (
        <p class="quote"><QuoteText text={a.quote} /></p>
      ) : (
        <button class="quote" type="button" onClick={() => actions.onShow(a.id)} title={t('showInPage')}>
          <QuoteText text={a.quote} />
        </button>
      )}
      <NoteField note={a.note} label={t('noteFor', short)} onSave={(note) => actions.onNote(a.id, note)} />
      <TagEditor tags={a.tags} label={t('addTagTo', short)} onChange={(tags) => actions.onTags(a.id, tags)} />
      <div class="row">
        <ColorSelect value={a.color} palette={palette} label={t('colourOf', short)} onChange={(c) => actions.onColor(a.id, c)} />
        {orphaned && (
          <button type="button" class="link" onClick={() => actions.onReattach(a.id)}>{t('reattach')}</button>
        )}
        <button type="button" class="link delete" aria-label={t('deleteHighlight', short)} onClick={() => actions.onDelete(a)}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}
