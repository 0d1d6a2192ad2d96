// Markdown for Obsidian, Logseq and any notes app: YAML front matter for the article, its highlights as block
// quotes with the reader's notes, colours and tags. Everything the reader wrote shows as itself.
import type { Annotation, ArticleRecord } from '../shared/model';
import { annotationsOf, authorLine, dayOf, laterModification, tagsOf, titleOf } from './snapshot';
import { escapeMarkdownLine, markdownBlockQuote, markdownLines } from './markdown-escape';
import { singleLine } from './text-safety';
import { yamlEntry } from './yaml';

/** One article as a Markdown file with front matter; annotations of other articles are ignored. */
export function toMarkdown(article: ArticleRecord, annotations: Annotation[], now: Date): string {
  const own = annotationsOf(article, annotations);
  return `${markdownFrontMatter(article, own, now)}\n\n${markdownArticle(article, own, 1)}\n`;
}

/** The front matter block, `---` lines included. */
export function markdownFrontMatter(article: ArticleRecord, own: Annotation[], now: Date): string {
  const entries = [
    yamlEntry('title', titleOf(article)),
    yamlEntry('authors', article.authors),
    yamlEntry('site', article.siteName),
    yamlEntry('url', article.url),
    yamlEntry('published', article.publishedTime),
    yamlEntry('updated', laterModification(article)),
    yamlEntry('tags', tagsOf(own)),
    yamlEntry('reading_time_minutes', article.readingTimeMinutes),
    yamlEntry('highlights', own.length),
    yamlEntry('exported', now.toISOString()),
  ];
  return ['---', ...entries, '---'].join('\n');
}

/** The article's heading, a line of metadata and its highlights; `level` is the heading level of the title. */
export function markdownArticle(article: ArticleRecord, own: Annotation[], level: number): string {
  const heading = `${'#'.repeat(level)} ${escapeMarkdownLine(singleLine(titleOf(article)))}`;
  const highlights = own.length === 0 ? ['*No highlights.*'] : own.map(markdownHighlight);
  return [heading, metadataLine(article), ...highlights].join('\n\n');
}

/** One highlight: the quote as a block quote, the note below it, then colour and tags. */
export function markdownHighlight(annotation: Annotation): string {
  const parts = [markdownBlockQuote(annotation.quote)];
  if (annotation.note.trim() !== '') {
    const [first = '', ...rest] = markdownLines(annotation.note);
    parts.push([`**Note:** ${first}`, ...rest].join('\n'));
  }
  const tags = annotation.tags.map(markdownTag);
  parts.push(`*${annotation.color}*${tags.length > 0 ? ` · ${tags.join(', ')}` : ''}`);
  return parts.join('\n\n');
}

/** `#tag` when the tag is one Obsidian and Logseq read as a tag; otherwise the escaped text. */
function markdownTag(tag: string): string {
  return /^[\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*$/u.test(tag) ? `#${tag}` : escapeMarkdownLine(singleLine(tag));
}

function metadataLine(article: ArticleRecord): string {
  const facts = [authorLine(article), article.siteName, dayOf(article.publishedTime)]
    .filter((fact): fact is string => fact !== null && fact.trim() !== '')
    .map((fact) => escapeMarkdownLine(singleLine(fact)));
  const link = `[Original article](<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return [...facts, link].join(' · ');
}
