// An article's annotations stored together, as one record: the unit the library writes. In Chromium each
// IndexedDB request costs a round trip to the browser process, so 10,000 annotations written one record each took
// three to five times as long as the same annotations written as their 1,000 articles' sets (docs/benchmarks.md).
// The lists beside the annotations are what the store's indexes read (an index cannot look inside a list of records).
import type { Annotation } from '../../shared/model';
import { compareText } from '../../export/snapshot';

export interface AnnotationSet {
  articleKey: string;
  /** In the order they were made (created, then id). */
  annotations: Annotation[];
  /** Each annotation's id: a unique index finds the set holding an id. */
  ids: string[];
  /**
   * The latest modification time of its annotations: every annotation edited since a time is in a set the index by
   * time finds from that time on (one index entry a set, not one an annotation: each entry costs a write).
   */
  modified: string;
  /** Each distinct tag, for the index by tag. */
  tags: string[];
}

/** The set of `articleKey` holding `annotations` (any order). */
export function annotationSet(articleKey: string, annotations: Iterable<Annotation>): AnnotationSet {
  const list = [...annotations].sort((a, b) => compareText(a.created, b.created) || compareText(a.id, b.id));
  return {
    articleKey,
    annotations: list,
    ids: list.map((a) => a.id),
    modified: list.reduce((latest, a) => (a.modified > latest ? a.modified : latest), ''),
    tags: [...new Set(list.flatMap((a) => a.tags))],
  };
}

/** The set with `annotation` put in (replacing the one with its id), or a new set for it. */
export function withAnnotation(set: AnnotationSet | undefined, annotation: Annotation): AnnotationSet {
  const others = set ? set.annotations.filter((a) => a.id !== annotation.id) : [];
  return annotationSet(annotation.articleKey, [...others, annotation]);
}

/** The set without the annotation `id`, or null when nothing is left of it (the set is deleted then). */
export function withoutAnnotation(set: AnnotationSet, id: string): AnnotationSet | null {
  const rest = set.annotations.filter((a) => a.id !== id);
  return rest.length === 0 ? null : annotationSet(set.articleKey, rest);
}

/** Every annotation of the sets, by id (the order a store of single annotations gave). */
export function flattenSets(sets: readonly AnnotationSet[]): Annotation[] {
  return sets.flatMap((set) => set.annotations).sort((a, b) => compareText(a.id, b.id));
}

/** Groups annotations by their article's key. */
export function groupByArticle(annotations: Iterable<Annotation>): Map<string, Annotation[]> {
  const groups = new Map<string, Annotation[]>();
  for (const annotation of annotations) {
    const group = groups.get(annotation.articleKey);
    if (group) group.push(annotation);
    else groups.set(annotation.articleKey, [annotation]);
  }
  return groups;
}

/** One write of a set: the set whole, or its deletion (null) once nothing is left in it. */
export interface SetWrite {
  articleKey: string;
  set: AnnotationSet | null;
}

/**
 * The writes that put `changed` annotations into the `stored` sets, in order. An annotation whose article changed
 * leaves its old set first, in a write of its own: the index by id is unique, so the set it joins may be written
 * only once no other set holds it (two annotations may even swap articles).
 */
export function regroup(stored: readonly AnnotationSet[], changed: readonly Annotation[]): SetWrite[] {
  const members = new Map(stored.map((set) => [set.articleKey, new Map(set.annotations.map((a) => [a.id, a]))]));
  const home = new Map<string, string>();
  for (const set of stored) for (const id of set.ids) home.set(id, set.articleKey);
  const left = new Set<string>();
  const joined = new Set<string>();
  for (const annotation of changed) {
    const from = home.get(annotation.id);
    if (from !== undefined && from !== annotation.articleKey) {
      members.get(from)!.delete(annotation.id);
      left.add(from);
    }
    let target = members.get(annotation.articleKey);
    if (!target) members.set(annotation.articleKey, (target = new Map()));
    target.set(annotation.id, annotation);
    joined.add(annotation.articleKey);
  }
  const write = (key: string, annotations: Map<string, Annotation>): SetWrite => ({ articleKey: key, set: annotations.size > 0 ? annotationSet(key, annotations.values()) : null });
  // A set that loses annotations is first written without them (and without those it gains), then whole.
  const vacated = [...left].map((key) => {
    const kept = new Map([...members.get(key)!].filter(([id]) => home.get(id) === key));
    return write(key, kept);
  });
  return [...vacated, ...[...joined].map((key) => write(key, members.get(key)!))];
}
