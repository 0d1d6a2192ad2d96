// "Copy quote with citation": one highlight as plain text ready to paste into an e-mail, a chat or a document.
import type { Annotation, ArticleRecord } from '../shared/model';
import { authorLine, dayOf, titleOf } from './snapshot';
import { singleLine, splitLines } from './text-safety';

/** “Quote” on its own lines, then "— Authors, “Title”, Site, YYYY-MM-DD, URL". */
export function quoteWithCitation(annotation: Annotation, article: ArticleRecord): string {
  const quote = splitLines(annotation.quote).join('\n');
  const source = [authorLine(article), `“${singleLine(titleOf(article))}”`, article.siteName, dayOf(article.publishedTime), article.url]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map(singleLine);
  return `“${quote}”\n— ${source.join(', ')}`;
}
