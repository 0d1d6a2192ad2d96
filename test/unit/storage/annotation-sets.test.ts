import { describe, expect, it } from 'vitest';
import { annotationSet, regroup, withAnnotation, withoutAnnotation } from '../../../src/background/storage/annotation-sets';
import { annotation } from './helpers';

const A = 'https://a.example/';
const B = 'https://b.example/';

describe('annotation sets', () => {
  it('hold an article\'s annotations in the order made, with the ids, tags and latest edit the indexes read', () => {
    const later = annotation('z', A, { created: '2026-01-03T00:00:00.000Z', modified: '2026-01-09T00:00:00.000Z', tags: ['x', 'y'] });
    const earlier = annotation('y', A, { created: '2026-01-01T00:00:00.000Z', tags: ['x'] });
    const set = annotationSet(A, [later, earlier]);
    expect(set.annotations.map((a) => a.id)).toEqual(['y', 'z']);
    expect(set.ids).toEqual(['y', 'z']);
    expect(set.tags).toEqual(['x', 'y']);
    expect(set.modified).toBe('2026-01-09T00:00:00.000Z');
  });

  it('replace an annotation by id, and are gone when their last annotation is', () => {
    const set = annotationSet(A, [annotation('1', A)]);
    const edited = withAnnotation(set, annotation('1', A, { note: 'new' }));
    expect(edited.annotations.map((a) => a.note)).toEqual(['new']);
    expect(withoutAnnotation(edited, '1')).toBeNull();
    expect(withAnnotation(undefined, annotation('2', B)).articleKey).toBe(B);
  });

  it('regroup writes each touched article whole, after the sets its annotations left', () => {
    const stored = [annotationSet(A, [annotation('1', A), annotation('2', A)]), annotationSet(B, [annotation('3', B)])];
    const writes = regroup(stored, [annotation('3', A, { note: 'moved' }), annotation('4', A)]);
    expect(writes.map((w) => [w.articleKey, w.set?.ids ?? null])).toEqual([[B, null], [A, ['1', '2', '3', '4']]]);
  });

  it('regroup lets two annotations swap articles without an id ever stored twice', () => {
    const stored = [annotationSet(A, [annotation('1', A), annotation('2', A)]), annotationSet(B, [annotation('3', B)])];
    const writes = regroup(stored, [annotation('1', B), annotation('3', A)]);
    const held = new Map(stored.map((set) => [set.articleKey, set.ids]));
    for (const write of writes) {
      held.set(write.articleKey, write.set?.ids ?? []);
      const all = [...held.values()].flat();
      expect(new Set(all).size).toBe(all.length);
    }
    expect(Object.fromEntries(held)).toEqual({ [A]: ['2', '3'], [B]: ['1'] });
  });
});
