// Every message the extension's parts send each other: one discriminated union per direction, with the
// reply type of each. The background handles `Request` in one place; content scripts handle `TabRequest`.
import type { ArticleInfo } from '../article/types';
import type { Selector } from '../anchoring/types';
import type { Annotation, ArticleRecord, ColorName } from './model';

/** What a content script reports about its page (the body text stays in the page). */
export interface PageReport {
  url: string;
  canonicalUrl: string | null;
  ogUrl: string | null;
  info: Omit<ArticleInfo, 'text'> | null;
}

export interface AnnotationDraft {
  quote: string;
  selectors: Selector[];
  color: ColorName;
  note?: string;
}

export interface AnnotationPatch {
  note?: string;
  color?: ColorName;
  tags?: string[];
  /** A new place for the highlight: set together when an orphan is re-attached to a fresh selection. */
  quote?: string;
  selectors?: Selector[];
}

/** Narrows the library page's lists; every field is optional. */
export interface LibraryFilter {
  tag?: string;
  color?: ColorName;
  site?: string;
}

/** An article in the library page's list. */
export interface LibraryArticle {
  article: ArticleRecord;
  annotationCount: number;
  /** The most recent `modified` of its annotations, or null when it has none. */
  lastAnnotated: string | null;
}

/** A search result: an annotation whose quote, note, tags, article title or site matched. */
export interface SearchHit {
  annotation: Annotation;
  article: ArticleRecord;
}

/** A run of results counted in articles: `limit` articles from the `offset`-th, each with all its hits. */
export interface ResultPage {
  offset: number;
  limit: number;
}

/** Search results (one page of them, when a page was asked for) and the size of the whole result. */
export interface SearchResults {
  hits: SearchHit[];
  /** Every matching highlight, and the articles they are on, over all pages. */
  total: number;
  articleTotal: number;
}

/** What an import changed; importing the same file twice adds nothing the second time. */
export interface ImportSummary {
  articlesAdded: number;
  articlesUpdated: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  unchanged: number;
}

/** A failed highlight's reason, shown as a tooltip: the extension's own reasons are one sentence of ~120 characters. */
export const MAX_REASON_CHARS = 500;

/** Messages to the background (from content scripts and extension pages). */
export type Request =
  | { type: 'page-opened'; page: PageReport }
  | { type: 'annotation-create'; articleKey: string; draft: AnnotationDraft }
  | { type: 'annotation-update'; id: string; patch: AnnotationPatch }
  | { type: 'annotation-delete'; id: string }
  | { type: 'annotation-restore'; annotation: Annotation }
  | { type: 'annotations-list'; articleKey: string }
  | { type: 'library-articles' }
  | { type: 'library-tags' }
  | { type: 'library-snapshot'; articleKeys?: string[] }
  | { type: 'library-search'; query: string; filter?: LibraryFilter; page?: ResultPage }
  | { type: 'backup-import'; text: string }
  /** The chosen file itself, posted to the service worker (a Blob cannot go by runtime.sendMessage). */
  | { type: 'backup-import-file'; file: Blob }
  | { type: 'backup-export' }
  | { type: 'detector-load' }
  /** A content script's highlight from the in-page toolbar failed: the tab's toolbar icon says why. */
  | { type: 'highlight-failed'; reason: string };

export interface ReplyTo {
  'page-opened': { article: ArticleRecord; annotations: Annotation[] };
  'annotation-create': Annotation;
  'annotation-update': Annotation;
  'annotation-delete': { deleted: boolean };
  'annotation-restore': Annotation;
  'annotations-list': Annotation[];
  'library-articles': LibraryArticle[];
  /** Every tag in use, alphabetically (the library page's tag filter). */
  'library-tags': string[];
  /** Every article and annotation (or those of `articleKeys`): what exports and backups are made from. */
  'library-snapshot': { articles: ArticleRecord[]; annotations: Annotation[] };
  'library-search': SearchResults;
  /** All or nothing: a malformed file is refused whole with a message naming the problem and where. */
  'backup-import': ImportSummary;
  'backup-import-file': ImportSummary;
  /** The whole library as a backup file's text (docs/backup-format.md), made where the records are. */
  'backup-export': { text: string; exportedAt: string };
  /** Puts detector.js into the sender's page (see src/content/lazy-detector.ts). */
  'detector-load': { loaded: boolean };
  /** False where the sender is no tab (nothing to show it on). */
  'highlight-failed': { shown: boolean };
}

/** What a content script tells the popup about its tab. */
export interface TabState {
  article: ArticleRecord;
  info: Omit<ArticleInfo, 'text'> | null;
  /** Why detection failed, when it did; highlighting works all the same. */
  detectionError: string | null;
  annotations: Annotation[];
  /** Ids of annotations that could not be placed on the page. */
  orphanIds: string[];
  /** Whether highlights are shown on the page (the reader can hide them). */
  visible: boolean;
}

/** Messages to a tab's content script (from the background and the popup). */
export type TabRequest =
  | { type: 'tab-state' }
  | { type: 'tab-highlight-selection'; color?: ColorName; withNote?: boolean }
  | { type: 'tab-scroll-to'; id: string }
  | { type: 'tab-refresh' }
  | { type: 'tab-reattach'; id: string }
  | { type: 'tab-set-visible'; visible: boolean };

export interface TabReplyTo {
  'tab-state': TabState;
  'tab-highlight-selection': { created: Annotation | null; reason?: string };
  'tab-scroll-to': { scrolled: boolean };
  'tab-refresh': { painted: number };
  /** Moves an orphaned highlight to the reader's current selection. */
  'tab-reattach': { reattached: boolean; reason?: string };
  'tab-set-visible': { visible: boolean };
}

/** Every reply travels wrapped, so that an error is a value the sender can show. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
