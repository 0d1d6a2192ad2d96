// When the popup, the library and the Markdown export tell the reader that an article was updated.
import { describe, expect, it } from 'vitest';
import { laterModification } from '../../../src/export/snapshot';
import type { ArticleRecord } from '../../../src/shared/model';

const dated = (publishedTime: string | null, modifiedTime: string | null) => ({ publishedTime, modifiedTime } as ArticleRecord);

describe('laterModification', () => {
  it('tells a modification on a later day than the publication, or with no publication date', () => {
    expect(laterModification(dated('2026-03-14T08:30:00Z', '2026-03-16T10:00:00Z'))).toBe('2026-03-16T10:00:00Z');
    expect(laterModification(dated(null, '2026-03-16T10:00:00Z'))).toBe('2026-03-16T10:00:00Z');
  });
  it('says nothing of a stamp on the publication day, an earlier one, or none', () => {
    expect(laterModification(dated('2026-03-14T08:30:00Z', '2026-03-14T12:00:00Z'))).toBeNull();
    expect(laterModification(dated('2026-03-14T08:30:00Z', '2026-03-01T12:00:00Z'))).toBeNull();
    expect(laterModification(dated('2026-03-14T08:30:00Z', null))).toBeNull();
    expect(laterModification(dated('2026-03-14T08:30:00Z', 'not a date'))).toBeNull();
  });
});
