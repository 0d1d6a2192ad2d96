// One spelling per page address: the same article reached through a newsletter, a share button or a `#comments`
// link must produce the same string, because that string is the database key.
import { isTrackingParam } from './tracking-params';
import { joinQuery, sortQuery, splitQuery } from './query';

/**
 * Scheme and host lower-cased, default port, credentials and fragment dropped, tracking parameters dropped,
 * remaining query sorted by name. A string that is not a URL comes back trimmed but otherwise unchanged.
 */
export function normalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed); // the WHATWG parser already lower-cases scheme and host and drops default ports
  } catch {
    return trimmed;
  }
  parsed.hash = '';
  parsed.username = ''; // credentials never identify an article, and must not end up in an export
  parsed.password = '';
  const kept = splitQuery(parsed.search).filter((piece) => !isTrackingParam(piece.name));
  parsed.search = joinQuery(sortQuery(kept));
  return parsed.href;
}
