// One article of the library with its highlights and notes (what the search matched, when searching).
import type { Annotation, ArticleRecord } from '../../shared/model';
import { laterModification } from '../../export/snapshot';
import type { PaletteEntry } from '../../shared/settings';
import { formatDate, t } from '../shared/i18n';
import { colorLabel, entryOf } from '../shared/palette';

export function ArticleDetail({ article, annotations, palette }: { article: ArticleRecord; annotations: Annotation[]; palette: PaletteEntry[] }) {
  const published = formatDate(article.publishedTime, 'long');
  const updated = formatDate(laterModification(article), 'long');
  const safeUrl = /^https?:\/\//i.test(article.url) ? article.url : undefined;
  return (
    <article class="detail" aria-labelledby="detail-title" data-testid="article-detail">
      <h2 id="detail-title" dir="auto" lang={article.lang ?? undefined}>{article.title ?? article.url}</h2>
      <p class="muted">
        {[article.siteName, article.authors.join(', ') || article.byline, published, updated && `${t('updated')} ${updated}`].filter(Boolean).join(' · ')}
        {safeUrl && <> · <a href={safeUrl} target="_blank" rel="noopener noreferrer">{t('openArticle')}</a></>}
      </p>
      {annotations.length === 0 ? <p class="empty">{t('noHighlightsHere')}</p> : (
        <ol class="highlights">
          {annotations.map((a) => (
            <li key={a.id} class={`highlight color-${a.color}`} data-testid="library-highlight">
              <span class="visually-hidden">{colorLabel(entryOf(palette, a.color))}: </span>
              <blockquote dir="auto">{a.quote}</blockquote>
              {a.note && <p class="note-text" dir="auto">{a.note}</p>}
              {a.tags.length > 0 && <p class="tags-line">{a.tags.map((tag) => <span key={tag} class="tag">{tag}</span>)}</p>}
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
