// Search results a screenful at a time. A broad filter ("every blue highlight") matches thousands of highlights;
// the library page lists them by article, so a page of results is a run of whole articles (each with every hit it
// has), in the order of their newest hit, and a page never shows an article with only part of its hits.
import type { ResultPage, SearchHit, SearchResults } from '../../shared/messages';

/** The hits of the articles `page` selects (all of them without a page), with the totals of the whole result. */
export function pageOfResults(hits: SearchHit[], page?: ResultPage): SearchResults {
  const articleOrder = new Map<string, number>();
  for (const hit of hits) if (!articleOrder.has(hit.article.key)) articleOrder.set(hit.article.key, articleOrder.size);
  const total = { total: hits.length, articleTotal: articleOrder.size };
  if (!page) return { hits, ...total };
  const end = page.offset + page.limit;
  const inPage = hits.filter((hit) => {
    const position = articleOrder.get(hit.article.key)!;
    return position >= page.offset && position < end;
  });
  return { hits: inPage, ...total };
}
