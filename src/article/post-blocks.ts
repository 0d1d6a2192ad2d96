// Counts the posts of a thread by their shape: many sibling blocks built alike (one tag, one class), each holding a
// date and a mark of who wrote it (a user's link or name, an author or avatar class). A forum thread, a Q&A page or a
// review list repeats that block for every post; an article has one author block. Only blocks where the story is
// count (the story inside one of them, or them inside the story): an article's comments sit beside the story.

/** Date-like text of a date stamp ("Aug 08, 2006", "3 Mar 2023", "2024-01-12", "12/01/2024", "3 hours ago"). */
export const SHORT_DATE_TEXT = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d+\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i;

/** Classes of a poster's mark: a user's name, avatar or profile, an author or byline. */
export const POSTER_CLASS = /author|user|poster|member|byline|avatar|profile/i;

/** Levels above a mark at which its block may sit (a post's date is a few levels inside the post). */
const MARK_DEPTH = 8;
/** Marks read at most, of each kind: enough for a page of posts, bounded on huge pages. */
const MAX_MARKS = 400;

/** The shape two sibling blocks share when built by one template: their tag and class attribute. */
const shape = (el: Element): string => el.localName + ' ' + (el.getAttribute('class') ?? '');

/** For each parent, its children by shape: those that hold one of `marks` (at most MARK_DEPTH levels above it). */
function blocksHolding(marks: Element[]): Map<Element, Map<string, Set<Element>>> {
  const byParent = new Map<Element, Map<string, Set<Element>>>();
  for (const mark of marks.slice(0, MAX_MARKS)) {
    for (let a: Element = mark, k = 0; a.parentElement && k < MARK_DEPTH; a = a.parentElement, k++) {
      const parent = a.parentElement;
      let shapes = byParent.get(parent);
      if (!shapes) byParent.set(parent, (shapes = new Map()));
      const s = shape(a);
      let blocks = shapes.get(s);
      if (!blocks) shapes.set(s, (blocks = new Set()));
      blocks.add(a);
    }
  }
  return byParent;
}

/**
 * The most sibling blocks of one shape, each holding a date mark and a poster mark, under one parent that is inside
 * a story root or whose blocks hold one. `dates`: date stamps (<time>, itemprop dates, short date-like texts);
 * `posters`: poster marks; `roots`: the story's roots.
 */
export function countPostBlocks(dates: Element[], posters: Element[], roots: Element[]): number {
  if (!dates.length || !posters.length || !roots.length) return 0;
  const dated = blocksHolding(dates);
  const signed = blocksHolding(posters);
  let best = 0;
  for (const [parent, shapes] of dated) {
    const signedShapes = signed.get(parent);
    if (!signedShapes) continue;
    for (const [s, blocks] of shapes) {
      const withPoster = signedShapes.get(s);
      if (!withPoster) continue;
      const posts = [...blocks].filter((b) => withPoster.has(b));
      if (posts.length <= best) continue;
      const atStory = roots.some((r) => r.contains(parent) || posts.some((b) => b.contains(r)));
      if (atStory) best = posts.length;
    }
  }
  return best;
}
