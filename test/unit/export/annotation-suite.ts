// The W3C Web Annotation test suite (https://github.com/w3c/web-annotation-tests), run with Ajv's draft-04
// support: each assertion listed in a `.test` file is a JSON Schema with an expected result (valid/invalid).
// It is read from WEB_ANNOTATION_TESTS, else from ../shared/data/web-annotation-tests beside the clone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv-draft-04';

const fromEnv = process.env['WEB_ANNOTATION_TESTS'];
export const SUITE_DIR = fromEnv ? `${fromEnv.replace(/\/+$/, '')}/` : fileURLToPath(new URL('../../../../shared/data/web-annotation-tests/', import.meta.url));
/** Whether the suite is there; the tests that read it are skipped, saying where to put it, when it is not. */
export const SUITE_FOUND = existsSync(join(SUITE_DIR, 'definitions'));
/** Appended to the names of the tests that need the suite. */
export const SUITE_NOTE = SUITE_FOUND ? '' : ` (skipped: no W3C suite at ${SUITE_DIR}; clone w3c/web-annotation-tests there or set WEB_ANNOTATION_TESTS)`;

/** RFC 3339 date-time, as JSON Schema's `date-time` format means it (ajv-formats is not installed). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
/** An absolute URI (RFC 3986): a scheme, then no spaces or characters URIs never hold. */
const URI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]*$/i;

export interface Assertion {
  file: string;
  title: string;
  expectValid: boolean;
  validate: ValidateFunction;
}

export function loadAssertions(testFile: string): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addFormat('date-time', DATE_TIME);
  ajv.addFormat('uri', URI);
  const definitions = join(SUITE_DIR, 'definitions');
  for (const file of readdirSync(definitions).filter((name) => name.endsWith('.json'))) ajv.addSchema(readJson(join(definitions, file)) as object);
  const test = readJson(join(SUITE_DIR, testFile)) as { assertions: string[] };
  return test.assertions.map((file) => {
    const schema = readJson(join(SUITE_DIR, file)) as { title: string; expectedResult: string };
    return { file, title: schema.title, expectValid: schema.expectedResult === 'valid', validate: ajv.compile(schema) };
  });
}

/** The assertions an annotation fails, with Ajv's reasons. */
export function failedAssertions(assertions: Assertion[], annotation: unknown): string[] {
  return assertions
    .filter((assertion) => assertion.validate(annotation) !== assertion.expectValid)
    .map((assertion) => `${assertion.file}: ${JSON.stringify(assertion.validate.errors)}`);
}

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function sampleText(kind: 'correct' | 'incorrect', name: string): string {
  return readFileSync(join(SUITE_DIR, 'tools/samples', kind, name), 'utf8');
}

export function sampleNames(kind: 'correct' | 'incorrect'): string[] {
  return readdirSync(join(SUITE_DIR, 'tools/samples', kind)).filter((name) => name.endsWith('.json')).sort();
}
