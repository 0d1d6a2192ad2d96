// The writer's card after (or beside) the story: "About the author" boxes, author bio blocks. Read only when
// nothing else on the page names anyone: the card names the person whose words the page holds.

import { cleanAuthors, nameShaped } from './authors';
import { someClassWord } from './class-tokens';
import { amongOtherVoices } from './boilerplate';
import { linesOf } from './head-lines';
import { BIO_VERBS } from './heuristics';

/** Class words of an author card anywhere in a token ("blog_author-box", "about-the-author", "post-author-bio"). */
const AUTHOR_CARD_WORD = /(?:^|[-_])(?:about[-_]?(?:the[-_]?)?author|author[-_]?(?:card|box|bio|profile|about))(?:[-_]|$)/i;
/** A heading that opens an author card. */
const ABOUT_HEADING = /^about the (author|writer)s?\s*:?$/i;
/** Lines of a card read for the name: it comes first, after at most a heading, a label or a photo credit. */
const CARD_LINES = 4;
/** Cards looked at: a page has one or two; dozens are a listing's teasers. */
const MAX_CARDS = 3;
/** A bio sentence opening with the name ("Jane Doe is a reporter…"). */
const BIO_START = new RegExp(`^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3})\\s+(?:${BIO_VERBS})\\b`, 'u');

/** A person's name of two or more words (one word in a card is a label: "Author", "Share"). */
const personShaped = (s: string): boolean => s.includes(' ') && nameShaped(s);


/** The person an author card names: its first name-shaped line, or the name its bio sentence starts with. */
function nameInCard(card: Element): string[] {
  for (const line of linesOf(card).slice(0, CARD_LINES)) {
    if (ABOUT_HEADING.test(line)) continue;
    const bio = BIO_START.exec(line)?.[1];
    const names = cleanAuthors([bio ?? line]);
    if (names.length === 1 && personShaped(names[0]!)) return names;
  }
  return [];
}

/** Whether a class or id word of an element names an author card. */
export const namesCard = someClassWord((token) => AUTHOR_CARD_WORD.test(token));

/** The headings that may open a card ("About the author"). */
const cardHeading = (tag: string): boolean => tag === 'h2' || tag === 'h3' || tag === 'h4';

/** Whether the page walk should hand an element to authorCardNames: an h2–h4 (it may open a card) or an element with a class
 * whose class or id words name a card. `cls` and `id` are its attribute values (null when absent). */
export function mayOpenCard(el: Element, tag: string, cls: string | null, id: string | null): boolean {
  if (cardHeading(tag)) return true;
  // Every card word holds "author": the memoised word test runs only on the few values that do.
  return cls !== null && (/author/i.test(cls) || (!!id && /author/i.test(id))) && namesCard(el);
}

/** The page's elements that may be or open an author card, in document order: `marks` when the page walk gathered them
 * (markup-hints.ts), else a walk over the elements with a class and the h2–h4. */
function cardCandidates(doc: Document, marks: readonly Element[] | null): Iterable<Element> {
  if (marks) return marks;
  const body = doc.body;
  const out: Element[] = [];
  const walker = body ? doc.createTreeWalker(body, 1 /* SHOW_ELEMENT */) : null;
  for (let el = walker?.nextNode() as Element | null; el; el = walker!.nextNode() as Element | null) {
    if (mayOpenCard(el, el.localName, el.getAttribute('class'), el.getAttribute('id'))) out.push(el);
  }
  return out;
}

/** The writer named by the page's first author card, or []. `marks` are the page walk's card candidates (see cardCandidates). */
export function authorCardNames(doc: Document, marks: readonly Element[] | null = null): string[] {
  const cards: Element[] = [];
  for (const el of cardCandidates(doc, marks)) {
    if (cards.length >= MAX_CARDS) break;
    const heading = cardHeading(el.localName);
    const isCard = heading ? ABOUT_HEADING.test((el.textContent ?? '').trim()) : true;
    if (!isCard || amongOtherVoices(el) || cards.some((c) => c.contains(el))) continue;
    // A heading names the block it opens.
    cards.push(heading && el.parentElement ? el.parentElement : el);
  }
  for (const card of cards) {
    const names = nameInCard(card);
    if (names.length) return names;
  }
  return [];
}
