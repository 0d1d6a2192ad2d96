// Storage failures as sentences the reader can act on: a full disk must reach them as a message, not as a silent loss.

/** The reader-facing text of a failed request; database errors with a known cause are named as such. */
export function describeError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for the library; nothing was saved. Free some disk space and try again.';
  }
  if (name === 'VersionError') {
    return 'The library was saved by a newer version of the extension; update the extension to open it.';
  }
  return error instanceof Error ? error.message : String(error);
}
