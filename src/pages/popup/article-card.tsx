// The article as the detector found it: title, site, authors, date, reading time, word count.
import type { ArticleRecord } from '../../shared/model';
import { formatDate, formatNumber, t } from '../shared/i18n';

export function ArticleCard({ article, isArticle }: { article: ArticleRecord; isArticle: boolean }) {
  const date = formatDate(article.publishedTime);
  const authors = article.authors.length > 0 ? article.authors.join(', ') : article.byline;
  return (
    <section class="card" aria-labelledby="article-title">
      {article.leadImage && <img class="lead" src={article.leadImage} alt="" />}
      <h1 id="article-title" dir={article.dir ?? 'auto'} lang={article.lang ?? undefined}>
        {article.title ?? t('untitled')}
      </h1>
      <dl class="facts">
        {article.siteName && <Fact name={t('site')} value={article.siteName} testId="site" />}
        {authors && <Fact name={t('author')} value={authors} testId="author" />}
        {date && <Fact name={t('published')} value={date} testId="published" />}
        {article.readingTimeMinutes > 0 && (
          <Fact name={t('readingTime')} value={t('minutes', String(article.readingTimeMinutes))} testId="reading-time" />
        )}
        {article.wordCount > 0 && <Fact name={t('words')} value={formatNumber(article.wordCount)} testId="word-count" />}
      </dl>
      {!isArticle && <p class="notice" role="status">{t('notArticle')}</p>}
    </section>
  );
}

function Fact({ name, value, testId }: { name: string; value: string; testId: string }) {
  return (
    <div class="fact">
      <dt>{name}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}
