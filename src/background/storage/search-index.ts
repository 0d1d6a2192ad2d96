// The whole library held in the background's memory for search and the library page's list: scanning 10,000
// folded strings takes a few milliseconds, while reading 10,000 records out of IndexedDB takes far longer.
// The Library keeps it in step with every write it makes (it is the database's only writer).
import type { Annotation, ArticleRecord } from '../../shared/model';
import type { LibraryArticle, LibraryFilter, SearchHit } from '../../shared/messages';
import { foldText, queryTerms } from './fold-text';

interface IndexedArticle {
  record: ArticleRecord;
  /** Folded title and site, searched together with each of the article's highlights. */
  text: string;
}

interface IndexedAnnotation {
  record: Annotation;
  /** Folded quote, note and tags. */
  text: string;
}

export class SearchIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly annotations = new Map<string, IndexedAnnotation>();

  static build(articles: ArticleRecord[], annotations: Annotation[]): SearchIndex {
    const index = new SearchIndex();
    for (const article of articles) index.putArticle(article);
    for (const annotation of annotations) index.putAnnotation(annotation);
    return index;
  }

  putArticle(article: ArticleRecord): void {
    this.articles.set(article.key, { record: article, text: foldText([article.title, article.siteName, siteOf(article.url)].join('\n')) });
  }

  putAnnotation(annotation: Annotation): void {
    this.annotations.set(annotation.id, { record: annotation, text: foldText([annotation.quote, annotation.note, ...annotation.tags].join('\n')) });
  }

  deleteAnnotation(id: string): void {
    this.annotations.delete(id);
  }

  /** Every record held, by default in the order IndexedDB returns them (articles by key, annotations by id). */
  records({ sorted = true } = {}): { articles: ArticleRecord[]; annotations: Annotation[] } {
    const list = <T>(map: Map<string, { record: T }>) => {
      const entries = [...map.entries()];
      if (sorted) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      return entries.map(([, entry]) => entry.record);
    };
    return { articles: list(this.articles), annotations: list(this.annotations) };
  }

  /** Highlights holding every word of `query` (in their own text or their article's title or site), newest edit first. */
  search(query: string, filter: LibraryFilter = {}): SearchHit[] {
    const terms = queryTerms(query);
    const hits: SearchHit[] = [];
    for (const { record, text } of this.annotations.values()) {
      const article = this.articles.get(record.articleKey);
      if (!article || !matchesFilter(record, article.record, filter)) continue;
      if (terms.every((term) => text.includes(term) || article.text.includes(term))) hits.push({ annotation: record, article: article.record });
    }
    return hits.sort(newestEditFirst);
  }

  /** Every tag in use, alphabetically. */
  tags(): string[] {
    const tags = new Set<string>();
    for (const { record } of this.annotations.values()) for (const tag of record.tags) tags.add(tag);
    return [...tags].sort((a, b) => a.localeCompare(b));
  }

  /** Every article with how many highlights it has and when one was last edited; most recently annotated first. */
  articleSummaries(): LibraryArticle[] {
    const summaries = new Map<string, LibraryArticle>();
    for (const { record } of this.articles.values()) summaries.set(record.key, { article: record, annotationCount: 0, lastAnnotated: null });
    for (const { record } of this.annotations.values()) {
      const summary = summaries.get(record.articleKey);
      if (!summary) continue;
      summary.annotationCount++;
      if (summary.lastAnnotated === null || record.modified > summary.lastAnnotated) summary.lastAnnotated = record.modified;
    }
    return [...summaries.values()].sort(
      (a, b) => compareDesc(a.lastAnnotated ?? '', b.lastAnnotated ?? '') || compareDesc(a.article.lastSeen, b.article.lastSeen) || compareDesc(b.article.key, a.article.key),
    );
  }
}

/** Filters compare exactly: their values come from lists the library page shows (tags, colours, site names). */
export function matchesFilter(annotation: Annotation, article: ArticleRecord, filter: LibraryFilter): boolean {
  return (
    (filter.tag === undefined || annotation.tags.includes(filter.tag)) &&
    (filter.color === undefined || annotation.color === filter.color) &&
    (filter.site === undefined || article.siteName === filter.site)
  );
}

export function newestEditFirst(a: SearchHit, b: SearchHit): number {
  return compareDesc(a.annotation.modified, b.annotation.modified) || compareDesc(b.annotation.id, a.annotation.id);
}

function compareDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The host an article was read on, so a search for "nytimes" finds articles whose page named no site. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
