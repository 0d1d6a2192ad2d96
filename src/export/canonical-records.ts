// Copies of records with a fixed field order and nothing extra, so the same library always serializes to the same
// bytes, whatever order the database or an imported file had its fields in.
import type { Annotation, ArticleRecord } from '../shared/model';
import type { Selector } from '../anchoring/types';

export function canonicalArticle(a: ArticleRecord): ArticleRecord {
  return {
    key: a.key, url: a.url, aliases: [...a.aliases], title: a.title, byline: a.byline, authors: [...a.authors],
    siteName: a.siteName, publishedTime: a.publishedTime, modifiedTime: a.modifiedTime, lang: a.lang, dir: a.dir,
    excerpt: a.excerpt, leadImage: a.leadImage, wordCount: a.wordCount, readingTimeMinutes: a.readingTimeMinutes,
    firstSeen: a.firstSeen, lastSeen: a.lastSeen,
  };
}

export function canonicalAnnotation(a: Annotation): Annotation {
  return {
    id: a.id, articleKey: a.articleKey, created: a.created, modified: a.modified, color: a.color, note: a.note,
    tags: [...a.tags], quote: a.quote, selectors: a.selectors.map(canonicalSelector), selectorVersion: a.selectorVersion,
  };
}

export function canonicalSelector(s: Selector): Selector {
  switch (s.type) {
    case 'TextQuoteSelector':
      return {
        type: s.type, exact: s.exact,
        ...(s.prefix !== undefined ? { prefix: s.prefix } : {}),
        ...(s.suffix !== undefined ? { suffix: s.suffix } : {}),
      };
    case 'TextPositionSelector':
      return { type: s.type, start: s.start, end: s.end };
    case 'RangeSelector':
      return {
        type: s.type, startContainer: s.startContainer, startOffset: s.startOffset,
        endContainer: s.endContainer, endOffset: s.endOffset,
        // How well the page's best other place fitted when the highlight was made (anchoring refuses to guess there).
        ...(s.lookalikeFit !== undefined ? { lookalikeFit: s.lookalikeFit } : {}),
      };
  }
}
