// Small table-driven validation for imported JSON: each check names the path of what is wrong and what was
// expected (`annotations[3].selectors[0].start: expected a number`), so a reader can find it in the file.

/** Checks `value` found at `path`; appends readable problems to `problems`. */
export type Check = (value: unknown, path: string, problems: string[]) => void;

/** A record's fields and the check for each; `optional` fields may be absent (but not mistyped). */
export interface FieldTable {
  required: Record<string, Check>;
  optional?: Record<string, Check>;
}

/** A check from a test and the name of what it expects. */
export function checkThat(expected: string, test: (value: unknown) => boolean): Check {
  return (value, path, problems) => {
    if (!test(value)) problems.push(`${path}: expected ${expected}, found ${describeValue(value)}`);
  };
}

export const isString = checkThat('a string', (value) => typeof value === 'string');
export const isNonEmptyString = checkThat('a non-empty string', (value) => typeof value === 'string' && value !== '');
export const isNumber = checkThat('a number', (value) => typeof value === 'number' && Number.isFinite(value));
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
  return (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
}

export function arrayOf(check: Check): Check {
  return (value, path, problems) => {
    if (!Array.isArray(value)) return void problems.push(`${path}: expected a list, found ${describeValue(value)}`);
    value.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  };
}

/** A plain object with every required field present and every field of the right type; other fields are ignored. */
export function record(table: FieldTable): Check {
  return (value, path, problems) => {
    if (!isPlainObject(value)) return void problems.push(`${path}: expected an object, found ${describeValue(value)}`);
    for (const [field, check] of Object.entries(table.required)) {
      if (!(field in value)) problems.push(`${path}.${field}: missing`);
      else check(value[field], `${path}.${field}`, problems);
    }
    for (const [field, check] of Object.entries(table.optional ?? {})) {
      if (field in value && value[field] !== undefined) check(value[field], `${path}.${field}`, problems);
    }
  };
}

/** One of several record shapes, told apart by a `type` field. */
export function taggedUnion(tables: Record<string, FieldTable>): Check {
  const types = Object.keys(tables);
  return (value, path, problems) => {
    if (!isPlainObject(value)) return void problems.push(`${path}: expected an object, found ${describeValue(value)}`);
    const table = typeof value.type === 'string' ? tables[value.type] : undefined;
    if (!table) return void problems.push(`${path}.type: expected one of ${types.join(', ')}, found ${describeValue(value.type)}`);
    record(table)(value, path, problems);
  };
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
