// The library page: every annotated article, searchable and filterable, one article's highlights and notes,
// export, backup and import.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryFilter, SearchResults } from '../../shared/messages';
import { askBackground } from '../shared/ask-background';
import { formatNumber, t } from '../shared/i18n';
import { useSettings } from '../shared/use-settings';
import { ArticleDetail } from './article-detail';
import { ArticleList, type ListedArticle } from './article-list';
import { BackupPanel } from './backup-panel';
import { Filters } from './filters';
import { groupHits, inReadingOrder, isFiltering, sitesOf, sortArticles, type SortOrder } from './library-view';
import { useArticleAnnotations, useLibrary } from './use-library';

/** Search as the reader types, but not on every key. */
const SEARCH_DELAY_MS = 200;
/** Articles of results fetched at a time: more than a screen's list, far fewer than a broad filter's thousands of hits. */
const RESULT_PAGE_ARTICLES = 50;

export function LibraryApp() {
  const [settings] = useSettings();
  const { data, error, reload } = useLibrary();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<LibraryFilter>({});
  const [sort, setSort] = useState<SortOrder>('recent');
  const [results, setResults] = useState<SearchResults | null>(null);
  /** The search the shown results belong to: a later page of an older search is not appended. */
  const searchId = useRef(0);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const filtering = isFiltering(query, filter);

  useEffect(() => {
    const id = ++searchId.current;
    if (!filtering) return setResults(null);
    // An answer to an older query that arrives late must not replace the newer one's.
    const timer = setTimeout(() => {
      askBackground({ type: 'library-search', query: query.trim(), filter, page: { offset: 0, limit: RESULT_PAGE_ARTICLES } }).then(
        (found) => { if (id === searchId.current) { setResults(found); setSearchError(null); } },
        (e: unknown) => id === searchId.current && setSearchError(e instanceof Error ? e.message : String(e)),
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [query, filter, data]);

  const hits = results?.hits ?? null;
  const shownArticles = useMemo(() => (hits ? groupHits(hits) : []), [hits]);
  const showMore = () => {
    const id = searchId.current;
    const page = { offset: shownArticles.length, limit: RESULT_PAGE_ARTICLES };
    askBackground({ type: 'library-search', query: query.trim(), filter, page }).then(
      // Appended only where it continues what is shown (a second click before the first answer adds nothing twice).
      (more) => id === searchId.current && setResults((now) => (now && groupHits(now.hits).length === page.offset ? { ...more, hits: [...now.hits, ...more.hits] } : now)),
      (e: unknown) => id === searchId.current && setSearchError(e instanceof Error ? e.message : String(e)),
    );
  };

  const listed: ListedArticle[] = useMemo(() => {
    if (!data) return [];
    if (hits) return shownArticles.map((g) => ({ article: g.article, count: g.annotations.length }));
    return sortArticles(data.articles, sort).map((a) => ({ article: a.article, count: a.annotationCount }));
  }, [data, hits, shownArticles, sort]);

  const current = listed.find((i) => i.article.key === selected) ?? listed[0] ?? null;
  // Without a search, the chosen article's highlights are asked for on their own (with one, the hits hold them).
  const stored = useArticleAnnotations(!hits && current ? current.article.key : null, data);
  const sites = useMemo(() => (data ? sitesOf(data.articles) : []), [data]);
  const highlightTotal = useMemo(() => (data ? data.articles.reduce((sum, a) => sum + a.annotationCount, 0) : 0), [data]);

  if (error) return <main class="library"><h1>{t('libraryTitle')}</h1><p class="error" role="alert">{error}</p></main>;
  if (!data || !settings) return <main class="library"><h1>{t('libraryTitle')}</h1><p role="status">{t('loadingLibrary')}</p></main>;

  const currentAnnotations = current && hits ? hits.filter((h) => h.article.key === current.article.key).map((h) => h.annotation) : stored?.annotations ?? null;

  return (
    <main class="library">
      <header class="library-head">
        <h1>{t('libraryTitle')}</h1>
        <p class="muted">{t('libraryCounts', [formatNumber(data.articles.length), formatNumber(highlightTotal)])}</p>
      </header>
      <Filters query={query} filter={filter} sort={sort} tags={data.tags} sites={sites}
        palette={settings.palette} onQuery={setQuery} onFilter={setFilter} onSort={setSort} />
      {searchError && <p class="error" role="alert">{searchError}</p>}
      <p class="muted" role="status" data-testid="result-count">
        {filtering ? t('resultsCount', formatNumber(results?.total ?? 0)) : ''}
      </p>
      <div class="columns">
        <nav aria-label={t('articles')} class="list-column">
          {listed.length === 0 ? <p class="empty">{filtering ? t('noResults') : t('emptyLibrary')}</p>
            : <ArticleList items={listed} selected={current?.article.key ?? null} onSelect={setSelected} />}
          {results && shownArticles.length < results.articleTotal && (
            <button type="button" class="secondary more-results" onClick={showMore}>
              {t('moreResults', [formatNumber(shownArticles.length), formatNumber(results.articleTotal)])}
            </button>
          )}
        </nav>
        <div class="detail-column">
          {stored?.error && <p class="error" role="alert">{stored.error}</p>}
          {current && currentAnnotations && <ArticleDetail article={current.article} annotations={inReadingOrder(currentAnnotations)} palette={settings.palette} />}
        </div>
      </div>
      <BackupPanel preferredFormat={settings.exportFormat} defaultScope={settings.exportScope} filtering={filtering}
        shownSearch={filtering ? { query: query.trim(), filter } : null} onImported={reload} />
    </main>
  );
}
