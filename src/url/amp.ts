// AMP copies of an article (Accelerated Mobile Pages) live at a second address; they are the same article.
import { joinQuery, splitQuery } from './query';
import { normalizeUrl } from './normalize-url';
import { originOfAmpCache } from './amp-cache';

/** Host prefix of AMP copies (amp.theguardian.com). Main sites overwhelmingly live on www., so it maps there. */
const AMP_HOST_PREFIX = 'amp.';
const MAIN_HOST_PREFIX = 'www.';
/** Path segment of AMP copies (/2024/05/story/amp/, /amp/story). */
const AMP_PATH_SEGMENT = 'amp';
/** Suffix of AMP copies (BBC: /news/world-68912345.amp; some CMSs: story.amp.html). */
const AMP_SUFFIX = /\.amp(?=(\.html?)?$)/i;
/** Query flags of AMP copies (?amp, ?amp=1, ?outputType=amp at the Washington Post), and AMP viewers' parameters. */
const AMP_QUERY_NAMES = new Set(['amp', '_amp', 'amp_js_v', 'amp_gsa', 'amp_tf', 'usqp']);
const AMP_OUTPUT_TYPE = /^outputtype=amp$/i;

/** True when the URL looks like an AMP copy by any of the four conventions, or is served by an AMP cache. */
export function isAmpUrl(url: string): boolean {
  return stripAmp(url) !== normalizeUrl(url);
}

/** The normalized address of the regular page an AMP copy stands for; other URLs come back normalized. */
export function stripAmp(url: string): string {
  const normalized = normalizeUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(normalized);
    const origin = originOfAmpCache(parsed);
    if (origin) parsed = new URL(normalizeUrl(origin));
  } catch {
    return normalized;
  }
  if (parsed.hostname.startsWith(AMP_HOST_PREFIX) && parsed.hostname.split('.').length > 2) {
    parsed.hostname = MAIN_HOST_PREFIX + parsed.hostname.slice(AMP_HOST_PREFIX.length);
  }
  parsed.pathname = stripAmpFromPath(parsed.pathname);
  const kept = splitQuery(parsed.search).filter(
    (piece) => !AMP_QUERY_NAMES.has(piece.name.toLowerCase()) && !AMP_OUTPUT_TYPE.test(piece.raw),
  );
  parsed.search = joinQuery(kept);
  return parsed.href;
}

function stripAmpFromPath(pathname: string): string {
  const segments = pathname.split('/').filter((segment) => segment.toLowerCase() !== AMP_PATH_SEGMENT);
  const last = segments.length - 1;
  segments[last] = (segments[last] ?? '').replace(AMP_SUFFIX, '');
  const joined = segments.join('/');
  return joined.startsWith('/') ? joined : `/${joined}`;
}
