// Plain-loop stand-ins for the few CSS selectors the detector needs. The first selector query on a jsdom
// document builds a selector engine for it (a few percent of a whole detection), and each query costs
// more than a walk; in browsers the loops are as fast as the native engine for these small subtrees.

import { nextElement } from './text';

/** The first element under `root` (not `root` itself), in document order, for which `test` holds; as `querySelector`. */
export function firstDescendant(root: Element, test: (el: Element) => boolean): Element | null {
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) if (test(el)) return el;
  return null;
}

/** The last element under `root` (not `root` itself) in document order with the local name `tag`; as the last element of
 * `getElementsByTagName(tag)`, read from the end (jsdom would list the whole subtree first, and count it to find the last). */
export function lastDescendant(root: Element, tag: string): Element | null {
  let el = root.lastElementChild;
  if (!el) return null;
  // Reverse document order: an element's last descendants come before it, its previous sibling's subtree after it.
  while (el.lastElementChild) el = el.lastElementChild;
  for (let n: Element | null = el; n && n !== root; ) {
    if (n.localName === tag) return n;
    let prev: Element | null = n.previousElementSibling;
    if (prev) {
      while (prev.lastElementChild) prev = prev.lastElementChild;
      n = prev;
    } else n = n.parentElement;
  }
  return null;
}

/** Every element under `root` (not `root` itself), in document order; as `querySelectorAll('*')`. */
export function descendants(root: Element): Element[] {
  const out: Element[] = [];
  for (let el = nextElement(root, root); el; el = nextElement(el, root)) out.push(el);
  return out;
}

/** CSS's whitespace, which separates the words of `[attr~=word]` and class names. */
const CSS_SPACE = /[ \t\n\f\r]+/;

/**
 * `[attr~="word"]`: whether one of the attribute's space-separated words is `word` (lower-case). Without case, as
 * jsdom's selector engine matches attribute values in HTML documents (the queries this replaces ran there).
 */
export function hasWord(el: Element, attr: string, word: string): boolean {
  const v = el.getAttribute(attr);
  return !!v && v.toLowerCase().split(CSS_SPACE).includes(word);
}

/** `.name`: whether the element's class attribute holds the class `name` (with case, as class selectors match). */
export function hasClass(el: Element, name: string): boolean {
  const v = el.getAttribute('class');
  return !!v && v.split(CSS_SPACE).includes(name);
}

/** `el.closest(tag)` for a tag name: the element itself or its nearest ancestor with that local name. */
export function closestTag(el: Element, tag: string): Element | null {
  for (let a: Element | null = el; a; a = a.parentElement) if (a.localName === tag) return a;
  return null;
}

/** Whether an element is an <aside> holding several <time>s: a sidebar listing other pages (latest guides, related links). The
 * story's own details box in an <aside> ("Content current as of", its byline and date) holds one. */
export function isAsideOfDates(el: Element): boolean {
  return el.localName === 'aside' && el.getElementsByTagName('time').length > 1;
}

/** Whether an element is hAtom's update stamp: a <time class="updated"> that is not also the publication (WordPress themes print both). */
export function isUpdateStamp(el: Element): boolean {
  return el.localName === 'time' && hasClass(el, 'updated') && !hasClass(el, 'published');
}

/** Whether an element is a WordPress theme's hidden update stamp: the update stamp printed beside the <time class="published">
 * (the Underscores starter's markup, which most themes inherit), whose stylesheet hides the update (`.updated:not(.published)`):
 * readers see the publication only. */
export function isHiddenUpdateStamp(el: Element): boolean {
  if (!isUpdateStamp(el)) return false;
  const beside = (s: Element | null): boolean => !!s && s.localName === 'time' && hasClass(s, 'published');
  return beside(el.previousElementSibling) || beside(el.nextElementSibling);
}
