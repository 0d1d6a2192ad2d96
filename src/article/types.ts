// The detector's contract: what `detectArticle` finds on a page. Fields not found are null, never guesses.

import type { ArticleEvidence } from './is-article';

/** Article metadata and body, serializable (what `npm run extract` prints and messages carry). */
export interface ArticleInfo {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  byline: string | null;
  authors: string[];
  /** ISO 8601, with the page's time zone offset where the page gives one. */
  publishedTime: string | null;
  modifiedTime: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  section: string | null;
  keywords: string[];
  isArticle: boolean;
  wordCount: number;
  readingTimeMinutes: number;
  /** The body as plain text, paragraphs separated by a blank line. */
  text: string;
}

/** The live result: the serializable info plus the body's root elements in the page. */
export interface Detection extends ArticleInfo {
  roots: Element[];
}

export interface DetectOptions {
  /** The page's URL (a saved page has none of its own). Defaults to `document.URL`. */
  url?: string;
  /** Reading speed for alphabetic scripts; defaults to 238 (Brysbaert 2019, non-fiction). */
  wordsPerMinute?: number;
  /** Told of each error a part of the detector caught (that part fell back to "not found"); for benchmarks and tests. */
  onError?: (error: unknown) => void;
  /** Told of the evidence the article-or-not decision read; for the script that fits its weights. */
  onEvidence?: (evidence: ArticleEvidence) => void;
}
