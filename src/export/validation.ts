// Small table-driven validation for imported JSON: each check names the path of what is wrong and what was
// expected (`annotations[3].selectors[0].start: expected a number`), so a reader can find it in the file.

/**
 * Checks `value` found at `path`; appends readable problems to `problems`. The checks made here also carry `valid`,
 * the same test without paths or messages: a good file is checked by it alone, and only a bad one is walked again
 * to say where (naming every place of 10,000 records costs more than the test itself).
 */
export type Check = ((value: unknown, path: string, problems: string[]) => void) & { valid?: (value: unknown) => boolean };

/** Checks `value` whole: quickly when it is valid, naming each problem's place when it is not. */
export function checkValue(check: Check, value: unknown, path: string, problems: string[]): void {
  if (!validOf(check)(value)) check(value, path, problems);
}

/** The quick test of a check; a check made elsewhere without one is run with a scratch list of problems. */
function validOf(check: Check): (value: unknown) => boolean {
  return check.valid ?? ((value) => {
    const problems: string[] = [];
    check(value, '', problems);
    return problems.length === 0;
  });
}

function withValid(check: Check, valid: (value: unknown) => boolean): Check {
  return Object.assign(check, { valid });
}

/** A record's fields and the check for each; `optional` fields may be absent (but not mistyped). */
export interface FieldTable {
  required: Record<string, Check>;
  optional?: Record<string, Check>;
}

/** A check from a test and the name of what it expects. */
export function checkThat(expected: string, test: (value: unknown) => boolean): Check {
  return withValid((value, path, problems) => {
    if (!test(value)) problems.push(`${path}: expected ${expected}, found ${describeValue(value)}`);
  }, test);
}

export const isString = checkThat('a string', (value) => typeof value === 'string');
export const isNonEmptyString = checkThat('a non-empty string', (value) => typeof value === 'string' && value !== '');
export const isNumber = checkThat('a number', (value) => typeof value === 'number' && Number.isFinite(value));
export const isFraction = checkThat('a number from 0 to 1', (value) => typeof value === 'number' && value >= 0 && value <= 1);
export const isCount = checkThat('a whole number ≥ 0', (value) => Number.isInteger(value) && (value as number) >= 0);
/** ISO 8601 date-time (`2024-05-01T08:30:00Z`), the form every time in the library takes. */
export const isIsoTime = checkThat(
  'an ISO 8601 time',
  (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)),
);

export function isOneOf(values: readonly unknown[]): Check {
  return checkThat(`one of ${values.map((value) => JSON.stringify(value)).join(', ')}`, (value) => values.includes(value));
}

export function orNull(check: Check): Check {
  const valid = validOf(check);
  return withValid((value, path, problems) => {
    if (value !== null) check(value, path, problems);
  }, (value) => value === null || valid(value));
}

export function arrayOf(check: Check): Check {
  const valid = validOf(check);
  return withValid((value, path, problems) => {
    if (!Array.isArray(value)) return void problems.push(`${path}: expected a list, found ${describeValue(value)}`);
    value.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  }, (value) => Array.isArray(value) && value.every(valid));
}

/** A plain object with every required field present and every field of the right type; other fields are ignored. */
export function record(table: FieldTable): Check {
  // The tables are walked once per record of a file (tens of thousands): list their fields once, here.
  const required = Object.entries(table.required);
  const optional = Object.entries(table.optional ?? {});
  const requiredValid = required.map(([field, check]) => [field, validOf(check)] as const);
  const optionalValid = optional.map(([field, check]) => [field, validOf(check)] as const);
  const valid = (value: unknown) =>
    isPlainObject(value) &&
    requiredValid.every(([field, fieldValid]) => field in value && fieldValid(value[field])) &&
    optionalValid.every(([field, fieldValid]) => !(field in value) || value[field] === undefined || fieldValid(value[field]));
  return withValid((value, path, problems) => {
    if (!isPlainObject(value)) return void problems.push(`${path}: expected an object, found ${describeValue(value)}`);
    for (const [field, check] of required) {
      if (!(field in value)) problems.push(`${path}.${field}: missing`);
      else check(value[field], `${path}.${field}`, problems);
    }
    for (const [field, check] of optional) {
      if (field in value && value[field] !== undefined) check(value[field], `${path}.${field}`, problems);
    }
  }, valid);
}

/** One of several record shapes, told apart by a `type` field. */
export function taggedUnion(tables: Record<string, FieldTable>): Check {
  const types = Object.keys(tables);
  // One check per shape, made once; own keys only, so a `type` of "constructor" is a wrong type, not a crash.
  const checks = new Map(Object.entries(tables).map(([type, table]) => [type, record(table)]));
  const checkOf = (value: Record<string, unknown>) => (typeof value.type === 'string' ? checks.get(value.type) : undefined);
  return withValid((value, path, problems) => {
    if (!isPlainObject(value)) return void problems.push(`${path}: expected an object, found ${describeValue(value)}`);
    const check = checkOf(value);
    if (!check) return void problems.push(`${path}.type: expected one of ${types.join(', ')}, found ${describeValue(value.type)}`);
    check(value, path, problems);
  }, (value) => {
    if (!isPlainObject(value)) return false;
    const check = checkOf(value);
    return check !== undefined && validOf(check)(value);
  });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a found value for messages (never the whole of a long note). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length > 40 ? `a string "${value.slice(0, 40)}…"` : `"${value}"`;
  return String(value);
}
