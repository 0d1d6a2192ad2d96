// The writer named under the story: a signature on its last line, or a byline mark set after it.

import { nameShaped } from './authors';
import { amongOtherStories, nameInMark } from './author-marks';
import type { MarkupHints } from './markup-hints';
import { foldSpace } from './text';
import { firstDescendant, lastDescendant } from './element-query';

/** A right-aligned block (inline style or the old align attribute): where newspapers set the writer's signature under a story. */
const RIGHT_ALIGNED = /text-align\s*:\s*right/i;
/** Words of a signature's name: one word is a sign-off or a heading, more than four a sentence. */
const SIGNATURE_WORDS = [2, 4] as const;
/** "— Daniel Ortiz, Lakeside": a letter's or a reader's piece's signature, a dash then the name, perhaps with the writer's town. */
const DASH_SIGNATURE = /^[—–-]\s*([^,]{3,40}?)(?:,\s*\p{Lu}[\p{L} .'-]{1,40})?$/u;

/**
 * The writer who signs the story at its end: the story's last paragraph, right-aligned and set wholly in bold, holding only a
 * name ("<p style="text-align:right"><strong>Nguyễn Văn An</strong></p>"), as many newspapers outside English sign their
 * stories, or a dash and the name ("— Daniel Ortiz, Lakeside"), as letters to the editor are signed; or [].
 */
export function signatureNames(bodyEnd: Element | null): string[] {
  const last = bodyEnd ? lastDescendant(bodyEnd, 'p') : null;
  if (!last) return [];
  const text = foldSpace(last.textContent ?? '');
  // A signature after a dash needs no bold or alignment: the dash and the name alone on the last line sign the piece.
  const dashed = DASH_SIGNATURE.exec(text)?.[1];
  if (dashed) {
    const words = dashed.split(' ').length;
    return words >= SIGNATURE_WORDS[0] && words <= SIGNATURE_WORDS[1] && nameShaped(dashed) ? [dashed] : [];
  }
  const bold = firstDescendant(last, (el) => el.localName === 'strong' || el.localName === 'b');
  if (!bold || foldSpace(bold.textContent ?? '') !== text) return [];
  const aligned = (el: Element): boolean => RIGHT_ALIGNED.test(el.getAttribute('style') ?? '') || (el.getAttribute('align') ?? '').toLowerCase() === 'right';
  if (!aligned(last) && !aligned(bold)) return [];
  const words = text.split(' ').length;
  return words >= SIGNATURE_WORDS[0] && words <= SIGNATURE_WORDS[1] && nameShaped(text) ? [text] : [];
}

/** The common ancestor of two elements. */
function commonAncestor(a: Element, b: Element): Element | null {
  let box: Element | null = a;
  while (box && !box.contains(b)) box = box.parentElement;
  return box;
}

/**
 * The writer named by the first author mark right after the story, inside the block that holds both the headline and the story
 * with no heading between ("<div class="detail-content">…</div><div class="detail-author"><p class="author">Thanh Hương</p></div>"):
 * many papers set the byline under the story. A heading between starts something else (related stories, comments); or [].
 */
export function closingMarkNames(hints: MarkupHints, headline: Element | null, bodyEnd: Element | null): string[] {
  const box = headline && bodyEnd ? commonAncestor(headline, bodyEnd) : null;
  if (!box || box.localName === 'body' || box.localName === 'html') return [];
  const after = (x: Element, y: Element): boolean => (y.compareDocumentPosition(x) & 20) === 4; /* FOLLOWING, not CONTAINED_BY */
  const mark = hints.authorMarks.find((el) => after(el, bodyEnd!));
  if (!mark || !box.contains(mark) || amongOtherStories(mark)) return [];
  if ((hints.tags?.headings ?? []).some((h) => after(h, bodyEnd!) && after(mark, h))) return [];
  const names = nameInMark(mark);
  return names.length && names.every(nameShaped) ? names : [];
}
