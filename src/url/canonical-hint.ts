// Whether a page's canonical link or og:url can be trusted as the article's address. Publishers get these wrong
// often enough (home page, section page, another story, a staging host) that a wrong one must not win.
import { isSameSite, isWebUrl } from './site';
import { nameDifferentArticles } from './slug';
import { stripAmp } from './amp';
import { isHomePage } from './home-page';

/** Sections are short single words (/world, /politics/); a longer single segment is likely a slug. */
const MAX_SECTION_NAME_LENGTH = 24;

export type HintVerdict = { trusted: true; url: string } | { trusted: false; reason: string };

/** Judges a canonical/og:url hint (absolute or relative to the page) against the page it was found on. */
export function judgeHint(hint: string | null | undefined, pageUrl: string): HintVerdict {
  const text = hint?.trim() ?? '';
  if (text === '') return { trusted: false, reason: 'empty' };
  const hintUrl = parseAgainst(text, pageUrl);
  if (!hintUrl || !isWebUrl(hintUrl)) return { trusted: false, reason: 'not a web address' };
  const normalized = stripAmp(hintUrl.href);
  const candidate = new URL(normalized);
  const page = parseAgainst(stripAmp(pageUrl), undefined);
  if (page && !isSameSite(candidate, page)) return { trusted: false, reason: 'another site' };
  if (isHomePage(candidate)) return { trusted: false, reason: 'the home page' };
  if (page && samePath(candidate, page)) return { trusted: true, url: normalized };
  if (page && isAncestorPath(candidate, page)) return { trusted: false, reason: 'a section above the page' };
  if (isBareSection(candidate)) return { trusted: false, reason: 'a section page' };
  if (page && nameDifferentArticles(candidate, page)) return { trusted: false, reason: 'a different article' };
  return { trusted: true, url: normalized };
}

function parseAgainst(text: string, base: string | undefined): URL | null {
  try {
    return new URL(text, base);
  } catch {
    return null;
  }
}

function segmentsOf(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function samePath(a: URL, b: URL): boolean {
  return segmentsOf(a).join('/') === segmentsOf(b).join('/') && a.search === b.search;
}

function isAncestorPath(ancestor: URL, page: URL): boolean {
  const top = segmentsOf(ancestor);
  const below = segmentsOf(page);
  return ancestor.search === '' && top.length < below.length && top.every((segment, i) => segment === below[i]);
}

function isBareSection(url: URL): boolean {
  const segments = segmentsOf(url);
  const only = segments[0] ?? '';
  return (
    segments.length === 1 && url.search === '' && /^\p{L}+$/u.test(only) && only.length <= MAX_SECTION_NAME_LENGTH
  );
}
