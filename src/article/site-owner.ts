// A personal blog's writer: a site named after a person ("Jane Doe" as its declared name, its feed's title or its copyright
// holder), whose story speaks as "I". Read only when nothing on the page names anyone: one person's site is written by them.

import { nameShaped } from './authors';
import { GROUP_NAME } from './byline-rules';
import { foldSpace } from './text';

/** A word of a person's name: capitalised, perhaps hyphenated, with an apostrophe or a second capital ("Jean-Luc", "O'Brien", "McKay"). */
const NAME_WORD = String.raw`\p{Lu}(?:['’]?\p{Lu})?\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?`;
/** A person's name as a site's name: a given name and a family name, perhaps an initial between ("Jane Doe", "Jane Q. Doe").
 * Three full words are more often a place or an organization ("Chicago Botanic Garden"), and "The" starts a title. */
const PERSON_WORDS = new RegExp(`^(?!The )${NAME_WORD}(?: \\p{Lu}\\.)? ${NAME_WORD}$`, 'u');
/** Words that name a publication or a business, not a person ("Engora Data Blog", "Acme Plumbing Services"). */
const PUBLICATION_WORD = /\b(?:blog|blogs|news|media|press|journal|magazine|times|post|daily|weekly|review|digest|studio|studios|lab|labs|group|company|inc|llc|ltd|solutions|services|consulting|agency|network|online|hub|tech|data|digital|design|designs|home|shop|store|club|academy|institute|center|centre|foundation|project|podcast|guide|guides|forum|forums|community|world|life|living|kitchen|travel|health|finance|marketing)\b/i;
/** "© 2025 Jane Doe. All rights reserved.", "Copyright 2019–2025 Jane Doe": the holder after the sign and years. */
const COPYRIGHT_HOLDER = /(?:©|\(c\)|\bcopyright\b)\s*(?:\d{4}(?:\s*[-–—]\s*\d{4})?\s*,?\s*)?(?:by\s+)?([^.,|©\d]{3,40}?)(?:\s*[.,|]|\s+all rights|\s*$)/i;
/** A company's legal form after its name (", Inc.", " LLC", " GmbH"; footers' text may run "Inc" into the next link's). */
const COMPANY_FORM = /^[\s,.]*(?:inc|llc|ltd|gmbh|(?:limited|corp|corporation|co|plc|s\.?a|ag|bv|pty)\b)/i;
/** Words of a writer speaking for themself ("I", "my") and for a business or a team ("we", "our"). */
const SINGULAR = /\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b/g;
const PLURAL = /\b(?:we|we['’](?:re|ve|d|ll)|our|ours|us|ourselves)\b/gi;
/** A story speaking as "I" says so a few times at least. */
const MIN_FIRST_PERSON = 3;
/** Characters of the story read for its voice. */
const VOICE_CHARS = 20000;

/** Whether a site's name is a person's. */
export function personSiteName(name: string | null | undefined): boolean {
  const s = foldSpace(name ?? '');
  return PERSON_WORDS.test(s) && nameShaped(s) && !PUBLICATION_WORD.test(s) && !GROUP_NAME.test(s);
}

/** Whether the story speaks as one person ("I", "my") more than as a business or team ("we", "our"). */
export function speaksAsOne(text: string): boolean {
  const t = text.slice(0, VOICE_CHARS);
  const one = t.match(SINGULAR)?.length ?? 0;
  return one >= MIN_FIRST_PERSON && one > (t.match(PLURAL)?.length ?? 0);
}

/** The names a site declares for itself: its declared name, its feeds' titles, the copyright holder in its footer. `footers`: the
 * page's <footer> elements, when a walk has listed them. */
function siteNames(doc: Document, siteName: string | null, footers: ArrayLike<Element> = doc.getElementsByTagName('footer')): string[] {
  const out = siteName ? [siteName] : [];
  for (const link of Array.from(doc.head?.getElementsByTagName('link') ?? [])) {
    if (/(?:rss|atom)\+xml/i.test(link.getAttribute('type') ?? '')) out.push(link.getAttribute('title') ?? '');
  }
  for (const footer of Array.from(footers).slice(-2)) {
    const m = COPYRIGHT_HOLDER.exec(foldSpace(footer.textContent ?? ''));
    // "© 2025 Acme Platforms, Inc.": a holder with a company's legal form is a company.
    if (m && !COMPANY_FORM.test(m.input.slice(m.index + m[0].length - 1, m.index + m[0].length + 12))) out.push(m[1]!);
  }
  return out.map(foldSpace);
}

/** The person a personal blog is named after, as the writer of a story that speaks as "I"; or []. `story`: the story's first root;
 * `footers`: the page's <footer> elements, when a walk has listed them (markup-hints.ts). */
export function siteOwnerAuthors(doc: Document, siteName: string | null, story: Element | null, footers?: ArrayLike<Element>): string[] {
  // The declared name is the first of the site's names: when it is a person's, the feeds and footers need not be read.
  const declared = foldSpace(siteName ?? '');
  const owner = personSiteName(declared) ? declared : siteNames(doc, siteName, footers).find(personSiteName);
  if (!owner || !story || !speaksAsOne(story.textContent ?? '')) return [];
  return [owner];
}
