// Small text helpers shared by the detector's modules: whitespace folding and read-only text walks.

import { SKIP_TAGS } from './heuristics';

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function foldSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/** Text of an element without script/style/template content; read-only. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1 && !SKIP_TAGS.has((c as Element).tagName.toUpperCase())) {
        out += ' ';
        walk(c);
      }
    }
  };
  walk(el);
  return foldSpace(out);
}

/** Whether an element is hidden by markup (no layout: attributes and inline style only). */
export function isHiddenByMarkup(el: Element): boolean {
  // React's streaming render sends late content in <div hidden id="S:n"> that its script moves into
  // place: hidden only until then, so a page read before (or saved without) scripts still shows it.
  if (el.hasAttribute('hidden') && !/^S:\d+$/.test(el.id)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Returns the string when it has visible characters, else null. */
export function nonEmpty(s: string | null | undefined): string | null {
  if (s == null) return null;
  const t = foldSpace(s);
  return t ? t : null;
}

/** Decodes the few HTML entities that survive in meta attributes and JSON-LD strings. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp|#039);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k[0] === '#') {
      const code = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[k] ?? m;
  });
}
