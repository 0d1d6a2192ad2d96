// The library's records: what the database stores and what a backup carries. Times are ISO 8601 UTC.
import type { Selector } from '../anchoring/types';

/** One article, keyed by its normalized URL (see src/url). */
export interface ArticleRecord {
  key: string;
  url: string;
  /** Every normalized URL this article was seen under, the key included. */
  aliases: string[];
  title: string | null;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  publishedTime: string | null;
  modifiedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  leadImage: string | null;
  wordCount: number;
  readingTimeMinutes: number;
  firstSeen: string;
  lastSeen: string;
}

/** The names of the highlight colours; the palette maps each to a CSS colour and a meaning. */
export type ColorName = 'yellow' | 'blue' | 'green' | 'pink' | 'purple';
export const COLOR_NAMES: readonly ColorName[] = ['yellow', 'blue', 'green', 'pink', 'purple'];

/** One highlight with its note. */
export interface Annotation {
  id: string;
  articleKey: string;
  created: string;
  modified: string;
  color: ColorName;
  note: string;
  tags: string[];
  /** The exact highlighted text. */
  quote: string;
  selectors: Selector[];
  /** Version of the selector format, so later anchoring code can read older highlights. */
  selectorVersion: number;
}

export const BACKUP_FORMAT = 'marginalia-backup';
export const BACKUP_VERSION = 1;

/** The whole library as one JSON document (docs/backup-format.md). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  articles: ArticleRecord[];
  annotations: Annotation[];
}
