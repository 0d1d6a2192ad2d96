// Messages reach the background from content scripts, which run beside untrusted pages: every one is
// checked before it is acted on. These tests pin the checks of the message types that exist today.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../src/background/validate-request';
import { MAX_REASON_CHARS } from '../../../src/shared/messages';
import { withField } from './with-field';

const SELECTORS = [{ type: 'TextQuoteSelector', exact: 'a quote', prefix: '', suffix: '' }];
const VALID = {
  'page-opened': { type: 'page-opened', page: { url: 'https://news.example.org/a', canonicalUrl: null, ogUrl: null, info: null } },
  'annotation-create': { type: 'annotation-create', articleKey: 'https://news.example.org/a', draft: { quote: 'a quote', selectors: SELECTORS, color: 'yellow', note: 'n' } },
  'annotation-update': { type: 'annotation-update', id: 'id-1', patch: { note: 'n', color: 'blue', tags: ['t'] } },
  'annotation-delete': { type: 'annotation-delete', id: 'id-1' },
  'annotations-list': { type: 'annotations-list', articleKey: 'https://news.example.org/a' },
  'highlight-failed': { type: 'highlight-failed', reason: 'select some text on the page first.' },
} as const;

const refused = (message: unknown, origin: 'extension-page' | 'content-script' = 'extension-page') => {
  const result = validateRequest(message, origin);
  expect(result.ok, JSON.stringify(message)?.slice(0, 200)).toBe(false);
  return result.ok ? '' : result.error;
};

describe('validateRequest', () => {
  it.each(Object.entries(VALID))('accepts a well-formed %s', (_type, message) => {
    expect(validateRequest(message)).toEqual({ ok: true, request: message });
  });

  it.each([null, undefined, 42, 'annotation-delete', true, [], [{ type: 'annotation-delete', id: 'x' }]])('refuses %j, which is not an object', (message) => {
    refused(message);
  });

  it.each([{}, { type: 'drop-database' }, { type: 7 }, { type: null }, { type: ['annotation-delete'] }, { type: 'ANNOTATION-DELETE', id: 'x' }, { type: 'toString' }, { type: '__proto__' }, { type: 'constructor' }])('refuses the unknown type of %j', (message) => {
    expect(refused(message)).toMatch(/type/i);
  });

  it.each([
    ['page-opened', 'page', undefined], ['page-opened', 'page', 'https://x'], ['page-opened', 'page.url', 5], ['page-opened', 'page.url', undefined],
    ['annotation-create', 'articleKey', undefined], ['annotation-create', 'articleKey', {}], ['annotation-create', 'draft', []],
    ['annotation-create', 'draft.quote', 3], ['annotation-create', 'draft.selectors', []], ['annotation-create', 'draft.selectors', [{}]],
    ['annotation-create', 'draft.selectors', 'TextQuoteSelector'], ['annotation-create', 'draft.color', 'red'], ['annotation-create', 'draft.color', undefined],
    ['annotation-create', 'draft.note', 12],
    ['annotation-update', 'id', undefined], ['annotation-update', 'patch', null], ['annotation-update', 'patch.note', false],
    ['annotation-update', 'patch.color', 'black'], ['annotation-update', 'patch.tags', 'one,two'], ['annotation-update', 'patch.tags', [1, 2]],
    ['annotation-delete', 'id', undefined], ['annotation-delete', 'id', 42], ['annotations-list', 'articleKey', null],
    ['highlight-failed', 'reason', undefined], ['highlight-failed', 'reason', { toString: 'x' }], ['highlight-failed', 'reason', 'x'.repeat(MAX_REASON_CHARS + 1)],
  ] as const)('refuses %s with %s = %j and names the field', (type, path, value) => {
    expect(refused(withField(VALID[type], path, value))).toContain(path);
  });

  it('refuses a message over the size limit, even with every field well formed', () => {
    const huge = withField(VALID['annotation-create'], 'draft.note', 'x'.repeat(1_100_000));
    expect(refused(huge)).toMatch(/large/i);
  });

  it('accepts a long note under the size limit', () => {
    expect(validateRequest(withField(VALID['annotation-create'], 'draft.note', 'x'.repeat(100_000))).ok).toBe(true);
  });

  // A page that subverts our content script must not reach the whole library: these are for extension pages.
  it.each(['library-articles', 'library-snapshot', 'library-search', 'backup-import', 'annotation-delete', 'annotation-restore'])('refuses %s from a content script', (type) => {
    expect(refused({ ...VALID['annotation-delete'], type, query: '', text: '{}' }, 'content-script')).toMatch(/extension/i);
  });

  it.each(Object.entries(VALID).filter(([type]) => type !== 'annotation-delete'))('accepts %s from a content script', (_type, message) => {
    expect(validateRequest(message, 'content-script').ok).toBe(true);
  });

  it('answers any JSON value with a verdict, never an exception', () => {
    const messages = fc.oneof(
      fc.jsonValue(),
      fc.record({ type: fc.constantFrom(...Object.keys(VALID), 'x'), page: fc.jsonValue(), draft: fc.jsonValue(), patch: fc.jsonValue(), id: fc.jsonValue(), articleKey: fc.jsonValue() }, { requiredKeys: ['type'] }),
    );
    fc.assert(fc.property(messages, (message) => {
      const result = validateRequest(message);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
    }), { numRuns: 500 });
  });
});
