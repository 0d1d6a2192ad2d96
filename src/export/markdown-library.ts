// The whole library (or a filtered part) as Markdown: one combined file, or one file per article.
import type { ExportFile, LibrarySnapshot } from './types';
import { annotationsOf, sortArticles } from './snapshot';
import { articleFileName, uniqueFileNames } from './file-name';
import { markdownArticle, toMarkdown } from './markdown';
import { yamlEntry } from './yaml';

/** One Markdown file holding every article of the snapshot, each under its own heading. */
export function toMarkdownLibrary(snapshot: LibrarySnapshot, now: Date): string {
  const articles = sortArticles(snapshot.articles);
  const sections = articles.map((article) => markdownArticle(article, annotationsOf(article, snapshot.annotations), 2));
  const highlightCount = articles.reduce((sum, article) => sum + annotationsOf(article, snapshot.annotations).length, 0);
  const frontMatter = [
    '---',
    yamlEntry('title', 'Highlights'),
    yamlEntry('articles', articles.length),
    yamlEntry('highlights', highlightCount),
    yamlEntry('exported', now.toISOString()),
    '---',
  ].join('\n');
  return `${[frontMatter, '# Highlights', ...sections].join('\n\n')}\n`;
}

/** One Markdown file per article, named "YYYY-MM-DD Title.md", names unique within the export. */
export function toMarkdownFiles(snapshot: LibrarySnapshot, now: Date): ExportFile[] {
  const articles = sortArticles(snapshot.articles);
  const names = uniqueFileNames(articles.map((article) => articleFileName(article, 'md')));
  return articles.map((article, i) => ({
    name: names[i] ?? articleFileName(article, 'md'),
    text: toMarkdown(article, snapshot.annotations, now),
  }));
}
