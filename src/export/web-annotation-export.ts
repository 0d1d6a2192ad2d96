// W3C Web Annotation Data Model (JSON-LD) export: an AnnotationCollection with one AnnotationPage per article,
// each page embedding the next, so the file stands alone. Every annotation carries its own @context so it is
// valid when taken out of the collection (annotation servers accept them one at a time).
// Text positions count characters of the article body our detector found, not of the whole page; tools that
// read them check the quote first, as the model advises.
import type { Annotation, ArticleRecord } from '../shared/model';
import type { LibrarySnapshot } from './types';
import { annotationsOf, sortArticles } from './snapshot';
import { colorClass, highlightStylesheet } from './palette';
import { annotationIri } from './web-annotation-ids';
import { wellFormed } from './text-safety';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

type JsonObject = { [key: string]: unknown };

/** One annotation in the W3C model: the note and tags as textual bodies, the colour as a style class. */
export function toWebAnnotation(annotation: Annotation, article: ArticleRecord): JsonObject {
  const bodies: JsonObject[] = [];
  if (annotation.note !== '') {
    bodies.push({ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: wellFormed(annotation.note) });
  }
  for (const tag of annotation.tags) bodies.push({ type: 'TextualBody', purpose: 'tagging', value: wellFormed(tag) });
  return {
    '@context': ANNOTATION_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation: annotation.note !== '' ? 'commenting' : 'highlighting',
    created: annotation.created,
    modified: annotation.modified,
    stylesheet: { type: 'CssStylesheet', value: highlightStylesheet() },
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: {
      type: 'SpecificResource',
      source: article.key, // the normalized address the library knows the article by, so import finds it again
      styleClass: colorClass(annotation.color),
      selector: webSelectors(annotation),
    },
  };
}

/** The whole snapshot as one collection; articles without annotations get no page. */
export function toWebAnnotationCollection(snapshot: LibrarySnapshot, now: Date): JsonObject {
  const collectionId = `urn:marginalia:collection:${now.toISOString()}`;
  const pages = sortArticles(snapshot.articles)
    .map((article) => ({ article, items: annotationsOf(article, snapshot.annotations) }))
    .filter((page) => page.items.length > 0);
  const pageId = (n: number) => `${collectionId}:page:${n + 1}`;
  let startIndex = pages.reduce((sum, page) => sum + page.items.length, 0);
  let next: JsonObject | undefined;
  for (let n = pages.length - 1; n >= 0; n--) {
    const { article, items } = pages[n] as (typeof pages)[number];
    startIndex -= items.length;
    next = {
      id: pageId(n),
      type: 'AnnotationPage',
      partOf: collectionId,
      startIndex,
      items: items.map((annotation) => toWebAnnotation(annotation, article)),
      ...(next ? { next } : {}),
    };
  }
  const total = pages.reduce((sum, page) => sum + page.items.length, 0);
  return {
    '@context': ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'Marginalia highlights',
    total,
    ...(next ? { first: next, last: pageId(pages.length - 1) } : {}),
  };
}

/** The collection as the text of a `.jsonld` file. */
export function toWebAnnotationJson(snapshot: LibrarySnapshot, now: Date): string {
  return `${JSON.stringify(toWebAnnotationCollection(snapshot, now), null, 2)}\n`;
}

/** Quote and position selectors; our structural selector is relative to the detected article, so it stays home. */
function webSelectors(annotation: Annotation): JsonObject[] {
  const selectors: JsonObject[] = [];
  for (const selector of annotation.selectors) {
    if (selector.type === 'TextQuoteSelector') {
      selectors.push({
        type: 'TextQuoteSelector', exact: wellFormed(selector.exact),
        ...(selector.prefix !== undefined ? { prefix: wellFormed(selector.prefix) } : {}),
        ...(selector.suffix !== undefined ? { suffix: wellFormed(selector.suffix) } : {}),
      });
    } else if (selector.type === 'TextPositionSelector') {
      selectors.push({ type: 'TextPositionSelector', start: selector.start, end: selector.end });
    }
  }
  if (!selectors.some((selector) => selector.type === 'TextQuoteSelector')) {
    selectors.unshift({ type: 'TextQuoteSelector', exact: wellFormed(annotation.quote) });
  }
  return selectors;
}
