// Checks a message before the background acts on it: known type, fields of the right types, bounded size.
// Content scripts run beside untrusted pages, so nothing they send is taken on trust: every field a page could
// shape (the page report's facts, each selector's parts) is checked for its type and its length.
import { MAX_BACKUP_BYTES } from '../export/backup';
import { arrayOf, checkThat, isFraction, isOneOf, orNull, record, taggedUnion, type Check as TableCheck } from '../export/validation';
import { COLOR_NAMES } from '../shared/model';
import { MAX_REASON_CHARS, type Request } from '../shared/messages';

/** Largest message accepted; a page report or a highlight with a long note is far smaller. */
const MAX_MESSAGE_CHARS = 1_000_000;
/** A backup's text may be as large as a backup file may be, plus the message's own fields. */
const MAX_IMPORT_MESSAGE_CHARS = MAX_BACKUP_BYTES + 1_000;
/** Addresses, article keys and ids: Chromium itself shows no more than 32 KiB of a URL (url::kMaxURLDisplayChars). */
export const MAX_URL_CHARS = 32 * 1024;
/** A detected fact (title, byline, excerpt, language…): real ones are a few hundred characters at most. */
export const MAX_FACT_CHARS = 10_000;
/** Authors and keywords of one article; real pages name a handful. */
export const MAX_FACT_ITEMS = 100;
/** A quote or a note: a long book chapter (~40,000 words) fits; the message limit bounds the whole anyway. */
export const MAX_TEXT_CHARS = 250_000;
/** A quote selector's prefix and suffix: describe() takes about 32 characters; other tools take similar. */
export const MAX_CONTEXT_CHARS = 1_000;
/**
 * An element path, ~7–15 characters a step: a page built by script may nest far deeper than its HTML parser would
 * (the hostile test page nests 5,000 elements, ~35,000 characters), and a highlight there must still be possible.
 */
export const MAX_PATH_CHARS = 200_000;
/** Selectors of one highlight: describe() makes three (quote, position, range). */
export const MAX_SELECTORS = 10;
/** Tags on one highlight, and the length of one. */
export const MAX_TAGS = 200;
export const MAX_TAG_CHARS = 500;

type Check = (value: unknown) => string | null;

const isString: Check = (v) => (typeof v === 'string' ? null : 'expected a string');
const isObject: Check = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? null : 'expected an object');
const isColor: Check = (v) => (COLOR_NAMES.includes(v as never) ? null : `expected one of ${COLOR_NAMES.join(', ')}`);
const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));
const isBlob: Check = (v) => (typeof Blob !== 'undefined' && v instanceof Blob ? null : 'expected a file');
const isStringList: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : 'expected a list of strings';
/** A string of at most `max` characters. */
const text = (max: number): Check => (v) =>
  typeof v !== 'string' ? 'expected a string' : v.length > max ? `longer than ${max.toLocaleString('en')} characters` : null;
/** A list of at most `max` items, each passing `item`. */
const listOf = (item: Check, max: number): Check => (v) => {
  if (!Array.isArray(v)) return 'expected a list';
  if (v.length > max) return `more than ${max} items`;
  for (const [i, value] of v.entries()) {
    const problem = item(value);
    if (problem) return `[${i}]: ${problem}`;
  }
  return null;
};
/** A table check of src/export/validation (deep, path-naming) as a check of this file: its first problem. */
const deep = (check: TableCheck): Check => (v) => {
  const problems: string[] = [];
  check(v, '', problems);
  return problems[0]?.replace(/^\.?/, '') ?? null;
};

const boundedText = (max: number): TableCheck =>
  checkThat(`a string of at most ${max.toLocaleString('en')} characters`, (v) => typeof v === 'string' && v.length <= max);
const boundedList = (item: TableCheck, max: number): TableCheck => (value, path, problems) => {
  if (Array.isArray(value) && value.length > max) problems.push(`${path}: expected at most ${max} items, found ${value.length}`);
  else arrayOf(item)(value, path, problems);
};
const isOffset = checkThat('a whole number ≥ 0', (v) => Number.isSafeInteger(v) && (v as number) >= 0);
const isCount = isOffset;
const isBoolean = checkThat('true or false', (v) => typeof v === 'boolean');
/** A position selector's end never comes before its start. */
const isOrderedPosition: TableCheck = (value, path, problems) => {
  const { start, end } = value as { start: number; end: number };
  if (Number.isSafeInteger(start) && Number.isSafeInteger(end) && end < start) problems.push(`${path}.end: expected ≥ start`);
};

const isSelector: TableCheck = (value, path, problems) => {
  const before = problems.length;
  taggedUnion({
    TextQuoteSelector: {
      required: { exact: boundedText(MAX_TEXT_CHARS) },
      optional: { prefix: boundedText(MAX_CONTEXT_CHARS), suffix: boundedText(MAX_CONTEXT_CHARS) },
    },
    TextPositionSelector: { required: { start: isOffset, end: isOffset } },
    RangeSelector: {
      required: { startContainer: boundedText(MAX_PATH_CHARS), startOffset: isOffset, endContainer: boundedText(MAX_PATH_CHARS), endOffset: isOffset },
      optional: { lookalikeFit: isFraction },
    },
  })(value, path, problems);
  if (problems.length === before && (value as { type: string }).type === 'TextPositionSelector') isOrderedPosition(value, path, problems);
};
const isSelectors: Check = (v) =>
  Array.isArray(v) && v.length === 0 ? 'expected at least one selector' : deep(boundedList(isSelector, MAX_SELECTORS))(v);

const fact = orNull(boundedText(MAX_FACT_CHARS));
const address = orNull(boundedText(MAX_URL_CHARS));
/** What the detector found (ArticleInfo without its text), as a content script reports it. */
const isArticleInfo: Check = (v) => v === null ? null : deep(record({
  required: {
    url: boundedText(MAX_URL_CHARS), canonicalUrl: address, title: fact, byline: fact,
    authors: boundedList(boundedText(MAX_FACT_CHARS), MAX_FACT_ITEMS), publishedTime: fact, modifiedTime: fact, siteName: fact,
    lang: fact, dir: isOneOf(['ltr', 'rtl', null]), excerpt: fact, leadImage: address, section: fact,
    keywords: boundedList(boundedText(MAX_FACT_CHARS), MAX_FACT_ITEMS), isArticle: isBoolean, wordCount: isCount, readingTimeMinutes: isCount,
  },
}))(v);
const isAddressOrNull: Check = (v) => (v === null ? null : text(MAX_URL_CHARS)(v));

/** A highlight's new place is its quote and its selectors together; one without the other would disagree. */
const isPlaceTogether: Check = (patch) => {
  const { quote, selectors } = (patch ?? {}) as { quote?: unknown; selectors?: unknown };
  return (quote === undefined) === (selectors === undefined) ? null : 'quote and selectors must be given together';
};
const key = text(MAX_URL_CHARS);
const tags = listOf(text(MAX_TAG_CHARS), MAX_TAGS);

const shapes: Record<Request['type'], Record<string, Check>> = {
  'page-opened': {
    page: isObject, 'page.url': text(MAX_URL_CHARS), 'page.canonicalUrl': isAddressOrNull, 'page.ogUrl': isAddressOrNull, 'page.info': isArticleInfo,
  },
  'annotation-create': {
    articleKey: key, draft: isObject, 'draft.quote': text(MAX_TEXT_CHARS), 'draft.selectors': isSelectors, 'draft.color': isColor,
    'draft.note': optional(text(MAX_TEXT_CHARS)),
  },
  'annotation-update': {
    id: key, patch: isObject, 'patch.note': optional(text(MAX_TEXT_CHARS)), 'patch.color': optional(isColor), 'patch.tags': optional(tags),
    'patch.quote': optional(text(MAX_TEXT_CHARS)), 'patch.selectors': optional(isSelectors), 'patch.': isPlaceTogether,
  },
  'annotation-delete': { id: key },
  'annotation-restore': {
    annotation: isObject, 'annotation.id': key, 'annotation.articleKey': key, 'annotation.quote': text(MAX_TEXT_CHARS),
    'annotation.selectors': isSelectors, 'annotation.color': isColor,
  },
  'annotations-list': { articleKey: key },
  'library-articles': {},
  'library-tags': {},
  'library-snapshot': { articleKeys: optional(isStringList) },
  'library-search': {
    query: isString, filter: optional(isObject), 'filter.tag': optional(isString), 'filter.color': optional(isColor), 'filter.site': optional(isString),
    page: optional(deep(record({ required: { offset: isOffset, limit: isCount } }))),
  },
  'backup-import': { text: isString },
  // Its size is checked before it is read (the message itself is small: the file is passed as a handle).
  'backup-import-file': { file: isBlob },
  'backup-export': {},
  'detector-load': {},
  'highlight-failed': { reason: text(MAX_REASON_CHARS) },
};

/**
 * Requests that read or replace the whole library, answered only for the extension's own pages: a content script
 * shares a process with a web page, and a compromised page must not be able to read every note or import over them.
 */
const EXTENSION_PAGES_ONLY: ReadonlySet<Request['type']> = new Set([
  'library-articles', 'library-tags', 'library-snapshot', 'library-search', 'backup-import', 'backup-import-file', 'backup-export',
  // Deleting and putting back a highlight happen in the popup and the library, never in a web page.
  'annotation-delete', 'annotation-restore',
]);

/** Where a message comes from: an extension page (popup, library, options) or a content script in a web page. */
export type MessageOrigin = 'extension-page' | 'content-script';

/** Returns the request when it is well formed, or a sentence that says what is wrong. */
export function validateRequest(message: unknown, origin: MessageOrigin = 'extension-page'): { ok: true; request: Request } | { ok: false; error: string } {
  if (isObject(message) !== null) return { ok: false, error: 'A message must be an object' };
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(shapes, type)) return { ok: false, error: `Unknown message type ${String(type)}` };
  if (origin !== 'extension-page' && EXTENSION_PAGES_ONLY.has(type as Request['type'])) return { ok: false, error: `${type} is answered only for the extension's pages` };
  if (messageSize(type, message as object) > (type === 'backup-import' ? MAX_IMPORT_MESSAGE_CHARS : MAX_MESSAGE_CHARS)) {
    return { ok: false, error: 'Message too large' };
  }
  for (const [path, check] of Object.entries(shapes[type as Request['type']])) {
    const problem = check(path.split('.').filter((k) => k !== '').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], message));
    if (problem) return { ok: false, error: `${type}: ${path.replace(/\.$/, '')}: ${problem}` };
  }
  return { ok: true, request: message as Request };
}

/**
 * The message's size in characters. A backup's text is measured by its length, not stringified again: copying
 * 50 MB only to count it would double the import's memory. parseBackup then checks its exact size in bytes.
 */
function messageSize(type: string, message: object): number {
  const text = (message as { text?: unknown }).text;
  if (type === 'backup-import' && typeof text === 'string') return text.length + JSON.stringify({ ...message, text: '' }).length;
  return JSON.stringify(message).length;
}
