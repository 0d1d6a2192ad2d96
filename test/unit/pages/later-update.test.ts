// When the popup and the library tell the reader that an article was updated.
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../src/shared/browser-api', () => ({ browser: { i18n: { getUILanguage: () => 'en-US', getMessage: () => '' } } }));
const { laterUpdate } = await import('../../../src/pages/shared/i18n');

describe('laterUpdate', () => {
  it('tells a modification on a later day than the publication', () => {
    expect(laterUpdate('2026-03-14T08:30:00Z', '2026-03-16T10:00:00Z')).toBe('March 16, 2026');
  });
  it('tells the modification when there is no publication date', () => {
    expect(laterUpdate(null, '2026-03-16T10:00:00Z')).toBe('March 16, 2026');
  });
  it('says nothing of a stamp on the publication day, an earlier one, or none', () => {
    expect(laterUpdate('2026-03-14T08:30:00Z', '2026-03-14T12:00:00Z')).toBeNull();
    expect(laterUpdate('2026-03-14T08:30:00Z', '2026-03-01T12:00:00Z')).toBeNull();
    expect(laterUpdate('2026-03-14T08:30:00Z', null)).toBeNull();
    expect(laterUpdate('2026-03-14T08:30:00Z', 'not a date')).toBeNull();
  });
});
