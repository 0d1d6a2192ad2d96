// Export defaults: the format the export buttons offer first, and what the library exports by default.
import { EXPORT_FORMATS } from '../../export/formats';
import type { ExportScope, Settings } from '../../shared/settings';
import { t } from '../shared/i18n';

interface Props {
  format: string;
  scope: ExportScope;
  onChange(patch: Partial<Settings>): void;
}

export function ExportDefaults({ format, scope, onChange }: Props) {
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportDefaults')}</h2>
      <label class="field">
        <span>{t('defaultFormat')}</span>
        <select value={format} onChange={(e) => onChange({ exportFormat: (e.target as HTMLSelectElement).value })}>
          {EXPORT_FORMATS.map((f) => <option key={f} value={f}>{t(`format_${f}`)}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('defaultScope')}</span>
        <select value={scope} onChange={(e) => onChange({ exportScope: (e.target as HTMLSelectElement).value as ExportScope })}>
          <option value="all">{t('scope_all')}</option>
          <option value="filtered">{t('scope_filtered')}</option>
        </select>
      </label>
    </section>
  );
}
