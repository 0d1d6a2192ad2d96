// Decides whether the page is an article at all (not a product page, listing, forum, docs or a
// service page), from what the page declares about itself, its URL, and the shape of its text.
// Each signal casts votes; no single one decides, so a page that lacks metadata can still qualify.

import { ARTICLE_PATH, ARTICLE_TYPES, FAQ_TYPES, MANY_BYLINES, MANY_CODE_BLOCKS, MANY_TIMES, MIN_ARTICLE_WORDS, NON_ARTICLE_HOST, NON_ARTICLE_PATH, NON_ARTICLE_TYPES } from './heuristics';
import { normalizeDate } from './dates';
import { ldString, type JsonLd } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { isExplainerTitle, speaksCommercially } from './page-voice';

export interface ArticleEvidence {
  meta: MetaTags;
  ld: JsonLd;
  url: string;
  hasDate: boolean;
  /** The publication time found, to tell a CMS's page stamp from an article's date. */
  publishedTime?: string | null;
  hasAuthor: boolean;
  storyWords: number;
  paragraphs: number;
  /** <time datetime> elements on the page. */
  times: number;
  /** Byline-marked elements on the page. */
  bylines: number;
  /** <code> and <pre> elements on the page. */
  code: number;
  /** <button> elements on the page. */
  buttons?: number;
  /** Links to members' profile pages ("/members/jane.12", "/u/jane", "/users/42"). */
  memberLinks?: number;
  /** The page's title, as the metadata gives it. */
  title?: string | null;
  /** The story text chosen as the body. */
  storyText?: string;
  /** Microdata item types on the page ("FAQPage", "Question"); only FAQ types are read from them. */
  itemTypes?: string[];
  /** The share of the page's visible text that is link text. */
  linkShare?: number;
}

/** Votes needed to call a page an article. */
const ARTICLE_VOTES = 2;
/** More buttons than this, with no article markup: an app, shop or service page built of controls. */
const MANY_BUTTONS = 20;
/** Stories this long with this many paragraphs read as articles even without metadata. */
const LONG_STORY_WORDS = 1000;
const LONG_STORY_PARAGRAPHS = 12;
/** More links to members' profiles than this: many people's posts on one page, a forum thread (an article's comments rarely link so many). */
const MANY_MEMBER_LINKS = 10;
/** Profile pages of a site's members, as forum and Q&A software links each poster's name. */
const MEMBER_HREF = /\/(members?|users?|u|profiles?|member\.php)(\/|\?|\.)[^/?#]|[?&](u|userid|user_id|memberid)=\d/i;

/** Links to members' profile pages, counted up to one past the point where they vote. `links`: the page's <a> elements, when the caller has them. */
export function countMemberLinks(doc: Document, links: ArrayLike<Element> = doc.getElementsByTagName('a')): number {
  let n = 0;
  // Read once: jsdom answers an HTMLCollection's .length by scanning all its elements for one named "length".
  const total = links.length;
  for (let i = 0; i < total && n <= MANY_MEMBER_LINKS; i++) {
    if (MEMBER_HREF.test(links[i]!.getAttribute('href') ?? '')) n++;
  }
  return n;
}

/** Words in an address named after a headline ("/10-easy-steps-for-a-great-interior-design"): story CMSs make the
 * slug from the headline, while sections, services, products and categories take one to three words ("/accounting"). */
const HEADLINE_SLUG_WORDS = 4;
/** At least half the page's text in links: a hub of menus and link lists (a listing, a landing page); a story's own text outweighs its page's menus. */
const LINK_PAGE_SHARE = 0.5;
/** Fewer words than this per story block on average: one-line blurbs under headings, as service and shop pages are built; a story's paragraphs run longer. */
const BLURB_WORDS = 20;

/** Words in the path's last segment, its file extension aside. */
export function slugWords(path: string): number {
  const last = path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.(html?|php|aspx?)$/i, '').split(/[-_+]+/).filter(Boolean).length;
}

/** Query parameters that only say where the reader came from (ads, search, shares); the page is the same without them. */
const TRACKING_PARAM = /^(utm_\w+|srsltid|gclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid|_ga|ref|ref_src)$/i;

/** The host, and the path with the query minus tracking parameters: a home page reached from an ad is still the home page. */
function parts(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
    return { host: u.hostname, path: u.pathname + u.search };
  } catch {
    return { host: '', path: '' };
  }
}

/** Whether the page's date is the WebPage node's datePublished, which SEO plugins put on every page. */
function isPageStamp(e: ArticleEvidence): boolean {
  const stamp = normalizeDate(ldString(e.ld, e.ld.webPage?.['datePublished']));
  return stamp != null && stamp === e.publishedTime;
}

/** Whether the evidence says "article". */
export function decideIsArticle(e: ArticleEvidence): boolean {
  return articleVotes(e) >= ARTICLE_VOTES;
}

/** The sum of the signals' votes: positive for article-like evidence, negative against. */
export function articleVotes(e: ArticleEvidence): number {
  let votes = 0;
  const ldArticle = e.ld.types.some((t) => ARTICLE_TYPES.test(t));
  // A graph that describes the page as a WebPage and names no Article is an SEO plugin's description of a page.
  // Unless the page declares article:published_time, which those plugins write for posts only (pages get a modified time).
  const pageGraph = !ldArticle && e.ld.types.includes('WebPage') && !firstMeta(e.meta, 'article:published_time');
  if (ldArticle) votes += 2;
  // A CMS that describes the page as a WebPage, with no article and no author, published a page, not a post.
  else if (pageGraph && !e.hasAuthor) votes -= 1;
  if (!ldArticle && (e.buttons ?? 0) > MANY_BUTTONS) votes -= 1;
  if (e.ld.types.some((t) => NON_ARTICLE_TYPES.test(t))) votes -= 3;
  // FAQ markup (JSON-LD or microdata) on a page that declares no article: the questions-and-answers block of a service, shop or product page.
  else if (!ldArticle && [...e.ld.types, ...(e.itemTypes ?? [])].some((t) => FAQ_TYPES.test(t))) votes -= 1;
  const ogType = (firstMeta(e.meta, 'og:type') ?? '').toLowerCase();
  // SEO plugins set og:type=article on every page; beside a page graph without an Article it tells nothing.
  if ((ogType === 'article' || ogType.endsWith('article')) && !pageGraph) votes += 1;
  else if (/product|profile|video|music|book/.test(ogType)) votes -= 2;
  // The same plugins stamp the WebPage node with a datePublished on every page: only another date is an article's.
  if (e.hasDate && !(pageGraph && isPageStamp(e))) votes += 1;
  if (e.hasAuthor) votes += 1;
  const { host, path } = parts(e.url);
  // A story-shaped path outweighs the host and the code count: news sites put sections on subdomains
  // (developers.example.org/story/…), shops their blogs (shop.example.com/blogs/…), and technical posts quote much code.
  const storyPath = ARTICLE_PATH.test(path);
  if (NON_ARTICLE_HOST.test(host) && !storyPath) votes -= 2;
  if (path === '/' || path === '') votes -= 2;
  else if (NON_ARTICLE_PATH.test(path)) votes -= 2;
  else if (storyPath) votes += 1;
  if (slugWords(path) >= HEADLINE_SLUG_WORDS) votes += 1;
  if (e.code > MANY_CODE_BLOCKS && !storyPath) votes -= 3;
  if (e.times > MANY_TIMES || e.bylines > MANY_BYLINES) votes -= 2;
  // Many dated blocks that are also many signed ones: posts by many people, as a thread shows each reply's poster and time.
  if (e.times > MANY_TIMES && e.bylines > MANY_BYLINES) votes -= 1;
  if ((e.memberLinks ?? 0) > MANY_MEMBER_LINKS) votes -= 2;
  if (e.storyWords < MIN_ARTICLE_WORDS) votes -= 3;
  else if (e.storyWords > LONG_STORY_WORDS && e.paragraphs >= LONG_STORY_PARAGRAPHS) votes += 2;
  else if (e.paragraphs >= 5) votes += 1;
  if (e.storyWords < BLURB_WORDS * Math.max(1, e.paragraphs)) votes -= 1;
  // At least half the page's visible text in links: menus and link lists outweigh any story text.
  if ((e.linkShare ?? 0) >= LINK_PAGE_SHARE) votes -= 1;
  // A body written as a business addressing its customers ("our team", "contact us") is a service or shop page.
  if (speaksCommercially(e.storyText ?? '', e.storyWords)) votes -= 1;
  // A headline that asks or promises to explain ("How much is…?", "The beginner's guide to…") heads an explainer;
  // but a forum thread is titled by its question too, so not beside many posters' profile links.
  if (isExplainerTitle(e.title) && (e.memberLinks ?? 0) <= MANY_MEMBER_LINKS) votes += 1;
  return votes;
}
