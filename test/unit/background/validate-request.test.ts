import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../../src/background/validate-request';
import { MAX_BACKUP_BYTES } from '../../../src/export/backup';

const selectors = [{ type: 'TextQuoteSelector', exact: 'new words' }];

describe('validateRequest', () => {
  it('accepts the library page\'s requests', () => {
    for (const message of [
      { type: 'library-articles' },
      { type: 'library-snapshot' },
      { type: 'library-snapshot', articleKeys: ['https://a.example/'] },
      { type: 'library-search', query: 'lake' },
      { type: 'library-search', query: '', filter: { tag: 'x', color: 'blue', site: 'Example' } },
      { type: 'library-search', query: 'lake', page: { offset: 40, limit: 20 } },
      { type: 'backup-import', text: '{}' },
    ]) {
      expect(validateRequest(message)).toEqual({ ok: true, request: message });
    }
  });

  it('names the field that is wrong', () => {
    expect(validateRequest({ type: 'library-search', query: 3 })).toEqual({ ok: false, error: 'library-search: query: expected a string' });
    expect(validateRequest({ type: 'library-search', query: '', filter: { color: 'teal' } })).toMatchObject({ ok: false, error: expect.stringMatching(/filter\.color/) });
    expect(validateRequest({ type: 'library-search', query: '', page: { offset: -1, limit: 20 } })).toMatchObject({ ok: false, error: expect.stringMatching(/page: offset: expected a whole number/) });
    expect(validateRequest({ type: 'library-search', query: '', page: { offset: 0 } })).toMatchObject({ ok: false, error: expect.stringMatching(/page: limit: missing/) });
    expect(validateRequest({ type: 'library-snapshot', articleKeys: [1] })).toMatchObject({ ok: false, error: expect.stringMatching(/articleKeys/) });
    expect(validateRequest({ type: 'backup-import' })).toMatchObject({ ok: false, error: expect.stringMatching(/text: expected a string/) });
  });

  it('accepts a new place for an orphaned highlight only as quote and selectors together', () => {
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { quote: 'new words', selectors } }).ok).toBe(true);
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { quote: 'new words' } })).toMatchObject({ ok: false, error: expect.stringMatching(/together/) });
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { selectors } })).toMatchObject({ ok: false, error: expect.stringMatching(/together/) });
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { quote: 'x', selectors: [] } })).toMatchObject({ ok: false, error: expect.stringMatching(/patch\.selectors/) });
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { note: 'only a note' } }).ok).toBe(true);
  });

  it('lets a backup be as large as a backup file may be, and keeps the 1 MB cap for everything else', () => {
    const big = 'x'.repeat(5_000_000);
    expect(validateRequest({ type: 'backup-import', text: big }).ok).toBe(true);
    expect(validateRequest({ type: 'annotation-update', id: 'a', patch: { note: big } })).toEqual({ ok: false, error: 'Message too large' });
    expect(validateRequest({ type: 'backup-import', text: 'x'.repeat(MAX_BACKUP_BYTES + 2_000) })).toEqual({ ok: false, error: 'Message too large' });
  });
});

describe('validateRequest by origin', () => {
  it('answers whole-library requests only for the extension\'s pages', () => {
    for (const message of [{ type: 'library-articles' }, { type: 'library-snapshot' }, { type: 'library-search', query: 'x' }, { type: 'backup-import', text: '{}' }, { type: 'backup-export' }]) {
      expect(validateRequest(message, 'content-script')).toMatchObject({ ok: false, error: expect.stringMatching(/only for the extension's pages/) });
      expect(validateRequest(message, 'extension-page').ok).toBe(true);
    }
  });

  it('still answers a content script about its own article', () => {
    expect(validateRequest({ type: 'annotations-list', articleKey: 'https://a.example/' }, 'content-script').ok).toBe(true);
  });
});
