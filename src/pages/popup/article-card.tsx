// The article as the detector found it: lead image, title, site, authors, dates (published, and updated when later), reading time (at the reader's
// speed), word count and language.
import type { ArticleRecord } from '../../shared/model';
import { laterModification } from '../../export/snapshot';
import { formatDate, formatNumber, languageName, t } from '../shared/i18n';

interface Props {
  article: ArticleRecord;
  isArticle: boolean;
  /** Minutes at the reader's speed (the content script measures with the options' words per minute). */
  readingTimeMinutes: number;
}

export function ArticleCard({ article, isArticle, readingTimeMinutes }: Props) {
  const date = formatDate(article.publishedTime, 'long');
  const updated = formatDate(laterModification(article), 'long');
  const authors = article.authors.length > 0 ? article.authors.join(', ') : article.byline;
  const language = languageName(article.lang);
  return (
    <section class="card" aria-labelledby="article-title">
      {article.leadImage && isHttp(article.leadImage) && <img class="lead" src={article.leadImage} alt="" />}
      <h1 id="article-title" dir={article.dir ?? 'auto'} lang={article.lang ?? undefined}>
        {article.title ?? t('untitled')}
      </h1>
      <dl class="facts">
        {article.siteName && <Fact name={t('site')} value={article.siteName} testId="site" />}
        {authors && <Fact name={t('author')} value={authors} testId="author" />}
        {date && <Fact name={t('published')} value={date} testId="published" />}
        {updated && <Fact name={t('updated')} value={updated} testId="updated" />}
        {readingTimeMinutes > 0 && (
          <Fact name={t('readingTime')} value={t('minutes', formatNumber(readingTimeMinutes))} testId="reading-time" />
        )}
        {article.wordCount > 0 && <Fact name={t('words')} value={formatNumber(article.wordCount)} testId="word-count" />}
        {language && <Fact name={t('language')} value={language} testId="language" />}
      </dl>
      {!isArticle && <p class="notice" role="status" data-testid="not-article">{t('notArticle')}</p>}
    </section>
  );
}

/** Only web images: a page could name a `chrome-extension:` or `data:` URL to probe the popup. */
function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function Fact({ name, value, testId }: { name: string; value: string; testId: string }) {
  return (
    <div class="fact">
      <dt>{name}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
