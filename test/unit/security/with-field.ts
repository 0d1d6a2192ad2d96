// A deep copy of a valid message with one field changed, for tests that refuse malformed requests field by field.

/** A deep copy of `message` with `path` (dot-separated) set to `value` (undefined deletes it). */
export function withField(message: object, path: string, value: unknown): unknown {
  const copy = structuredClone(message) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce((o, k) => o[k] as Record<string, unknown>, copy);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}
