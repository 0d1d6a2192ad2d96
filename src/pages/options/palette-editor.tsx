// The colour palette: the default colours are told apart with any colour vision (Okabe–Ito hues); each has
// a name and a meaning the reader may rewrite, and may be switched off in the toolbar.
import type { ColorName } from '../../shared/model';
import { DEFAULT_SETTINGS, type PaletteEntry } from '../../shared/settings';
import { t } from '../shared/i18n';
import { colorLabel, colorMeaning } from '../shared/palette';

interface Props {
  palette: PaletteEntry[];
  /** Edits apply to the stored palette, not the one rendered: two quick edits must not undo each other. */
  onEdit(edit: (palette: PaletteEntry[]) => PaletteEntry[]): void;
}

// The text fields are uncontrolled (keyed by the stored text, so a reset shows): a save finishing while the
// reader types elsewhere must not put old text back into a field.
export function PaletteEditor({ palette, onEdit }: Props) {
  const set = (color: ColorName, change: Partial<PaletteEntry>) => onEdit((current) => current.map((e) => (e.color === color ? { ...e, ...change } : e)));
  const enabledCount = palette.filter((e) => e.enabled).length;
  return (
    <section aria-labelledby="palette-heading">
      <h2 id="palette-heading">{t('palette')}</h2>
      <p class="hint">{t('paletteHint')}</p>
      <table class="palette">
        <thead>
          <tr><th scope="col">{t('colour')}</th><th scope="col">{t('colourName')}</th><th scope="col">{t('colourMeaning')}</th><th scope="col">{t('inToolbar')}</th></tr>
        </thead>
        <tbody>
          {palette.map((e) => (
            <tr key={e.color} class={`color-${e.color}`} data-testid={`palette-${e.color}`}>
              <th scope="row"><span class="swatch" aria-hidden="true" /> {t(`color_${e.color}`)}</th>
              <td><input type="text" aria-label={t('colourNameOf', t(`color_${e.color}`))} placeholder={colorLabel({ ...e, name: '' })}
                key={`name-${e.name}`} defaultValue={e.name} maxLength={60} onChange={(ev) => set(e.color, { name: (ev.target as HTMLInputElement).value })} /></td>
              <td><input type="text" aria-label={t('colourMeaningOf', t(`color_${e.color}`))} placeholder={colorMeaning({ ...e, meaning: '' })}
                key={`meaning-${e.meaning}`} defaultValue={e.meaning} maxLength={60} onChange={(ev) => set(e.color, { meaning: (ev.target as HTMLInputElement).value })} /></td>
              <td><input type="checkbox" aria-label={t('inToolbarOf', t(`color_${e.color}`))} checked={e.enabled}
                disabled={e.enabled && enabledCount === 1} onChange={(ev) => set(e.color, { enabled: (ev.target as HTMLInputElement).checked })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={() => onEdit(() => DEFAULT_SETTINGS.palette)}>{t('resetPalette')}</button>
    </section>
  );
}
