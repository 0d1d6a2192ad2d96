// The library page: every annotated article, searchable and filterable, one article's highlights and notes,
// export, backup and import.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { LibraryFilter, SearchHit } from '../../shared/messages';
import { askBackground } from '../shared/ask-background';
import { formatNumber, t } from '../shared/i18n';
import { useSettings } from '../shared/use-settings';
import { ArticleDetail } from './article-detail';
import { ArticleList, type ListedArticle } from './article-list';
import { BackupPanel } from './backup-panel';
import { Filters } from './filters';
import { groupHits, inReadingOrder, isFiltering, sitesOf, snapshotOfHits, sortArticles, tagsOf, type SortOrder } from './library-view';
import { useLibrary } from './use-library';

/** Search as the reader types, but not on every key. */
const SEARCH_DELAY_MS = 200;

export function LibraryApp() {
  const [settings] = useSettings();
  const { data, error, reload } = useLibrary();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<SortOrder>('recent');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const filtering = isFiltering(query, filter);

  useEffect(() => {
    if (!filtering) return setHits(null);
    // An answer to an older query that arrives late must not replace the newer one's.
    let current = true;
    const timer = setTimeout(() => {
      askBackground({ type: 'library-search', query: query.trim(), filter }).then(
        (found) => { if (current) { setHits(found); setSearchError(null); } },
        (e: unknown) => current && setSearchError(e instanceof Error ? e.message : String(e)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, filter, data]);

  const listed: ListedArticle[] = useMemo(() => {
    if (!data) return [];
    if (hits) return groupHits(hits).map((g) => ({ article: g.article, count: g.annotations.length }));
    return sortArticles(data.articles, sort).map((a) => ({ article: a.article, count: a.annotationCount }));
  }, [data, hits, sort]);

  if (error) return <main class="library"><h1>{t('libraryTitle')}</h1><p class="error" role="alert">{error}</p></main>;
  if (!data || !settings) return <main class="library"><h1>{t('libraryTitle')}</h1><p role="status">{t('loadingLibrary')}</p></main>;

  const current = listed.find((i) => i.article.key === selected) ?? listed[0] ?? null;
  const currentAnnotations = current
    ? inReadingOrder(hits ? hits.filter((h) => h.article.key === current.article.key).map((h) => h.annotation) : data.annotations.filter((a) => a.articleKey === current.article.key))
    : [];

  return (
    <main class="library">
      <header class="library-head">
        <h1>{t('libraryTitle')}</h1>
        <p class="muted">{t('libraryCounts', [formatNumber(data.articles.length), formatNumber(data.annotations.length)])}</p>
      </header>
      <Filters query={query} filter={filter} sort={sort} tags={tagsOf(data.annotations)} sites={sitesOf(data.articles)}
        palette={settings.palette} onQuery={setQuery} onFilter={setFilter} onSort={setSort} />
      {searchError && <p class="error" role="alert">{searchError}</p>}
      <p class="muted" role="status" data-testid="result-count">
        {filtering ? t('resultsCount', formatNumber(hits?.length ?? 0)) : ''}
      </p>
      <div class="columns">
        <nav aria-label={t('articles')} class="list-column">
          {listed.length === 0 ? <p class="empty">{filtering ? t('noResults') : t('emptyLibrary')}</p>
            : <ArticleList items={listed} selected={current?.article.key ?? null} onSelect={setSelected} />}
        </nav>
        <div class="detail-column">
          {current && <ArticleDetail article={current.article} annotations={currentAnnotations} palette={settings.palette} />}
        </div>
      </div>
      <BackupPanel preferredFormat={settings.exportFormat} defaultScope={settings.exportScope} filtering={filtering}
        shown={hits ? snapshotOfHits(hits) : null} onImported={reload} />
    </main>
  );
}
