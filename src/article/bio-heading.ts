// A writer's card without author classes: a heading that is a person's name, over a bio that opens with that name
// and speaks of them as he or she ("Jane Doe" / "Jane Doe is a reporter… She has covered…"). Read from the page's h1–h3 (listed by the hints walk), only when
// nothing else on the page names anyone.

import { cleanAuthors, nameShaped } from './authors';
import { amongOtherVoices } from './boilerplate';
import { BIO_VERBS } from './heuristics';
import { foldSpace, textOf } from './text';

/** A bio opens with the name, in full or its first word, then a present-tense verb of biography ("Jane Doe is", "Jane has covered").
 * The past tense ("was") is left out: it tells of a historical figure the story is about, not of its writer. */
const BIO_OPENING = new RegExp(`^([\\p{L}'’.-]+(?:\\s+[\\p{L}'’.-]+){0,3})\\s+(?:${BIO_VERBS.split('|').filter((v) => v !== 'was').join('|')})\\b`, 'u');
/** Characters of a bio read for its opening and pronouns. */
const BIO_CHARS = 600;
/** A person's bio speaks of them as he or she; a company's or product's ("Acme Business is a password manager…") does not. */
const PERSONAL_PRONOUN = /\b(?:he|she|his|her|him)\b/i;

/** The first element after `el` (its next sibling, or its parent's when it is the last child) that holds text. */
function nextWithText(el: Element): Element | null {
  for (let a: Element | null = el, level = 0; a && level < 2; a = a.parentElement, level++) {
    for (let s = a.nextElementSibling; s; s = s.nextElementSibling) if (foldSpace(textOf(s))) return s;
  }
  return null;
}

/** The person a name heading over their own bio names, when the page has exactly one such heading: several are a list of
 * profiles (people the story is about), not a writer's card. */
export function bioHeadingNames(headings: readonly Element[]): string[] {
  let found: string[] | null = null;
  for (const h of headings) {
    if (h.localName === 'h1') continue;
    const text = foldSpace(textOf(h));
    // A person's name of two or more words (one word is a section's heading: "Conclusion", "Summary").
    if (!text.includes(' ') || !nameShaped(text)) continue;
    const names = cleanAuthors([text]);
    if (names.length !== 1 || names[0] !== text) continue;
    const next = nextWithText(h);
    const bio = next ? foldSpace(textOf(next)).slice(0, BIO_CHARS) : '';
    const opening = BIO_OPENING.exec(bio)?.[1];
    if (!opening || (opening !== text && opening !== text.split(' ')[0]) || amongOtherVoices(h)) continue;
    if (found !== null) return [];
    found = PERSONAL_PRONOUN.test(bio) ? names : [];
  }
  return found ?? [];
}
