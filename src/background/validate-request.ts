// Checks a message before the background acts on it: known type, fields of the right types, bounded size.
// Content scripts run beside untrusted pages, so nothing they send is taken on trust.
import { COLOR_NAMES } from '../shared/model';
import type { Request } from '../shared/messages';

/** Largest message accepted; a page report or a highlight with a long note is far smaller. */
const MAX_MESSAGE_CHARS = 1_000_000;

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

const shapes: Record<Request['type'], Record<string, Check>> = {
  'page-opened': { page: isObject, 'page.url': isString },
  'annotation-create': { articleKey: isString, draft: isObject, 'draft.quote': isString, 'draft.selectors': isSelectors, 'draft.color': isColor, 'draft.note': optional(isString) },
  'annotation-update': { id: isString, patch: isObject, 'patch.note': optional(isString), 'patch.color': optional(isColor), 'patch.tags': optional(isStringList) },
  'annotation-delete': { id: isString },
  'annotation-restore': { annotation: isObject, 'annotation.id': isString, 'annotation.articleKey': isString, 'annotation.quote': isString, 'annotation.selectors': isSelectors, 'annotation.color': isColor },
  'annotations-list': { articleKey: isString },
};

/** Returns the request when it is well formed, or a sentence that says what is wrong. */
export function validateRequest(message: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  if (isObject(message) !== null) return { ok: false, error: 'A message must be an object' };
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !(type in shapes)) return { ok: false, error: `Unknown message type ${String(type)}` };
  if (JSON.stringify(message).length > MAX_MESSAGE_CHARS) return { ok: false, error: 'Message too large' };
  for (const [path, check] of Object.entries(shapes[type as Request['type']])) {
    const problem = check(path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], message));
    if (problem) return { ok: false, error: `${type}: ${path}: ${problem}` };
  }
  return { ok: true, request: message as Request };
}
