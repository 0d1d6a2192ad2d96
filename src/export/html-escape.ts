// Text into HTML: the five characters that can open markup or end an attribute, as character references.
import { wellFormed } from './text-safety';

const HTML_SPECIALS: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** HTML cannot carry U+0000 at all (parsers drop it); U+FFFD at least shows that something was there. */
const NUL = /\u0000/g;

/** Safe in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return wellFormed(text).replace(/[&<>"']/g, (char) => HTML_SPECIALS[char] ?? char).replace(NUL, '\uFFFD');
}

/** An href only for web addresses: a `javascript:` or `data:` URL from a page must never become a live link. */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
