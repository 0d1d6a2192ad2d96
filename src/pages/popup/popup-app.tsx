// The popup: the current tab's article, its highlights and notes, and export.
import { useEffect, useState } from 'preact/hooks';
import { articleFileName } from '../../export/file-name';
import { toMarkdown } from '../../export/markdown';
import { browser } from '../../shared/browser-api';
import type { Annotation } from '../../shared/model';
import { ask, askTab } from '../../shared/send';
import { downloadText } from '../shared/download';
import { t } from '../shared/i18n';
import { ArticleCard } from './article-card';
import { HighlightItem } from './highlight-item';
import { loadTab, resolveTabId, type TabLoad } from './load-tab';

export function PopupApp() {
  const [load, setLoad] = useState<TabLoad | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      const tabId = await resolveTabId(location.search);
      const result = tabId === null ? ({ kind: 'error', message: 'noTab' } as const) : await loadTab(tabId);
      setLoad(result);
      if (result.kind === 'ready') setAnnotations(result.state.annotations);
    })();
  }, []);

  if (!load) return <p class="state" role="status">{t('loading')}</p>;
  if (load.kind === 'restricted') return <p class="state" role="status">{t('restricted')}</p>;
  if (load.kind === 'error') return <p class="state" role="alert">{t('loadError', load.message)}</p>;

  const { tabId, state } = load;
  const orphans = new Set(state.orphanIds);
  const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const refreshPage = () => askTab(browser, tabId, { type: 'tab-refresh' }).catch(report);

  const saveNote = async (id: string, note: string) => {
    try {
      const updated = await ask(browser, { type: 'annotation-update', id, patch: { note } });
      setAnnotations((list) => list.map((a) => (a.id === id ? updated : a)));
    } catch (e) {
      report(e);
    }
  };
  const remove = async (annotation: Annotation) => {
    try {
      await ask(browser, { type: 'annotation-delete', id: annotation.id });
      setAnnotations((list) => list.filter((a) => a.id !== annotation.id));
      setUndo(annotation);
      await refreshPage();
    } catch (e) {
      report(e);
    }
  };
  const restore = async () => {
    if (!undo) return;
    try {
      const back = await ask(browser, { type: 'annotation-restore', annotation: undo });
      setAnnotations((list) => [...list, back].sort((a, b) => a.created.localeCompare(b.created)));
      setUndo(null);
      await refreshPage();
    } catch (e) {
      report(e);
    }
  };
  const exportMarkdown = () => {
    const text = toMarkdown(state.article, annotations, new Date());
    downloadText(articleFileName(state.article, 'md'), text, 'text/markdown');
  };

  const placed = annotations.filter((a) => !orphans.has(a.id));
  const orphaned = annotations.filter((a) => orphans.has(a.id));
  const item = (a: Annotation) => (
    <HighlightItem key={a.id} annotation={a} orphaned={orphans.has(a.id)} onNote={saveNote} onDelete={remove}
      onShow={(id) => void askTab(browser, tabId, { type: 'tab-scroll-to', id }).catch(report)} />
  );

  return (
    <main>
      <ArticleCard article={state.article} isArticle={state.info?.isArticle ?? false} />
      {error && <p class="error" role="alert">{error}</p>}
      {undo && (
        <p class="undo" role="status">
          {t('deleted')} <button type="button" onClick={restore}>{t('undo')}</button>
        </p>
      )}
      <section aria-labelledby="highlights-heading">
        <h2 id="highlights-heading">{t('highlights')} ({placed.length})</h2>
        {placed.length === 0 ? <p class="empty">{t('noHighlights')}</p> : <ol class="highlights">{placed.map(item)}</ol>}
      </section>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphans-heading">
          <h2 id="orphans-heading">{t('orphans')} ({orphaned.length})</h2>
          <p class="hint">{t('orphansHint')}</p>
          <ol class="highlights">{orphaned.map(item)}</ol>
        </section>
      )}
      <footer>
        <button type="button" onClick={exportMarkdown} disabled={annotations.length === 0}>{t('exportMarkdown')}</button>
      </footer>
    </main>
  );
}

