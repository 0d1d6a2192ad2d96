// Makes IndexedDB writes fail as a full disk makes them fail, to test what the reader is told and what is kept.

/** After `succeeding` calls, every `put` (or `add`) of any object store throws QuotaExceededError; returns the undo. */
export function failingWrites(method: 'put' | 'add', succeeding = 0): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = proto[method]!;
  let calls = 0;
  proto[method] = function (this: unknown, ...args: unknown[]) {
    if (calls++ >= succeeding) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => {
    proto[method] = original;
  };
}
