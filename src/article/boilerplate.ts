// Recognizes containers of site furniture by markup alone: landmarks, ARIA roles, and class/id words.
// Whether a flagged container really is furniture is decided later against the page's text (body.ts).

import {
  AUTHOR_CARD_TOKEN, BOILERPLATE_PREFIXES, CONSENT_TOOL_TOKEN, BOILERPLATE_PREFIX_EXCEPTIONS, BOILERPLATE_WORDS, CHROME_ROLES, CHROME_TAGS,
  CONTENT_WORDS, LAYOUT_MODIFIER, LAYOUT_STATE, MIN_ANCHOR_ASCII_CHARS, MIN_ANCHOR_HEADING_WORDS, STRONG_BOILERPLATE_WORDS,
} from './heuristics';
import { memoByToken, someClassWord } from './class-tokens';
import { COMMENT_WORD, OTHER_STORIES_WORD } from './byline-rules';
import { attributeNames, attributeOf, nextElement, textOf } from './text';

const SPLIT = /[^a-zA-Z0-9]+|(?<=[a-z])(?=[A-Z])/;

/** How sure markup is that an element is furniture. */
export const enum Furniture {
  No = 0,
  /** A weak word ("widget", "meta", "author"): furniture only when it holds little story text. */
  Weak = 1,
  /** A landmark, a role, or a strong word ("share", "related", "comments"). */
  Strong = 2,
}

/** How strongly one class token or id ("article-share", "relatedPosts", "post-meta") names furniture. */
export function boilerplateToken(token: string): Furniture {
  if (AUTHOR_CARD_TOKEN.test(token) || CONSENT_TOOL_TOKEN.test(token)) return Furniture.Strong;
  const words = token.split(SPLIT).filter(Boolean).map((w) => w.toLowerCase());
  if (!words.length || LAYOUT_MODIFIER.test(words[0]!) || LAYOUT_STATE.test(words[words.length - 1]!)) return Furniture.No;
  // "CallToAction", "call-to-action" spell out what "cta" abbreviates.
  if (/calltoaction/.test(words.join(''))) return Furniture.Strong;
  for (const w of words) {
    if (STRONG_BOILERPLATE_WORDS.has(w)) return Furniture.Strong;
    if (w.length > 6 && !BOILERPLATE_PREFIX_EXCEPTIONS.test(w) && BOILERPLATE_PREFIXES.some((p) => w.startsWith(p))) return Furniture.Strong;
  }
  // "content-ad" is an ad; "ad-content" is ambiguous: only the head (last) word decides.
  const last = words[words.length - 1]!;
  return BOILERPLATE_WORDS.has(last) && !CONTENT_WORDS.has(last) ? Furniture.Weak : Furniture.No;
}

const cachedToken = memoByToken(boilerplateToken);
/** The strongest of a class attribute's words, remembered per attribute value (templates repeat their class strings). */
const classLevel = memoByToken((cls) => {
  let level = Furniture.No;
  for (const token of cls.split(/\s+/)) if (token) level = Math.max(level, cachedToken(token));
  return level;
});

/** How strongly the element's own markup (not its content) marks it as furniture. */
/** `names`, `tag` (upper case) and `cls`: the element's attribute names, tag name and class, when the caller has read them. */
export function looksLikeBoilerplate(el: Element, names: readonly string[] = attributeNames(el), tag = el.tagName.toUpperCase(), cls = attributeOf(el, names, 'class')): Furniture {
  if (CHROME_TAGS.has(tag)) return Furniture.Strong;
  const role = attributeOf(el, names, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return Furniture.Strong;
  const itemprop = attributeOf(el, names, 'itemprop');
  if (itemprop && /articleBody|text/i.test(itemprop)) return Furniture.No;
  let level = Furniture.No;
  if (cls) level = classLevel(cls);
  const id = attributeOf(el, names, 'id');
  if (id && level < Furniture.Strong) {
    const idLevel = cachedToken(id);
    if (idLevel > level && !anchorsOwnHeading(el, id)) level = idLevel;
  }
  return level;
}

/** An id or a heading as one run of letters and digits, accents dropped: slug makers drop punctuation or turn it and
 * spaces into dashes, and write "café" as "cafe". */
const letters = (s: string): string => s.normalize('NFD').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/** The same in ASCII only: slug makers also drop letter-like symbols that the heading shows ("ᐊ 9 ᐅ"). */
const asciiLetters = (s: string): string => s.normalize('NFD').toLowerCase().replace(/[^a-z0-9]+/g, '');

/** Elements of a section looked at for its heading, itself first: a heading opens its section, after a wrapper or two. */
const MAX_HEADING_POSITION = 10;
const HEADING_TAG = /^h[1-6]$/;

/** The heading that opens a section (the element itself, or one among its first few elements in tree order), or null.
 * (A selector query would walk the whole subtree, and its first use on a jsdom page builds a selector engine.) */
function openingHeading(el: Element): Element | null {
  let n: Element | null = el;
  for (let i = 0; n && i < MAX_HEADING_POSITION; n = nextElement(n, el), i++) if (HEADING_TAG.test(n.localName)) return n;
  return null;
}

/**
 * Whether the id is an anchor made from the element's own heading ("how-popular-is-meditation" on the section that
 * "How popular is meditation?" opens, so a table of contents can link to it): its words are the story's, not the
 * template's. A heading of three words or more is needed, so that "comments" or "related posts" still name furniture
 * (and page-scan judges such headings by their words anyway).
 */
function anchorsOwnHeading(el: Element, id: string): boolean {
  const heading = openingHeading(el);
  if (!heading) return false;
  const text = textOf(heading);
  if ((text.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_ANCHOR_HEADING_WORDS) return false;
  const ascii = asciiLetters(text);
  return letters(id).includes(letters(text)) || (ascii.length >= MIN_ANCHOR_ASCII_CHARS && asciiLetters(id).includes(ascii));
}

/** Whether the element's class or id names a consent-management tool: its banner is furniture whatever text it holds
 * (its legal text can outweigh a short page's own). */
export const namesConsentTool = someClassWord((t) => CONSENT_TOOL_TOKEN.test(t));

/** Whether the element's class or id names a comment thread or a list of related or recent stories (as bylines are judged),
 * whose dates and names are not the story's. */
export const holdsOtherVoices = someClassWord((token) => !TAXONOMY_TOKEN.test(token) && (COMMENT_WORD.test(token) || OTHER_STORIES_WORD.test(token)));

/** Whether the element or one of its ancestors holds comments or other stories: its dates and names are not the story's. */
export function amongOtherVoices(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) if (holdsOtherVoices(a)) return true;
  return false;
}

/** Taxonomy classes ("tag-related-news", "category-comments") name the story's own tags and sections, not what the element holds. */
const TAXONOMY_TOKEN = /^(tag|category|categories|topic|section|format)[-_]/i;
