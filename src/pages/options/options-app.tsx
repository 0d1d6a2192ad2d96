// The options page: reading speed, palette, automatic restore, theme and export defaults. Every change is
// stored at once (no Save button to forget); a polite status line confirms it.
import { useState } from 'preact/hooks';
import type { PaletteEntry } from '../../shared/settings';
import { t } from '../shared/i18n';
import { useSettings, type SettingsChange } from '../shared/use-settings';
import { ExportDefaults } from './export-defaults';
import { PaletteEditor } from './palette-editor';
import { ReadingSpeed } from './reading-speed';
import { RestoreSites } from './restore-sites';
import { ThemePicker } from './theme-picker';

export function OptionsApp() {
  const [settings, update] = useSettings();
  const [status, setStatus] = useState('');
  if (!settings) return <p role="status">{t('loadingSettings')}</p>;
  const change = (patch: SettingsChange) => void update(patch).then(() => setStatus(t('settingsSaved')));
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <ReadingSpeed value={settings.wordsPerMinute} onChange={(wordsPerMinute) => change({ wordsPerMinute })} />
      <PaletteEditor palette={settings.palette}
        onEdit={(edit: (palette: PaletteEntry[]) => PaletteEntry[]) => change((current) => ({ palette: edit(current.palette) }))} />
      <RestoreSites />
      <ThemePicker value={settings.theme} onChange={(theme) => change({ theme })} />
      <ExportDefaults format={settings.exportFormat} scope={settings.exportScope} onChange={change} />
      <p class="status" role="status" aria-live="polite">{status}</p>
    </main>
  );
}
