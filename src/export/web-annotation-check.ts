// Checks an incoming W3C annotation against the model's MUSTs that matter for importing it (one identity, a
// target, well-formed bodies, times and selectors), naming the path of each problem. Hand-written rather than the
// test suite's schemas: those need a schema compiler that generates code, which extension pages may not run.
import { isIri } from './web-annotation-ids';
import { isPlainObject } from './validation';

/** RFC 3339 date-time, the model's xsd:dateTime with a time zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const TEXT_DIRECTIONS = ['ltr', 'rtl', 'auto'];

type Problems = string[];

/** Problems of one annotation object found at `path` (empty when it can be imported). */
export function webAnnotationProblems(annotation: unknown, path: string): Problems {
  const problems: Problems = [];
  if (!isPlainObject(annotation)) return [`${path}: expected an annotation object`];
  if (!valuesOf(annotation.type).includes('Annotation')) problems.push(`${path}.type: expected "Annotation"`);
  if ('id' in annotation) checkSingle(annotation.id, `${path}.id`, isIri, 'one IRI', problems);
  for (const key of ['created', 'modified', 'generated']) {
    if (key in annotation) checkSingle(annotation[key], `${path}.${key}`, isDateTime, 'one date-time', problems);
  }
  for (const key of ['creator', 'generator']) {
    if (key in annotation) checkEach(annotation[key], `${path}.${key}`, isAgent, 'an IRI or an agent object', problems);
  }
  for (const key of ['rights', 'via']) {
    if (key in annotation) checkEach(annotation[key], `${path}.${key}`, isIri, 'an IRI', problems);
  }
  if ('canonical' in annotation) checkSingle(annotation.canonical, `${path}.canonical`, isIri, 'one IRI', problems);
  if ('body' in annotation && 'bodyValue' in annotation) problems.push(`${path}: has both body and bodyValue`);
  if ('bodyValue' in annotation && typeof annotation.bodyValue !== 'string') {
    problems.push(`${path}.bodyValue: expected one string`);
  }
  if ('body' in annotation) forEachValue(annotation.body, `${path}.body`, (body, at) => checkResource(body, at, problems));
  if (!('target' in annotation)) problems.push(`${path}.target: missing`);
  else forEachValue(annotation.target, `${path}.target`, (target, at) => checkResource(target, at, problems));
  return problems;
}

/** True when the document's @context names the Web Annotation context. */
export function hasAnnotationContext(document: unknown): boolean {
  return isPlainObject(document) && valuesOf(document['@context']).includes('http://www.w3.org/ns/anno.jsonld');
}

/** A property's values: one value or a list of them. */
export function valuesOf(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function checkResource(resource: unknown, path: string, problems: Problems): void {
  if (typeof resource === 'string') {
    if (!isIri(resource)) problems.push(`${path}: expected an IRI or an object, found "${resource}"`);
    return;
  }
  if (!isPlainObject(resource)) return void problems.push(`${path}: expected an IRI or an object`);
  if ('id' in resource) checkSingle(resource.id, `${path}.id`, isIri, 'one IRI', problems);
  const types = valuesOf(resource.type);
  if (types.includes('TextualBody') || ('value' in resource && !('source' in resource) && types.length === 0)) {
    if (typeof resource.value !== 'string') problems.push(`${path}.value: a textual body needs one string value`);
  }
  if ('format' in resource) checkEach(resource.format, `${path}.format`, isString, 'a media type string', problems);
  if ('language' in resource) checkEach(resource.language, `${path}.language`, isString, 'a language tag', problems);
  if ('processingLanguage' in resource) {
    checkSingle(resource.processingLanguage, `${path}.processingLanguage`, isString, 'one language tag', problems);
  }
  if ('textDirection' in resource) {
    checkSingle(resource.textDirection, `${path}.textDirection`, (v) => TEXT_DIRECTIONS.includes(v as string), 'ltr, rtl or auto', problems);
  }
  if ('source' in resource) {
    const source = resource.source;
    if (!isIri(source) && !(isPlainObject(source) && isIri(source.id))) problems.push(`${path}.source: expected an IRI`);
  }
  if ('selector' in resource) forEachValue(resource.selector, `${path}.selector`, (s, at) => checkSelector(s, at, problems));
  if (types.includes('Choice') || types.includes('Composite') || types.includes('List') || types.includes('Independents')) {
    forEachValue(resource.items, `${path}.items`, (item, at) => checkResource(item, at, problems));
  }
}

function checkSelector(selector: unknown, path: string, problems: Problems): void {
  if (typeof selector === 'string') {
    if (!isIri(selector)) problems.push(`${path}: expected an IRI or a selector object`);
    return;
  }
  if (!isPlainObject(selector)) return void problems.push(`${path}: expected a selector object`);
  const type = selector.type;
  if (type === 'TextQuoteSelector') {
    if (typeof selector.exact !== 'string') problems.push(`${path}.exact: expected one string`);
    for (const key of ['prefix', 'suffix']) {
      if (key in selector && typeof selector[key] !== 'string') problems.push(`${path}.${key}: expected one string`);
    }
  } else if (type === 'TextPositionSelector' || type === 'DataPositionSelector') {
    for (const key of ['start', 'end']) {
      if (!Number.isInteger(selector[key]) || (selector[key] as number) < 0) problems.push(`${path}.${key}: expected a whole number ≥ 0`);
    }
  } else if (['FragmentSelector', 'CssSelector', 'XPathSelector'].includes(type as string)) {
    if (typeof selector.value !== 'string') problems.push(`${path}.value: a ${String(type)} needs one string value`);
  }
  if ('refinedBy' in selector) forEachValue(selector.refinedBy, `${path}.refinedBy`, (s, at) => checkSelector(s, at, problems));
}

function checkSingle(value: unknown, path: string, test: (v: unknown) => boolean, expected: string, problems: Problems): void {
  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  if (!test(single)) problems.push(`${path}: expected ${expected}${Array.isArray(value) ? ', found a list' : ''}`);
}

function checkEach(value: unknown, path: string, test: (v: unknown) => boolean, expected: string, problems: Problems): void {
  if (!valuesOf(value).every(test) || (Array.isArray(value) && value.length === 0)) problems.push(`${path}: expected ${expected}`);
}

function forEachValue(value: unknown, path: string, visit: (item: unknown, path: string) => void): void {
  if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
  else visit(value, path);
}

function isDateTime(value: unknown): boolean {
  return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isString(value: unknown): boolean {
  return typeof value === 'string';
}

function isAgent(value: unknown): boolean {
  return isIri(value) || isPlainObject(value);
}
