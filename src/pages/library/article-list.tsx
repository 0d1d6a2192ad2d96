// The library's articles: title, site, when last read and how many highlights; choosing one shows it.
import { memo } from 'preact/compat';
import type { ArticleRecord } from '../../shared/model';
import { formatDate, formatNumber, t } from '../shared/i18n';

export interface ListedArticle {
  article: ArticleRecord;
  count: number;
}

interface Props {
  items: ListedArticle[];
  selected: string | null;
  onSelect(key: string): void;
}

/** Drawn again only when its items or the choice change, not on each key the reader types into the search. */
export const ArticleList = memo(function ArticleList({ items, selected, onSelect }: Props) {
  return (
    <ul class="article-list" data-testid="article-list">
      {items.map(({ article, count }) => (
        <li key={article.key}>
          <button type="button" class="article-button" aria-current={article.key === selected ? 'true' : undefined}
            data-testid="library-article" onClick={() => onSelect(article.key)}>
            <span class="title" dir="auto" lang={article.lang ?? undefined}>{article.title ?? article.url}</span>
            <span class="meta">
              {[article.siteName, t('lastRead', formatDate(article.lastSeen) ?? ''), t('highlightsCount', formatNumber(count))].filter(Boolean).join(' · ')}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
});
