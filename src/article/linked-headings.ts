// Counts the story's headings that are links to other pages. A listing heads each of its items with a link to the item
// (a section front's or an archive's teasers, search results, lists of events, releases or recipes); a story's subheads
// are its own and link nowhere, or to a place on the same page.

/** Headings counted at most: enough to tell a list of items from a story. */
const MAX_COUNTED = 12;
/** Headings read at most, bounding the cost on huge pages. */
const MAX_READ = 200;

/** Whether a link leads to another page: not to a place on a page (a post's permalink, "…?p=5001#p5001", heads a forum's
 * posts), not a script. */
function leadsElsewhere(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  return href !== '' && !href.includes('#') && !/^javascript:/i.test(href);
}

/** Whether the heading is a link: inside one, or holding one that carries all its text. */
function isLinkedHeading(h: Element): boolean {
  const outer = h.closest('a');
  if (outer) return leadsElsewhere(outer);
  const text = (h.textContent ?? '').trim();
  if (!text) return false;
  const links = h.getElementsByTagName('a');
  return links.length === 1 && leadsElsewhere(links[0]!) && (links[0]!.textContent ?? '').trim().length >= text.length * 0.8;
}

/** Headings (h2–h6) inside the story roots that link to other pages, counted up to MAX_COUNTED. */
export function countLinkedHeadings(roots: Element[]): number {
  let n = 0;
  let read = 0;
  for (const r of roots) {
    for (const h of r.querySelectorAll('h2, h3, h4, h5, h6')) {
      if (++read > MAX_READ) return n;
      if (isLinkedHeading(h) && ++n >= MAX_COUNTED) return n;
    }
  }
  return n;
}
