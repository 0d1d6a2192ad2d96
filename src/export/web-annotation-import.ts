// Import of W3C Web Annotations (a single annotation, a list, an AnnotationPage or an AnnotationCollection with
// embedded pages). All or nothing: any malformed annotation refuses the file with its path and reason; valid
// annotations that do not target text are skipped and reported.
import type { Annotation, ArticleRecord } from '../shared/model';
import { checkImportSize, utf8Length } from './import-size';
import { describeJsonSyntaxError } from './json-syntax';
import { hasAnnotationContext, valuesOf, webAnnotationProblems } from './web-annotation-check';
import { readWebAnnotation } from './web-annotation-read';
import { isPlainObject } from './validation';
import { articleIdentity } from '../url';

/** Reported problems per refused file; the rest are counted. */
const MAX_REPORTED_PROBLEMS = 10;

export type WebAnnotationImport =
  | { ok: true; articles: ArticleRecord[]; annotations: Annotation[]; skipped: string[] }
  | { ok: false; error: string };

type Located = { value: unknown; path: string };

/** Reads a JSON-LD file; new articles are stubs (address only) first and last seen `now`. */
export function parseWebAnnotations(text: string, now: Date): WebAnnotationImport {
  const sizeError = checkImportSize(utf8Length(text));
  if (sizeError) return { ok: false, error: sizeError };
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const place = describeJsonSyntaxError(text) ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, error: `The file is not JSON: ${place}` };
  }
  const listed = Array.isArray(document) ? document : [document];
  if (!listed.every(hasAnnotationContext)) {
    return { ok: false, error: '@context: expected "http://www.w3.org/ns/anno.jsonld" (this is not a W3C Web Annotation file)' };
  }
  const found = Array.isArray(document) ? document.map((value, i) => ({ value, path: `[${i}]` })) : annotationsIn(document);
  if (typeof found === 'string') return { ok: false, error: found };
  const problems = found.flatMap(({ value, path }) => webAnnotationProblems(value, path || 'annotation'));
  if (problems.length > 0) return { ok: false, error: describe(problems) };
  return collect(found, now);
}

/** The annotations of a document with their paths, or why the document holds none we can reach. */
function annotationsIn(document: unknown): Located[] | string {
  if (!isPlainObject(document)) return 'expected an annotation, a page or a collection object';
  const types = valuesOf(document.type);
  if (types.includes('Annotation')) return [{ value: document, path: '' }];
  if (types.includes('AnnotationPage')) return pageChain(document, '');
  if (types.includes('AnnotationCollection')) {
    if (document.first === undefined) return [];
    if (!isPlainObject(document.first)) {
      return `first: the pages are not in the file (only their address "${String(document.first)}"); export the collection with its pages embedded`;
    }
    return pageChain(document.first, 'first');
  }
  return `type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", found ${JSON.stringify(document.type ?? null)}`;
}

/** Follows embedded `next` pages (iteratively: a long chain must not exhaust the stack). */
function pageChain(first: Record<string, unknown>, firstPath: string): Located[] | string {
  const found: Located[] = [];
  let page: unknown = first;
  let path = firstPath;
  while (isPlainObject(page)) {
    const items = page.items;
    if (!Array.isArray(items)) return `${path || 'page'}.items: expected a list of annotations`;
    items.forEach((value, i) => found.push({ value, path: `${path ? `${path}.` : ''}items[${i}]` }));
    page = page.next;
    path = `${path ? `${path}.` : ''}next`;
  }
  if (typeof page === 'string') return `${path}: the next page is not in the file (only its address "${page}")`;
  return found;
}

function collect(found: Located[], now: Date): WebAnnotationImport {
  const annotations: Annotation[] = [];
  const articles = new Map<string, ArticleRecord>();
  const skipped: string[] = [];
  const seenIds = new Map<string, string>();
  for (const { value, path } of found) {
    const result = readWebAnnotation(value as Record<string, unknown>, now);
    const where = path || 'annotation';
    if (!result.ok) {
      skipped.push(`${where}: ${result.reason}`);
      continue;
    }
    const earlier = seenIds.get(result.annotation.id);
    if (earlier !== undefined) return { ok: false, error: `${where}.id: duplicate of ${earlier}.id "${result.annotation.id}"` };
    seenIds.set(result.annotation.id, where);
    annotations.push(result.annotation);
    if (!articles.has(result.annotation.articleKey)) {
      articles.set(result.annotation.articleKey, articleStub(result.annotation.articleKey, result.sourceUrl, now));
    }
  }
  if (annotations.length === 0) {
    return { ok: false, error: describe(['No annotation in the file targets text.', ...skipped]) };
  }
  return { ok: true, articles: [...articles.values()], annotations, skipped };
}

function articleStub(key: string, url: string, now: Date): ArticleRecord {
  const time = now.toISOString();
  return {
    key, url, aliases: articleIdentity(url, {}).aliases, title: null, byline: null, authors: [], siteName: null,
    publishedTime: null, modifiedTime: null, lang: null, dir: null, excerpt: null, leadImage: null,
    wordCount: 0, readingTimeMinutes: 0, firstSeen: time, lastSeen: time,
  };
}

function describe(problems: string[]): string {
  const more = problems.length - MAX_REPORTED_PROBLEMS;
  return [...problems.slice(0, MAX_REPORTED_PROBLEMS), ...(more > 0 ? [`… and ${more} more`] : [])].join('\n');
}
