// Every export format by name, for the command-line converter and the extension's export menus: what file
// extension it takes, and how it writes one article or a whole snapshot.
import type { Annotation, ArticleRecord } from '../shared/model';
import type { ExportFile, LibrarySnapshot } from './types';
import { toMarkdown } from './markdown';
import { toMarkdownLibrary } from './markdown-library';
import { toWebAnnotationJson } from './web-annotation-export';
import { toReadwiseCsv } from './csv';
import { toHtml, toHtmlLibrary } from './html';
import { toBibtexLibrary } from './bibtex';
import { toCslJson } from './csl-json';
import { toPlainText, toPlainTextLibrary } from './plain-text';
import { articleFileName, uniqueFileNames } from './file-name';
import { sortArticles } from './snapshot';

export const EXPORT_FORMATS = ['markdown', 'jsonld', 'csv', 'html', 'bibtex', 'csl', 'txt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface FormatWriter {
  extension: string;
  mediaType: string;
  library: (snapshot: LibrarySnapshot, now: Date) => string;
  /** Formats meant to be read one article at a time (a note, a page) also write one file per article. */
  article?: (article: ArticleRecord, annotations: Annotation[], now: Date) => string;
}

const WRITERS: Record<ExportFormat, FormatWriter> = {
  markdown: { extension: 'md', mediaType: 'text/markdown', library: toMarkdownLibrary, article: toMarkdown },
  jsonld: { extension: 'jsonld', mediaType: 'application/ld+json', library: toWebAnnotationJson },
  csv: { extension: 'csv', mediaType: 'text/csv', library: toReadwiseCsv },
  html: { extension: 'html', mediaType: 'text/html', library: toHtmlLibrary, article: toHtml },
  bibtex: { extension: 'bib', mediaType: 'application/x-bibtex', library: (s, now) => toBibtexLibrary(s.articles, now) },
  csl: { extension: 'json', mediaType: 'application/vnd.citationstyles.csl+json', library: (s, now) => toCslJson(s.articles, now) },
  txt: { extension: 'txt', mediaType: 'text/plain', library: toPlainTextLibrary, article: toPlainText },
};

export function isExportFormat(name: string): name is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(name);
}

export function formatInfo(format: ExportFormat): { extension: string; mediaType: string } {
  const { extension, mediaType } = WRITERS[format];
  return { extension, mediaType };
}

/** The whole snapshot as one file, named "highlights YYYY-MM-DD.ext". */
export function exportLibrary(format: ExportFormat, snapshot: LibrarySnapshot, now: Date): ExportFile {
  const writer = WRITERS[format];
  return { name: `highlights ${now.toISOString().slice(0, 10)}.${writer.extension}`, text: writer.library(snapshot, now) };
}

/** One article (the popup's "this article"), named from its date and title. */
export function exportArticle(format: ExportFormat, article: ArticleRecord, annotations: Annotation[], now: Date): ExportFile {
  const writer = WRITERS[format];
  const own = annotations.filter((annotation) => annotation.articleKey === article.key);
  const text = writer.article ? writer.article(article, own, now) : writer.library({ articles: [article], annotations: own }, now);
  return { name: articleFileName(article, writer.extension), text };
}

/** One file per article for formats read that way (Markdown, HTML, text); one library file for the others. */
export function exportFiles(format: ExportFormat, snapshot: LibrarySnapshot, now: Date): ExportFile[] {
  if (!WRITERS[format].article) return [exportLibrary(format, snapshot, now)];
  const files = sortArticles(snapshot.articles).map((article) => exportArticle(format, article, snapshot.annotations, now));
  const names = uniqueFileNames(files.map((file) => file.name));
  return files.map((file, i) => ({ ...file, name: names[i] ?? file.name }));
}
