// One read-only walk over the page that measures, for every element, how much story-like text
// (long, sentence-bearing, not link-heavy blocks) and how much other text it holds. It also keeps a log of what it
// read, so that the page's text lines can be read again without a second walk (head-lines.ts, scannedLines).

import { BLOCK_TAGS, BOILERPLATE_HEADING, CHROME_TAGS, SECTION_HEADING_POSITION, MAX_LINK_DENSITY, MIN_PARAGRAPH_CHARS, SKIP_TAGS } from './heuristics';
import { Furniture, looksLikeBoilerplate } from './boilerplate';
import { attributeNames, attributeOf, isHiddenFromReader, textOf } from './text';
import type { HintWalk } from './markup-hints';

export interface PageScan {
  /** Elements in document order (pre-order), skipping hidden and non-text subtrees. */
  order: Element[];
  /** For each index: the index after the element's last descendant. */
  end: Int32Array;
  /** Characters of story-like blocks inside each element. */
  good: Float64Array;
  /** Characters of all other text inside each element. */
  noise: Float64Array;
  /** Characters inside links inside each element. */
  links: Float64Array;
  /** Number of story-like blocks inside each element. */
  paragraphs: Int32Array;
  /** Number of headings (h1–h6) inside each element, itself included. */
  headings: Int32Array;
  /** How strongly each element's own markup marks it as furniture (see Furniture). */
  flagged: Uint8Array;
  index: Map<Element, number>;
  /** Each element's upper-case tag name, class and id. */
  tags: string[];
  classes: (string | null)[];
  ids: (string | null)[];
  /**
   * What the walk read, in document order, for readers of the page's text lines that would otherwise walk it again (see
   * head-lines.ts, scannedLines): a string is a text node's text, a number k >= 0 opens order[k] and ~k closes it, and an
   * Element is a child the walk left out as hidden from the reader (by its markup or its class). Script-like children are
   * left out without a trace.
   */
  log: (string | number | Element)[];
  /** For each index: where its closing ~k sits in the log. */
  closeAt: Int32Array;
}

const HEADING = /^H[1-6]$/;

/** Measures the page under `root` without changing it. With `hints`, it is handed every element under `root` in document order, those the
 * scan leaves out too, so the markup hints need no walk of their own (page-walk.ts). */
export function scanPage(root: Element, hints?: HintWalk): PageScan {
  const order: Element[] = [];
  const ends: number[] = [];
  const good: number[] = [];
  const noise: number[] = [];
  const links: number[] = [];
  const paragraphs: number[] = [];
  const headings: number[] = [];
  const flagged: number[] = [];
  const tags: string[] = [];
  const classes: (string | null)[] = [];
  const ids: (string | null)[] = [];
  const log: (string | number | Element)[] = [];
  const closeAt: number[] = [];
  // The block whose own text is being gathered: [chars, linkChars].
  let blockChars = 0;
  let blockLinks = 0;

  // `tag`: the element's upper-case tag name, `names` its attribute names and `cls` its class, as its parent's loop read them.
  // `inCode`: inside a <pre> or <code>, where a syntax highlighter's classes ("hljs-comment", "token comment") name the
  // code's own parts, not furniture.
  const visit = (el: Element, tag: string, names: readonly string[], cls: string | null, inLink: boolean, inCode: boolean, parent: number, position: number): void => {
    hints?.add(el, names, cls);
    const i = order.length;
    order.push(el);
    tags.push(tag);
    classes.push(cls);
    ids.push(attributeOf(el, names, 'id'));
    log.push(i);
    closeAt.push(0);
    ends.push(0);
    good.push(0);
    noise.push(0);
    links.push(0);
    paragraphs.push(0);
    headings.push(0);
    flagged.push(!inCode && (names.length || CHROME_TAGS.has(tag)) ? looksLikeBoilerplate(el, names, tag, cls) : 0);
    const isBlock = BLOCK_TAGS.has(tag);
    const heading = HEADING.test(tag);
    const link = inLink || tag === 'A';
    const code = inCode || tag === 'PRE' || tag === 'CODE';
    let savedChars = 0;
    let savedLinks = 0;
    if (isBlock) {
      savedChars = blockChars;
      savedLinks = blockLinks;
      blockChars = 0;
      blockLinks = 0;
    }
    let childPosition = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const v = c.nodeValue;
        if (!v) continue;
        log.push(v);
        const n = v.trim().length;
        blockChars += n;
        if (link) blockLinks += n;
      } else if (c.nodeType === 1) {
        const ce = c as Element;
        const childTag = ce.tagName.toUpperCase();
        if (SKIP_TAGS.has(childTag)) {
          hints?.addSubtree(ce);
          continue;
        }
        const childNames = attributeNames(ce);
        const childClass = attributeOf(ce, childNames, 'class');
        if (childNames.length && isHiddenFromReader(ce, childNames, childClass)) {
          hints?.addSubtree(ce);
          log.push(ce);
          continue;
        }
        const j = order.length;
        visit(ce, childTag, childNames, childClass, link, code, i, childPosition++);
        good[i]! += good[j]!;
        noise[i]! += noise[j]!;
        links[i]! += links[j]!;
        paragraphs[i]! += paragraphs[j]!;
        headings[i]! += headings[j]!;
      }
    }
    // A "Read more" / "Comments" heading at the top of a container names the container: furniture.
    if (heading) headings[i]! += 1;
    if (heading && parent > 0 && position < SECTION_HEADING_POSITION && BOILERPLATE_HEADING.test(textOf(el))) flagged[parent] = Furniture.Strong;
    if (isBlock || i === 0) {
      // Close this block: its own text is story-like when long enough and not mostly links.
      const storyLike = blockChars >= MIN_PARAGRAPH_CHARS && blockLinks < blockChars * MAX_LINK_DENSITY && !heading;
      if (storyLike) {
        good[i]! += blockChars;
        paragraphs[i]! += 1;
      } else if (!heading) noise[i]! += blockChars;
      links[i]! += blockLinks;
      blockChars = savedChars;
      blockLinks = savedLinks;
    }
    ends[i] = order.length;
    closeAt[i] = log.length;
    log.push(~i);
  };
  const rootNames = attributeNames(root);
  visit(root, root.tagName.toUpperCase(), rootNames, attributeOf(root, rootNames, 'class'), false, false, -1, 0);
  const index = new Map<Element, number>();
  for (let i = 0; i < order.length; i++) index.set(order[i]!, i);
  return {
    order,
    end: Int32Array.from(ends),
    good: Float64Array.from(good),
    noise: Float64Array.from(noise),
    links: Float64Array.from(links),
    paragraphs: Int32Array.from(paragraphs),
    headings: Int32Array.from(headings),
    flagged: Uint8Array.from(flagged),
    index,
    tags,
    classes,
    ids,
    log,
    closeAt: Int32Array.from(closeAt),
  };
}
