// One pass over the page's elements that gathers what metadata reads from visible markup: h1s,
// <time datetime> elements, byline containers, microdata dates, and the <meta>, <script>, <a>, <footer> and
// <button> elements other parts count or read. (Complex CSS selectors are slow in some DOM engines, and
// in jsdom each whole-page getElementsByTagName walks the tree again; one plain loop is fast everywhere.)

import { BYLINE_CLASS } from './heuristics';
import { AUTHOR_CLASS_TOKEN, OTHER_AUTHOR_TOKEN } from './byline-rules';
import { POSTER_CLASS } from './post-blocks';
import { MEMBER_HREF } from './is-article';
import { attributeNames, attributeOf } from './text';
import { isAsideOfDates } from './element-query';
import { mayOpenCard } from './author-card';

export interface MarkupHints {
  h1s: Element[];
  /** <time datetime> elements, in document order. */
  times: Element[];
  /** <time> elements without a datetime attribute (their text is their value, as HTML defines), in document order. */
  textTimes: Element[];
  /** Elements that hold a byline: itemprop=author, rel=author, byline/author-name classes. */
  bylines: Element[];
  /** Wider byline candidates for reading names (not counted as bylines): author/byline class tokens, author-page links. */
  authorMarks: Element[];
  /** Elements with itemprop=datePublished (meta, time or span). */
  datePublished: Element[];
  /** The first <link rel=canonical>'s href. */
  canonical: string | null;
  /** <code> and <pre> elements on the page. */
  code: number;
  /** Elements with itemprop~=headline, in document order; null when not collected (the walk stopped short). */
  itemHeadlines: Element[] | null;
  /** Microdata item types ("Product" of itemtype="https://schema.org/Product"), as JSON-LD's @type names them. */
  itemTypes: string[];
  /** The page's elements of a few tags, in document order; null when not collected (the walk stopped short). */
  tags: PageTags | null;
  /** Date stamps, in document order: <time> and itemprop datePublished/dateCreated elements (post-blocks.ts reads date texts). */
  dateMarks: Element[];
  /** Marks of who wrote a post: itemprop=author, author/user/avatar/profile classes, links to members' profiles. */
  posterMarks: Element[];
  /** The body's h2–h4 and elements whose class or id words name an author card, in document order (author-card.ts reads
   * them); null when not collected (the walk stopped short). */
  cardMarks: Element[] | null;
}

/** Elements of the tags other parts of the detector read (as getElementsByTagName would list them). */
export interface PageTags {
  metas: Element[];
  scripts: Element[];
  links: Element[];
  /** h1, h2 and h3 elements. */
  headings: Element[];
  /** <footer> elements (site-owner.ts reads the copyright holder in the last ones). */
  footers: Element[];
  /** <a> elements whose href is a member's profile (MEMBER_HREF; is-article.ts counts them). */
  memberLinks: Element[];
  buttons: number;
  /** <input>, <select> and <textarea> elements: the fields of forms. */
  fields: number;
  /** <article> elements. */
  articles: number;
  /** The first <base href> element (base-url.ts reads the document's base URL from it). */
  base: Element | null;
}

const MAX_ELEMENTS = 60000;

/** Hints of a page with none (also what the detector uses when collecting them fails). */
export const noHints = (): MarkupHints => ({ h1s: [], times: [], textTimes: [], bylines: [], authorMarks: [], datePublished: [], canonical: null, code: 0, itemHeadlines: null, itemTypes: [], tags: null, dateMarks: [], posterMarks: [], cardMarks: null });

/** The hints of the whole document, in one walk of its elements. */
export function collectHints(doc: Document): MarkupHints {
  const walk = new HintWalk(doc);
  if (doc.documentElement) walk.addSubtree(doc.documentElement);
  return walk.finish();
}

/**
 * Gathers the hints element by element, in document order: from its own walk of a subtree (addSubtree), or from another walk that
 * passes each element with its attribute names and class (add), so the page is walked once (page-walk.ts).
 */
export class HintWalk {
  private readonly hints = noHints();
  private readonly itemHeadlines: Element[] = [];
  private readonly cardMarks: Element[] = [];
  private readonly tags: PageTags = { metas: [], scripts: [], links: [], headings: [], footers: [], memberLinks: [], buttons: 0, fields: 0, articles: 0, base: null };
  private readonly body: HTMLElement | null;
  private inBody = false;
  private count = 0;
  /** Past MAX_ELEMENTS the lists are not the page's: their readers then query the page themselves. */
  private stoppedShort = false;

  constructor(private readonly doc: Document) {
    this.body = doc.body;
  }

  /** Every element of `root`'s subtree, `root` first. */
  addSubtree(root: Element): void {
    // A TreeWalker over elements: in jsdom it steps through the tree without a wrapper per node passed.
    const walker = this.doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let el: Element | null = root; el && !this.stoppedShort; el = walker.nextNode() as Element | null) {
      this.add(el, attributeNames(el), null);
    }
  }

  /** The next element in document order; `names` are its attribute names and `cls` its class when the caller read it (else null). */
  add(el: Element, names: readonly string[], cls: string | null): void {
    if (this.stoppedShort) return;
    if (this.count++ >= MAX_ELEMENTS) {
      this.stoppedShort = true;
      return;
    }
    const { hints, tags, cardMarks, itemHeadlines } = this;
    const tag = el.localName;
    if (tag === 'meta') tags.metas.push(el);
    else if (tag === 'script') tags.scripts.push(el);
    else if (tag === 'a') tags.links.push(el);
    else if (tag === 'button') tags.buttons++;
    else if (tag === 'input' || tag === 'select' || tag === 'textarea') tags.fields++;
    else if (tag === 'article') tags.articles++;
    else if (tag === 'h1' || tag === 'h2' || tag === 'h3') tags.headings.push(el);
    else if (tag === 'footer') tags.footers.push(el);
    // The date marks of posts (post-blocks.ts): a <time> here, itemprop dates below (date texts are read there, in few blocks).
    if (tag === 'time') hints.dateMarks.push(el);
    // Without attributes an element can only be an h1, a code block, a <time> or a heading that may open an author card here:
    // the attribute reads below are skipped.
    if (!names.length) {
      if (this.inBody && mayOpenCard(el, tag, null, null)) cardMarks.push(el);
      else if (el === this.body) this.inBody = true;
      if (tag === 'h1') hints.h1s.push(el);
      else if (tag === 'code' || tag === 'pre') hints.code++;
      else if (tag === 'time') hints.textTimes.push(el);
      return;
    }
    // Each attribute asked for below is read only when the element has it (see attributeNames).
    const itemprop = attributeOf(el, names, 'itemprop');
    if (itemprop && tag !== 'time' && ITEM_DATE.test(itemprop)) hints.dateMarks.push(el);
    if (cls === null) cls = attributeOf(el, names, 'class');
    if (this.inBody && mayOpenCard(el, tag, cls, cls === null ? null : attributeOf(el, names, 'id'))) cardMarks.push(el);
    else if (el === this.body) this.inBody = true;
    const href = tag === 'a' ? attributeOf(el, names, 'href') : null;
    const memberLink = !!href && MEMBER_HREF.test(href);
    if (memberLink) tags.memberLinks.push(el);
    if ((itemprop && /(^|\s)author(\s|$)/.test(itemprop)) || (cls && POSTER_CLASS.test(cls)) || memberLink) hints.posterMarks.push(el);
    // Read here for microdataHeadline, which would otherwise query the whole page again.
    if (itemprop && /(^|\s)headline(\s|$)/.test(itemprop)) itemHeadlines.push(el);
    if (tag === 'h1') hints.h1s.push(el);
    else if (tag === 'time') (names.includes('datetime') ? hints.times : hints.textTimes).push(el);
    else if (tag === 'link' && hints.canonical == null && /(^|\s)canonical(\s|$)/i.test(attributeOf(el, names, 'rel') ?? '')) {
      hints.canonical = attributeOf(el, names, 'href');
    } else if (tag === 'base' && !tags.base && names.includes('href')) tags.base = el;
    else if (tag === 'code' || tag === 'pre') hints.code++;
    else if (tag === 'script' || tag === 'style') return;
    // An itemtype means something only on an item (itemscope), as the microdata spec says; templates leave bare ones about.
    const itemtype = names.includes('itemscope') ? attributeOf(el, names, 'itemtype') : null;
    if (itemtype) hints.itemTypes.push(...microdataTypes(itemtype));
    if (itemprop) {
      if (/(^|\s)author(\s|$)/.test(itemprop)) hints.bylines.push(el);
      else if (/(^|\s)datePublished(\s|$)/.test(itemprop)) hints.datePublished.push(el);
      return;
    }
    const rel = tag === 'a' ? attributeOf(el, names, 'rel') : null;
    if (rel && /(^|\s)author(\s|$)/i.test(rel)) {
      hints.bylines.push(el);
      return;
    }
    if (cls && BYLINE_CLASS.test(cls)) hints.bylines.push(el);
    else if ((cls && isAuthorClass(cls)) || (!!href && AUTHOR_HREF.test(href)) || testNamedAuthor(el, names)) hints.authorMarks.push(el);
  }

  /** The hints gathered; the lists that need the whole page are null when the page had more than MAX_ELEMENTS elements. */
  finish(): MarkupHints {
    const { hints } = this;
    hints.itemHeadlines = this.stoppedShort ? null : this.itemHeadlines;
    hints.tags = this.stoppedShort ? null : this.tags;
    hints.cardMarks = this.stoppedShort ? null : this.cardMarks;
    return hints;
  }
}

/** The itemprop of a post's date. */
const ITEM_DATE = /date(Published|Created)/;

/** The type names of an itemtype attribute: one or more vocabulary URLs, each named by its last segment. */
function microdataTypes(itemtype: string): string[] {
  return itemtype.split(/\s+/).map((u) => u.replace(/[/#]+$/, '').split(/[/#]/).pop() ?? '').filter(Boolean);
}

/** Links to a writer's page ("/author/jane-doe", "/authors/jane", "/contributor/j_doe", a reporter's page, and the same word in
 * other languages: "/autor/", "/auteur/", "/autore/", Turkish "/yazar/", Indonesian "/penulis/"): their text is the writer's name.
 * The writer's number may come before the name's slug ("/authors/1234/jane-doe"). */
const AUTHOR_HREF = /\/(author|authors|contributor|contributors|writer|writers|byline|reporter|reporters|journalist|journalists|autor|autores|autoren|auteur|auteurs|autore|autori|yazar|penulis)\/(?:\d+\/)?[^/?#]+\/?($|[?#])/i;

/** Test hooks that script-built news pages name their parts with ("data-testid=byline", "data-qa=author-name"), hashed class names aside. */
const TEST_HOOKS = ['data-testid', 'data-test', 'data-qa', 'data-component'];

/** Whether a test hook names the element as a byline or an author's name. */
function testNamedAuthor(el: Element, names: readonly string[]): boolean {
  for (const attr of TEST_HOOKS) {
    const v = attributeOf(el, names, attr);
    if (v && isAuthorClass(v)) return true;
  }
  return false;
}

/** The hash CSS modules append to a component's class ("Author_author__4ceOm", "ArticleByline_name__x1Y2z"): not a word of the name. */
const CSS_MODULE_HASH = /^([A-Z][A-Za-z0-9]*_[A-Za-z0-9-]+)__[A-Za-z0-9_-]{5}$/;

function isAuthorClass(cls: string): boolean {
  if (!/author|byline|creator|contributor/i.test(cls)) return false;
  for (const raw of cls.split(/\s+/)) {
    const token = CSS_MODULE_HASH.exec(raw)?.[1] ?? raw;
    if (AUTHOR_CLASS_TOKEN.test(token) && !OTHER_AUTHOR_TOKEN.test(token)) return true;
  }
  return false;
}

/** Words of a link's text from which it reads as another story's headline rather than a name or a label. */
const MIN_TEASER_WORDS = 4;

/** Whether `item` holds a link, not around `el`, whose text is headline-length. */
function teaserLink(item: Element, el: Element): boolean {
  for (const link of Array.from(item.getElementsByTagName('a'))) {
    if (!link.contains(el) && (link.textContent ?? '').trim().split(/\s+/).length >= MIN_TEASER_WORDS) return true;
  }
  return false;
}

/** Whether an element sits in an article's header, an <article>, a byline or meta line, or <main>. */
export function inArticleHead(el: Element): boolean {
  for (let a = el.parentElement, depth = 0; a && depth < 12; a = a.parentElement, depth++) {
    const tag = a.localName;
    if (tag === 'article' || tag === 'main') return true;
    const cls = a.getAttribute('class');
    if (cls && /byline|meta|dateline|author|published|post-date|entry-date|timestamp/i.test(cls)) return true;
    // A sidebar of other pages' dates inside the story's <main> or <article>.
    if (isAsideOfDates(a)) return false;
    // A list item that links to another page by a headline-length text beside the date is a teaser: the date is its story's.
    if (tag === 'li' && teaserLink(a, el)) return false;
  }
  return false;
}
