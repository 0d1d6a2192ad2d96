// Recognizes containers of site furniture by markup alone: landmarks, ARIA roles, and class/id words.
// Whether a flagged container really is furniture is decided later against the page's text (body.ts).

import {
  BOILERPLATE_PREFIXES, BOILERPLATE_PREFIX_EXCEPTIONS, BOILERPLATE_WORDS, CHROME_ROLES, CHROME_TAGS,
  CONTENT_WORDS, LAYOUT_MODIFIER, STRONG_BOILERPLATE_WORDS,
} from './heuristics';

const SPLIT = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

/** Whether one class token or id ("article-share", "relatedPosts", "post-meta") names furniture. */
export function isBoilerplateToken(token: string): boolean {
  const words = token.split(SPLIT).filter(Boolean).map((w) => w.toLowerCase());
  if (!words.length || LAYOUT_MODIFIER.test(words[0]!)) return false;
  for (const w of words) {
    if (STRONG_BOILERPLATE_WORDS.has(w)) return true;
    if (w.length > 6 && !BOILERPLATE_PREFIX_EXCEPTIONS.test(w) && BOILERPLATE_PREFIXES.some((p) => w.startsWith(p))) return true;
  }
  const last = words[words.length - 1]!;
  if (BOILERPLATE_WORDS.has(last) && !CONTENT_WORDS.has(last)) {
    // "content-ad" is an ad; "ad-content" is ambiguous: only the head (last) word decides.
    return true;
  }
  return false;
}

const tokenCache = new Map<string, boolean>();

function cachedToken(token: string): boolean {
  let v = tokenCache.get(token);
  if (v === undefined) {
    v = isBoilerplateToken(token);
    if (tokenCache.size < 20000) tokenCache.set(token, v);
  }
  return v;
}

/** Whether the element's own markup marks it as furniture (not its content). */
export function looksLikeBoilerplate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /articleBody|text/i.test(itemprop)) return false;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const token of cls.split(/\s+/)) if (token && cachedToken(token)) return true;
  }
  const id = el.getAttribute('id');
  return !!id && cachedToken(id);
}
