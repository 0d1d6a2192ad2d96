// Checks a message before the background acts on it: known type, fields of the right types, bounded size.
// Content scripts run beside untrusted pages, so nothing they send is taken on trust.
import { MAX_BACKUP_BYTES } from '../export/backup';
import { COLOR_NAMES } from '../shared/model';
import type { Request } from '../shared/messages';

/** Largest message accepted; a page report or a highlight with a long note is far smaller. */
const MAX_MESSAGE_CHARS = 1_000_000;
/** A backup's text may be as large as a backup file may be, plus the message's own fields. */
const MAX_IMPORT_MESSAGE_CHARS = MAX_BACKUP_BYTES + 1_000;

type Check = (value: unknown) => string | null;

const isString: Check = (v) => (typeof v === 'string' ? null : 'expected a string');
const isObject: Check = (v) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? null : 'expected an object');
const isColor: Check = (v) => (COLOR_NAMES.includes(v as never) ? null : `expected one of ${COLOR_NAMES.join(', ')}`);
const optional = (check: Check): Check => (v) => (v === undefined ? null : check(v));
const isStringList: Check = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : 'expected a list of strings';
const isSelectors: Check = (v) =>
  Array.isArray(v) && v.length > 0 && v.every((s) => isObject(s) === null && typeof (s as { type?: unknown }).type === 'string')
    ? null
    : 'expected a list of selectors';
/** A highlight's new place is its quote and its selectors together; one without the other would disagree. */
const isPlaceTogether: Check = (patch) => {
  const { quote, selectors } = (patch ?? {}) as { quote?: unknown; selectors?: unknown };
  return (quote === undefined) === (selectors === undefined) ? null : 'quote and selectors must be given together';
};

const shapes: Record<Request['type'], Record<string, Check>> = {
  'page-opened': { page: isObject, 'page.url': isString },
  'annotation-create': { articleKey: isString, draft: isObject, 'draft.quote': isString, 'draft.selectors': isSelectors, 'draft.color': isColor, 'draft.note': optional(isString) },
  'annotation-update': {
    id: isString, patch: isObject, 'patch.note': optional(isString), 'patch.color': optional(isColor), 'patch.tags': optional(isStringList),
    'patch.quote': optional(isString), 'patch.selectors': optional(isSelectors), 'patch.': isPlaceTogether,
  },
  'annotation-delete': { id: isString },
  'annotation-restore': { annotation: isObject, 'annotation.id': isString, 'annotation.articleKey': isString, 'annotation.quote': isString, 'annotation.selectors': isSelectors, 'annotation.color': isColor },
  'annotations-list': { articleKey: isString },
  'library-articles': {},
  'library-snapshot': { articleKeys: optional(isStringList) },
  'library-search': { query: isString, filter: optional(isObject), 'filter.tag': optional(isString), 'filter.color': optional(isColor), 'filter.site': optional(isString) },
  'backup-import': { text: isString },
  'detector-load': {},
};

/**
 * Requests that read or replace the whole library, answered only for the extension's own pages: a content script
 * shares a process with a web page, and a compromised page must not be able to read every note or import over them.
 */
const EXTENSION_PAGES_ONLY: ReadonlySet<Request['type']> = new Set([
  'library-articles', 'library-snapshot', 'library-search', 'backup-import',
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
