// The export buttons: one per format that src/export provides, the reader's default format first.
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats';
import { t } from './i18n';

interface Props {
  preferred: string;
  disabled: boolean;
  onExport(format: ExportFormat): void;
}

export function ExportMenu({ preferred, disabled, onExport }: Props) {
  const first = (EXPORT_FORMATS as readonly string[]).includes(preferred) ? (preferred as ExportFormat) : 'markdown';
  const others = EXPORT_FORMATS.filter((f) => f !== first);
  return (
    <div class="export">
      <button type="button" class="primary" disabled={disabled} onClick={() => onExport(first)}>
        {t('exportAs', t(`format_${first}`))}
      </button>
      <details class="more-formats">
        <summary>{t('moreFormats')}</summary>
        <ul>
          {others.map((f) => (
            <li key={f}>
              <button type="button" disabled={disabled} onClick={() => onExport(f)}>{t('exportAs', t(`format_${f}`))}</button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
