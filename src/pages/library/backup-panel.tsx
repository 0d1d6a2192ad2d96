// Export, backup and import. Import sends the file's text to the background, which takes all of it or
// nothing and names the problem; that message is shown as it comes. The backup file is made in the background,
// where the records are, and arrives as finished text.
import { useState } from 'preact/hooks';
import { checkBackupSize } from '../../export/backup';
import { exportLibrary, formatInfo, type ExportFormat } from '../../export/formats';
import type { LibraryFilter } from '../../shared/messages';
import type { ExportScope } from '../../shared/settings';
import { askBackground, canPostToBackground } from '../shared/ask-background';
import { snapshotOfHits } from './library-view';
import { downloadText } from '../shared/download';
import { ExportMenu } from '../shared/export-menu';
import { formatNumber, t } from '../shared/i18n';

interface Props {
  preferredFormat: string;
  defaultScope: ExportScope;
  filtering: boolean;
  /** The search or filter the list shows, when one is on. */
  shownSearch: { query: string; filter: LibraryFilter } | null;
  onImported(): void;
}

export function BackupPanel({ preferredFormat, defaultScope, filtering, shownSearch, onImported }: Props) {
  const [scope, setScope] = useState<ExportScope>(defaultScope);
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const fail = (e: unknown) => setResult({ text: e instanceof Error ? e.message : String(e), error: true });
  const useShown = scope === 'filtered' && filtering && shownSearch !== null;

  const exportAs = async (format: ExportFormat) => {
    try {
      // Every result of the search, not only the pages the list has fetched so far.
      const snapshot = useShown
        ? snapshotOfHits((await askBackground({ type: 'library-search', ...shownSearch })).hits)
        : await askBackground({ type: 'library-snapshot' });
      const file = exportLibrary(format, snapshot, new Date());
      downloadText(file.name, file.text, formatInfo(format).mediaType);
    } catch (e) {
      fail(e);
    }
  };
  const backup = async () => {
    try {
      const { text, exportedAt } = await askBackground({ type: 'backup-export' });
      downloadText(`marginalia backup ${exportedAt.slice(0, 10)}.json`, text, 'application/json');
    } catch (e) {
      fail(e);
    }
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setResult(null);
    try {
      // A file too large is refused by its size, before the page reads it.
      const tooLarge = checkBackupSize(file.size);
      if (tooLarge) throw new Error(tooLarge);
      // Posted, the file goes as a handle and the worker reads it: no 14 MB text is read here and copied there.
      const s = (await canPostToBackground())
        ? await askBackground({ type: 'backup-import-file', file })
        : await askBackground({ type: 'backup-import', text: await file.text() });
      const added = formatNumber(s.annotationsAdded);
      const updated = formatNumber(s.annotationsUpdated);
      const articles = formatNumber(s.articlesAdded + s.articlesUpdated);
      setResult({ text: t('importDone', [added, updated, articles]), error: false });
      onImported();
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section class="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('exportAndBackup')}</h2>
      <fieldset class="scope">
        <legend>{t('exportWhat')}</legend>
        <label class="choice"><input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} />{t('scope_all')}</label>
        <label class="choice"><input type="radio" name="scope" checked={scope === 'filtered'} disabled={!filtering}
          onChange={() => setScope('filtered')} />{t('scope_filtered')}</label>
      </fieldset>
      <ExportMenu preferred={preferredFormat} disabled={false} onExport={(f) => void exportAs(f)} />
      <div class="backup-actions">
        <button type="button" class="secondary" onClick={() => void backup()}>{t('downloadBackup')}</button>
        <label class="secondary file-button">
          {t('importBackup')}
          <input type="file" accept=".json,application/json" class="visually-hidden" onChange={(e) => void importFile(e.target as HTMLInputElement)} />
        </label>
      </div>
      {result && (
        <p class={result.error ? 'error' : 'hint'} role={result.error ? 'alert' : 'status'} data-testid="import-result">{result.text}</p>
      )}
    </section>
  );
}
