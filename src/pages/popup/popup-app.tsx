// The popup: finds the tab, then shows one of its states — loading, closed to extensions, an error, or the
// page with its article and highlights.
import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { t } from '../shared/i18n';
import { useSettings } from '../shared/use-settings';
import { ArticleView } from './article-view';
import { LibraryLink } from './links';
import { loadTab, resolveTabId, type TabLoad } from './load-tab';

export function PopupApp() {
  const [load, setLoad] = useState<TabLoad | null>(null);
  const [settings] = useSettings();
  /** Counts loads: the article view starts afresh from each new state (its lists are its own state). */
  const [loads, setLoads] = useState(0);

  const reload = async () => {
    const tabId = await resolveTabId(location.search);
    setLoad(tabId === null ? { kind: 'error', message: t('noTab') } : await loadTab(tabId));
    setLoads((n) => n + 1);
  };
  useEffect(() => void reload(), []);

  if (!load) {
    return <p class="state" role="status" aria-busy="true" data-testid="state-loading">{t('loading')}</p>;
  }
  if (load.kind === 'restricted') {
    return (
      <main class="state" data-testid="state-restricted">
        <h1>{t('restrictedTitle')}</h1>
        <p role="status">{t(`restricted_${load.reason}`)}</p>
        <LibraryLink />
      </main>
    );
  }
  if (load.kind === 'error') {
    return (
      <main class="state" data-testid="state-error">
        <h1>{t('loadErrorTitle')}</h1>
        <p role="alert">{t('loadError', load.message)}</p>
        <button type="button" class="primary" onClick={() => void reload()}>{t('tryAgain')}</button>
      </main>
    );
  }
  // The card does not wait for the settings: the defaults serve until they are read.
  return <ArticleView key={loads} tabId={load.tabId} state={load.state} settings={settings ?? DEFAULT_SETTINGS} onStale={() => void reload()} />;
}
