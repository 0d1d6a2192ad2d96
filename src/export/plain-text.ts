// Plain text for anything that reads text: every quote and note exactly as written, laid out with indentation
// only, so nothing needs escaping and nothing can be misread as markup.
import type { Annotation, ArticleRecord } from '../shared/model';
import type { LibrarySnapshot } from './types';
import { annotationsOf, authorLine, dayOf, sortArticles, titleOf } from './snapshot';
import { singleLine, splitLines } from './text-safety';

const INDENT = '   ';

/** One article and its highlights. */
export function toPlainText(article: ArticleRecord, annotations: Annotation[], now: Date): string {
  return `${plainTextArticle(article, annotationsOf(article, annotations))}\n\nExported ${now.toISOString()}\n`;
}

/** Every article of the snapshot, separated by a rule. */
export function toPlainTextLibrary(snapshot: LibrarySnapshot, now: Date): string {
  const sections = sortArticles(snapshot.articles).map((article) =>
    plainTextArticle(article, annotationsOf(article, snapshot.annotations)),
  );
  return `${sections.join(`\n\n${'='.repeat(40)}\n\n`)}\n\nExported ${now.toISOString()}\n`;
}

function plainTextArticle(article: ArticleRecord, own: Annotation[]): string {
  const facts = [authorLine(article), article.siteName, dayOf(article.publishedTime)]
    .filter((fact): fact is string => fact !== null && fact.trim() !== '')
    .map(singleLine);
  const header = [singleLine(titleOf(article)), ...(facts.length > 0 ? [facts.join(' · ')] : []), article.url];
  const highlights = own.length === 0 ? ['No highlights.'] : own.map((annotation, i) => plainTextHighlight(annotation, i + 1));
  return [header.join('\n'), ...highlights].join('\n\n');
}

/** "1. “quote”", continuation lines indented, then the note, tags and colour, indented alike. */
function plainTextHighlight(annotation: Annotation, number: number): string {
  const lines = indentBlock(`“${annotation.quote}”`, `${number}.`.padEnd(INDENT.length));
  if (annotation.note !== '') lines.push(...indentBlock(annotation.note, `${INDENT}Note: `, `${INDENT}      `));
  if (annotation.tags.length > 0) lines.push(`${INDENT}Tags: ${annotation.tags.map(singleLine).join(', ')}`);
  lines.push(`${INDENT}Colour: ${annotation.color}`);
  return lines.join('\n');
}

function indentBlock(text: string, firstPrefix: string, restPrefix = INDENT): string[] {
  return splitLines(text).map((line, i) => `${i === 0 ? firstPrefix : restPrefix}${line}`);
}
