// The colour palette: the default colours are told apart with any colour vision (Okabe–Ito hues); each has
// a name and a meaning the reader may rewrite, and may be switched off in the toolbar.
import { useRef } from 'preact/hooks';
import { DEFAULT_SETTINGS, type PaletteEntry } from '../../shared/settings';
import { t } from '../shared/i18n';
import { colorLabel, colorMeaning } from '../shared/palette';

export function PaletteEditor({ palette, onChange }: { palette: PaletteEntry[]; onChange(palette: PaletteEntry[]): void }) {
  // Edits build on the last palette sent, not the last one rendered: two quick edits must not undo each other.
  const latest = useRef(palette);
  latest.current = palette;
  const set = (i: number, change: Partial<PaletteEntry>) => {
    latest.current = latest.current.map((e, j) => (j === i ? { ...e, ...change } : e));
    onChange(latest.current);
  };
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
          {palette.map((e, i) => (
            <tr key={e.color} class={`color-${e.color}`} data-testid={`palette-${e.color}`}>
              <th scope="row"><span class="swatch" aria-hidden="true" /> {t(`color_${e.color}`)}</th>
              <td><input type="text" aria-label={t('colourNameOf', t(`color_${e.color}`))} placeholder={colorLabel({ ...e, name: '' })}
                value={e.name} maxLength={60} onChange={(ev) => set(i, { name: (ev.target as HTMLInputElement).value })} /></td>
              <td><input type="text" aria-label={t('colourMeaningOf', t(`color_${e.color}`))} placeholder={colorMeaning({ ...e, meaning: '' })}
                value={e.meaning} maxLength={60} onChange={(ev) => set(i, { meaning: (ev.target as HTMLInputElement).value })} /></td>
              <td><input type="checkbox" aria-label={t('inToolbarOf', t(`color_${e.color}`))} checked={e.enabled}
                disabled={e.enabled && enabledCount === 1} onChange={(ev) => set(i, { enabled: (ev.target as HTMLInputElement).checked })} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="secondary" onClick={() => onChange(DEFAULT_SETTINGS.palette)}>{t('resetPalette')}</button>
    </section>
  );
}
