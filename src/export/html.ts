// A standalone, readable HTML page of highlights and notes to keep or share: everything escaped, no script (and a
// Content-Security-Policy that forbids any), styles inline so the one file is the whole page.
import type { Annotation, ArticleRecord } from '../shared/model';
import type { LibrarySnapshot } from './types';
import { annotationsOf, authorLine, dayOf, sortArticles, titleOf } from './snapshot';
import { escapeHtml, safeHref } from './html-escape';
import { colorClass, highlightStylesheet } from './palette';

/** No scripts, frames, forms or remote fetches; only the inline stylesheet and images. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:";

const PAGE_STYLE = `
body { font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1d1d1f; background: #fff; max-width: 42em; margin: 2em auto; padding: 0 1em; }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
.meta, .exported, .tags, .color { font: 14px/1.5 system-ui, sans-serif; color: #555; }
blockquote { margin: 1.5em 0 0.5em; padding: 0.5em 1em; border-left: 4px solid #888; white-space: pre-wrap; overflow-wrap: anywhere; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.5em 0 0 1.25em; }
.tags { list-style: none; padding: 0; margin: 0.25em 0 0 1.25em; }
.tags li { display: inline-block; margin-right: 0.5em; padding: 0 0.5em; border: 1px solid #ccc; border-radius: 1em; }
.color { margin: 0.25em 0 0 1.25em; }
article + article { border-top: 1px solid #ddd; margin-top: 3em; }
${highlightStylesheet()}
`;

/** One article's highlights as a page. */
export function toHtml(article: ArticleRecord, annotations: Annotation[], now: Date): string {
  return htmlPage(titleOf(article), article.lang, [htmlArticle(article, annotationsOf(article, annotations), 'h1')], now);
}

/** Every article of the snapshot on one page. */
export function toHtmlLibrary(snapshot: LibrarySnapshot, now: Date): string {
  const sections = sortArticles(snapshot.articles).map((article) =>
    htmlArticle(article, annotationsOf(article, snapshot.annotations), 'h2'),
  );
  return htmlPage('Highlights', null, ['<h1>Highlights</h1>', ...sections], now);
}

function htmlPage(title: string, lang: string | null, body: string[], now: Date): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang ?? 'und')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<p class="exported">Exported ${escapeHtml(now.toISOString())}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function htmlArticle(article: ArticleRecord, own: Annotation[], heading: 'h1' | 'h2'): string {
  const dir = article.dir ? ` dir="${escapeHtml(article.dir)}"` : '';
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const facts = [authorLine(article), article.siteName, dayOf(article.publishedTime)].filter(
    (fact): fact is string => fact !== null && fact.trim() !== '',
  );
  const href = safeHref(article.url);
  const link = href
    ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(article.url)}</a>`
    : escapeHtml(article.url);
  return [
    `<article${lang}${dir}>`,
    `<${heading} dir="auto">${escapeHtml(titleOf(article))}</${heading}>`,
    `<p class="meta">${[...facts.map(escapeHtml), link].join(' · ')}</p>`,
    ...(own.length === 0 ? ['<p class="meta">No highlights.</p>'] : own.map(htmlHighlight)),
    '</article>',
  ].join('\n');
}

function htmlHighlight(annotation: Annotation): string {
  const parts = [
    `<blockquote class="${colorClass(annotation.color)}" dir="auto">${escapeHtml(annotation.quote)}</blockquote>`,
  ];
  if (annotation.note !== '') parts.push(`<p class="note" dir="auto">${escapeHtml(annotation.note)}</p>`);
  if (annotation.tags.length > 0) {
    parts.push(`<ul class="tags">${annotation.tags.map((tag) => `<li dir="auto">${escapeHtml(tag)}</li>`).join('')}</ul>`);
  }
  parts.push(`<p class="color">${escapeHtml(annotation.color)}</p>`);
  return `<section class="highlight">\n${parts.join('\n')}\n</section>`;
}
