// Small text helpers shared by the detector's modules: whitespace folding and read-only text walks.

import { memoByToken } from './class-tokens';
import { SKIP_TAGS } from './heuristics';

/** Invisible marks inside words: soft hyphens (German and Dutch text carries &shy; for line breaking), word joiners,
 * byte-order marks. Readers never see them; left in a title or a date line they split its words. */
const INVISIBLE_MARKS = /[\u00ad\u2060\ufeff]/g;

/** The text without invisible marks inside its words. */
export function dropInvisible(s: string): string {
  return s.replace(INVISIBLE_MARKS, '');
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function foldSpace(s: string): string {
  return s.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/** Lower-cased words separated by single spaces, punctuation and symbols dropped: two spellings of one name or title compare equal. */
export function foldWords(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The element after `el` in tree order under `root` (descendants first), or null past the last. A plain walk:
 * reading jsdom's live collections element by element costs several times as much.
 */
export function nextElement(el: Element, root: Node): Element | null {
  const first = el.firstElementChild;
  if (first) return first;
  for (let n: Element | null = el; n && n !== root; n = n.parentElement) {
    const next = n.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** Whether a UTF-16 code unit is one foldSpace folds (\s plus the zero-width space). */
function isFoldedSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `foldSpace(node.textContent).length <= max`, reading only as much of the subtree as it takes
 * (textContent of a page-sized ancestor is megabytes; this stops a little past `max` characters).
 */
export function foldedTextFits(node: Node, max: number): boolean {
  let len = 0;
  let started = false;
  let pendingSpace = false;
  const stop = node;
  let n: Node | null = node.firstChild;
  while (n) {
    if (n.nodeType === 3 || n.nodeType === 4) {
      const v = n.nodeValue ?? '';
      for (let i = 0; i < v.length; i++) {
        if (isFoldedSpace(v.charCodeAt(i))) {
          if (started) pendingSpace = true;
        } else {
          if (pendingSpace) len++;
          pendingSpace = false;
          started = true;
          if (++len > max) return false;
        }
      }
    }
    // Next node in tree order within `stop` (textContent reads Text nodes of every depth, scripts' too).
    if (n.firstChild) n = n.firstChild;
    else {
      while (n && n !== stop && !n.nextSibling) n = n.parentNode;
      n = n && n !== stop ? n.nextSibling : null;
    }
  }
  return true;
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

/** Whether an element is hidden by markup (no layout: attributes and inline style only). `names`: the element's attribute
 * names, when the caller has read them (see attributeNames). */
export function isHiddenByMarkup(el: Element, names: readonly string[] = attributeNames(el)): boolean {
  // React's streaming render sends late content in <div hidden id="S:n"> that its script moves into
  // place: hidden only until then, so a page read before (or saved without) scripts still shows it.
  if (names.includes('hidden') && !/^S:\d+$/.test(el.id)) return true;
  if (names.includes('aria-hidden') && el.getAttribute('aria-hidden') === 'true') return true;
  const style = names.includes('style') ? el.getAttribute('style') : null;
  return !!style && /(?:^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Whether the reader never sees the element: hidden by markup, or by a CSS framework's class. The page's head (its headline
 * and byline) is read without the classes: a headline kept for search engines under a "d-none" class is still the title.
 * `cls`: the element's class attribute, when the caller has read it. */
export function isHiddenFromReader(el: Element, names: readonly string[] = attributeNames(el), cls = attributeOf(el, names, 'class')): boolean {
  if (isHiddenByMarkup(el, names)) return true;
  // Most classes hold neither word: a substring test spares the per-class memo (this runs on every element of the page walk).
  return !!cls && (cls.includes('hidden') || cls.includes('d-none')) && hiddenByClass(cls);
}

/** A screen size's or a state's class that shows what "hidden" hides ("md:block", "lg:!flex", "d-lg-block"). */
const SHOWN_BY_VARIANT = /^[\w-]+:!?(block|flex|grid|inline|inline-block|inline-flex|table|contents|flow-root|list-item)$|^d-(sm|md|lg|xl|xxl)-(block|flex|inline|inline-block|inline-flex|grid|table)$/;
/** An accordion's or a collapsible's panel, hidden until its header is clicked: the story folded away, not hidden from it. */
const FOLDED_PANEL = /accordion|collaps|faq/i;
/** The utility classes of CSS frameworks that hide an element everywhere (Tailwind's and Bootstrap 3's "hidden", Bootstrap's
 * "d-none"), unless a variant class shows it on some screens or states. */
const hiddenByClass = memoByToken((cls) => {
  const tokens = cls.split(/\s+/);
  return (tokens.includes('hidden') || tokens.includes('d-none')) && !tokens.some((t) => SHOWN_BY_VARIANT.test(t) || FOLDED_PANEL.test(t));
});

const NO_NAMES: readonly string[] = [];

/**
 * The element's attribute names (lower case in HTML). Page walks read them once per element and then ask only for the
 * attributes it has: most elements lack most of those asked about, and in jsdom each getAttribute costs a search.
 */
export function attributeNames(el: Element): readonly string[] {
  return el.hasAttributes() ? el.getAttributeNames() : NO_NAMES;
}

/** An attribute's value, or null; `names` are the element's attribute names (attributeNames). */
export function attributeOf(el: Element, names: readonly string[], name: string): string | null {
  return names.includes(name) ? el.getAttribute(name) : null;
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
