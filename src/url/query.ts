// Query strings as ordered raw pieces, so normalization can drop and sort parameters without re-encoding the rest.

export interface QueryPiece {
  /** The decoded parameter name, for comparison. */
  name: string;
  /** The piece exactly as it appeared (`name=value`, or just `name`). */
  raw: string;
}

/** Splits `?a=1&b` into pieces; empty pieces (`&&`) are dropped. */
export function splitQuery(search: string): QueryPiece[] {
  const body = search.startsWith('?') ? search.slice(1) : search;
  return body
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => ({ name: decodeQueryComponent(raw.split('=')[0] ?? ''), raw }));
}

/** Joins pieces back into a search string: '' when nothing is left, so no dangling `?`. */
export function joinQuery(pieces: QueryPiece[]): string {
  return pieces.length === 0 ? '' : `?${pieces.map((p) => p.raw).join('&')}`;
}

/** Orders pieces by name; the sort is stable, so repeated names keep their order (it can matter: `tag=a&tag=b`). */
export function sortQuery(pieces: QueryPiece[]): QueryPiece[] {
  return [...pieces].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function decodeQueryComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // a malformed escape is still a usable (if odd) name
  }
}
