// Decides whether the page is an article at all (not a product page, listing, forum or docs),
// from what the page declares about itself and from the shape of its text.

import { ARTICLE_TYPES, MIN_ARTICLE_WORDS, NON_ARTICLE_TYPES } from './heuristics';
import type { JsonLd } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';

export interface ArticleEvidence {
  meta: MetaTags;
  ld: JsonLd;
  hasDate: boolean;
  hasAuthor: boolean;
  storyWords: number;
  paragraphs: number;
}

/** Votes of each signal; the page is an article when they add up to at least ARTICLE_VOTES. */
const ARTICLE_VOTES = 2;

export function decideIsArticle(e: ArticleEvidence): boolean {
  let votes = 0;
  if (e.ld.types.some((t) => ARTICLE_TYPES.test(t))) votes += 2;
  if (e.ld.types.some((t) => NON_ARTICLE_TYPES.test(t))) votes -= 2;
  const ogType = (firstMeta(e.meta, 'og:type') ?? '').toLowerCase();
  if (ogType === 'article' || ogType.endsWith('article')) votes += 1;
  else if (/product|profile|video|music|book/.test(ogType)) votes -= 2;
  if (e.hasDate) votes += 1;
  if (e.hasAuthor) votes += 1;
  if (e.storyWords < MIN_ARTICLE_WORDS) votes -= 3;
  else if (e.storyWords > 400 && e.paragraphs >= 5) votes += 1;
  return votes >= ARTICLE_VOTES;
}
