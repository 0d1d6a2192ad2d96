// Reading one byline mark (an element the markup calls the author's): the name in it, and whether it is the story's at all.

import { cleanAuthors, nameShaped } from './authors';
import { linesOf } from './head-lines';
import { CJK_LABEL_WORD, CJK_NAME, UNCASED_NAME } from './byline-rules';
import { holdsOtherVoices } from './boilerplate';
import { foldSpace, textOf } from './text';
import { closestTag, firstDescendant, hasClass, hasWord } from './element-query';

/** A byline longer than this is a bio or a whole header, not a name line. */
export const MAX_BYLINE_CHARS = 120;

/** Whether byline markup sits in comments, a list of other stories, or the page's navigation or footer (other people's names:
 * teasers' bylines, the site owner's credit). A footer inside the article is the story's own; an <aside> often holds the
 * story's own byline and date beside its text, so it does not count. */
export function amongOtherStories(el: Element): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.localName;
    if (tag === 'nav' || (tag === 'footer' && !closestTag(a, 'article'))) return true;
    if (holdsOtherVoices(a)) return true;
  }
  return false;
}

/** A name from one byline container: its hCard/microdata name, else its first name-shaped line. */
export function nameInMark(el: Element): string[] {
  const named = firstDescendant(el, (d) => hasClass(d, 'fn') || hasWord(d, 'itemprop', 'name'));
  if (named) return cleanAuthors([textOf(named)]);
  // A link to a writer's page in a script without capitals ("佐藤健一"): its text is the name, unless it is a writer's label ("记者").
  const linked = el.localName === 'a' ? foldSpace(textOf(el)) : '';
  if (CJK_NAME.test(linked) && !CJK_LABEL_WORD.test(linked)) return [linked];
  // Likewise two to four words of the Arabic or Hebrew script ("احمد علی", "דנה לוי"), which have no capitals to tell a name by.
  if (UNCASED_NAME.test(linked)) return [linked];
  for (const line of linesOf(el)) {
    if (line.length > MAX_BYLINE_CHARS) break;
    const names = cleanAuthors([line]);
    // A whole byline ("By A and B") or one name-shaped line; labels and dates are skipped.
    if (names.length && names.every(nameShaped)) return names;
  }
  return [];
}
