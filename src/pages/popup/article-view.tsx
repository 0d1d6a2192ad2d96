// The popup on a page it can read: the article card, the highlights in document order, orphans apart,
// the show/hide switch, export and links to the library and the options.
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportArticle, formatInfo, type ExportFormat } from '../../export/formats';
import { browser } from '../../shared/browser-api';
import type { TabState } from '../../shared/messages';
import type { Annotation, ColorName } from '../../shared/model';
import type { Settings } from '../../shared/settings';
import { ask, askTab } from '../../shared/send';
import { downloadText } from '../shared/download';
import { ExportMenu } from '../shared/export-menu';
import { t } from '../shared/i18n';
import { ArticleCard } from './article-card';
import { HighlightItem, type HighlightActions } from './highlight-item';
import { LibraryLink, openExtensionPage } from './links';
import { useUndo } from './use-undo';

export const CARD_SHOWN_MARK = 'marginalia-article-card-shown';

interface Props {
  tabId: number;
  state: TabState;
  settings: Settings;
  /** The page's highlights moved (an orphan re-attached): load the tab's state again. */
  onStale(): void;
}

export function ArticleView({ tabId, state, settings, onStale }: Props) {
  const [annotations, setAnnotations] = useState<Annotation[]>(state.annotations);
  const [error, setError] = useState<string | null>(null);
  const [visible, setVisible] = useState(state.visible);
  const report = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const refreshPage = () => askTab(browser, tabId, { type: 'tab-refresh' }).catch(report);
  const replace = (updated: Annotation) => setAnnotations((list) => list.map((a) => (a.id === updated.id ? updated : a)));
  const undo = useUndo(annotations, setAnnotations, refreshPage, report);
  // The deleted item took the focus with it: Undo receives it, so a keyboard reader stays in place.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => undoButton.current?.focus(), [undo.deleted]);
  // When the card is on screen, relative to the popup's navigation: what the popup benchmark reads.
  useEffect(() => void performance.mark(CARD_SHOWN_MARK), []);

  const patch = async (id: string, change: { note?: string; tags?: string[]; color?: ColorName }) => {
    try {
      replace(await ask(browser, { type: 'annotation-update', id, patch: change }));
      if (change.color) await refreshPage();
    } catch (e) {
      report(e);
    }
  };
  const actions: HighlightActions = {
    onNote: (id, note) => patch(id, { note }),
    onTags: (id, tags) => void patch(id, { tags }),
    onColor: (id, color) => void patch(id, { color }),
    onDelete: (a) => void undo.remove(a),
    onShow: (id) => void askTab(browser, tabId, { type: 'tab-scroll-to', id }).catch(report),
    onReattach: (id) => void askTab(browser, tabId, { type: 'tab-reattach', id }).then(
      (r) => (r.reattached ? onStale() : setError(t('reattachHint'))),
      report,
    ),
  };
  const toggleVisible = () => {
    const next = !visible;
    void askTab(browser, tabId, { type: 'tab-set-visible', visible: next }).then((r) => setVisible(r.visible), report);
  };
  const exportAs = (format: ExportFormat) => {
    const file = exportArticle(format, state.article, annotations, new Date());
    downloadText(file.name, file.text, formatInfo(format).mediaType);
  };

  const orphans = new Set(state.orphanIds);
  const placed = annotations.filter((a) => !orphans.has(a.id));
  const orphaned = annotations.filter((a) => orphans.has(a.id));
  const item = (a: Annotation) => (
    <HighlightItem key={a.id} annotation={a} orphaned={orphans.has(a.id)} palette={settings.palette} {...actions} />
  );

  return (
    <main>
      <ArticleCard article={state.article} isArticle={state.info?.isArticle ?? false}
        readingTimeMinutes={state.info?.readingTimeMinutes ?? state.article.readingTimeMinutes} />
      {error && <p class="error" role="alert">{error}</p>}
      {undo.deleted && (
        <p class="undo" role="status">
          {t('deleted')} <button ref={undoButton} type="button" class="primary" onClick={() => void undo.restore()}>{t('undo')}</button>
        </p>
      )}
      <section aria-labelledby="highlights-heading">
        <div class="section-head">
          <h2 id="highlights-heading">{t('highlightsCount', String(placed.length))}</h2>
          <button type="button" class="link" aria-pressed={!visible} onClick={toggleVisible}>{t('hideOnPage')}</button>
        </div>
        {placed.length === 0 ? <p class="empty">{t('noHighlights')}</p> : <ol class="highlights">{placed.map(item)}</ol>}
      </section>
      {orphaned.length > 0 && (
        <section aria-labelledby="orphans-heading" data-testid="orphans">
          <h2 id="orphans-heading">{t('orphansCount', String(orphaned.length))}</h2>
          <p class="hint">{t('orphansHint')}</p>
          <ol class="highlights">{orphaned.map(item)}</ol>
        </section>
      )}
      <footer>
        <ExportMenu preferred={settings.exportFormat} disabled={annotations.length === 0} onExport={exportAs} />
        <nav class="links" aria-label={t('moreNav')}>
          <LibraryLink />
          <button type="button" class="link" onClick={() => void openExtensionPage('options.html')}>{t('openOptions')}</button>
        </nav>
      </footer>
    </main>
  );
}
