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
  /** The share of the story roots' text that is link text. */
  storyLinkShare?: number;
  /** The story roots' text as a share of the page's. */
  storyShare?: number;
  /** Headings (h1–h6) inside the story roots. */
  storyHeadings?: number;
  /** Form fields (<input>, <select>, <textarea>) on the page. */
  fields?: number;
  /** The story's images. */
  images?: number;
  /** Links (<a>) on the page. */
  links?: number;
  /** <article> elements on the page. */
  articles?: number;
  /** <li> elements on the page. */
  listItems?: number;
  /** <h1> elements on the page. */
  h1s?: number;
  /** Whether the page gives a modified time. */
  hasModified?: boolean;
}

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

/** The signals the decision reads, each 0/1 or a scaled number, by name. */
export type ArticleFeatures = Record<string, number>;

const log2p = (n: number): number => Math.log2(1 + Math.max(0, n));
const bit = (b: boolean): number => (b ? 1 : 0);

/** Prices in a text: a currency sign or code beside a number ("$19.99", "€ 5", "12 EUR"). */
const PRICE = /[$€£¥₹]\s?\d|\d\s?(€|£|EUR|USD|GBP)\b/g;

/** Words of the title that are long enough to name something (3+ letters), lower-cased. */
function titleWords(title: string | null | undefined): string[] {
  return (title ?? '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/** The share of the title's words found in the path's last segment: story CMSs make the slug from the headline. */
function titleInSlug(title: string | null | undefined, path: string): number {
  const words = titleWords(title);
  if (!words.length) return 0;
  const last = (path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '').toLowerCase();
  let n = 0;
  for (const w of words) if (last.includes(w)) n++;
  return n / words.length;
}

/** The page's evidence as named features. */
export function articleFeatures(e: ArticleEvidence): ArticleFeatures {
  const ldArticle = e.ld.types.some((t) => ARTICLE_TYPES.test(t));
  // A graph that describes the page as a WebPage and names no Article is an SEO plugin's description of a page.
  // Unless the page declares article:published_time, which those plugins write for posts only (pages get a modified time).
  const pageGraph = !ldArticle && e.ld.types.includes('WebPage') && !firstMeta(e.meta, 'article:published_time');
  const nonArticleType = e.ld.types.some((t) => NON_ARTICLE_TYPES.test(t));
  const ogType = (firstMeta(e.meta, 'og:type') ?? '').toLowerCase();
  const ogArticle = (ogType === 'article' || ogType.endsWith('article')) && !pageGraph;
  const { host, path } = parts(e.url);
  const storyPath = ARTICLE_PATH.test(path);
  const home = path === '/' || path === '';
  const nonArticlePath = !home && NON_ARTICLE_PATH.test(path);
  const memberLinks = e.memberLinks ?? 0;
  const short = e.storyWords < MIN_ARTICLE_WORDS;
  const long = !short && e.storyWords > LONG_STORY_WORDS && e.paragraphs >= LONG_STORY_PARAGRAPHS;
  const headings = e.storyHeadings ?? 0;
  return {
    articleMarkup: bit(ldArticle),
    pageGraphNoAuthor: bit(!ldArticle && pageGraph && !e.hasAuthor),
    manyButtons: bit(!ldArticle && (e.buttons ?? 0) > MANY_BUTTONS),
    nonArticleMarkup: bit(nonArticleType),
    faqMarkup: bit(!nonArticleType && !ldArticle && [...e.ld.types, ...(e.itemTypes ?? [])].some((t) => FAQ_TYPES.test(t))),
    ogArticle: bit(ogArticle),
    ogNonArticle: bit(!ogArticle && /product|profile|video|music|book/.test(ogType)),
    date: bit(e.hasDate && !(pageGraph && isPageStamp(e))),
    author: bit(e.hasAuthor),
    nonArticleHost: bit(NON_ARTICLE_HOST.test(host) && !storyPath),
    homePage: bit(home),
    nonArticlePath: bit(nonArticlePath),
    storyPath: bit(!home && !nonArticlePath && storyPath),
    headlineSlug: bit(slugWords(path) >= HEADLINE_SLUG_WORDS),
    manyCode: bit(e.code > MANY_CODE_BLOCKS && !storyPath),
    manyTimesOrBylines: bit(e.times > MANY_TIMES || e.bylines > MANY_BYLINES),
    manyTimesAndBylines: bit(e.times > MANY_TIMES && e.bylines > MANY_BYLINES),
    manyMemberLinks: bit(memberLinks > MANY_MEMBER_LINKS),
    shortStory: bit(short),
    longStory: bit(long),
    someParagraphs: bit(!short && !long && e.paragraphs >= 5),
    blurbs: bit(e.storyWords < BLURB_WORDS * Math.max(1, e.paragraphs)),
    linkPage: bit((e.linkShare ?? 0) >= LINK_PAGE_SHARE),
    commercial: bit(speaksCommercially(e.storyText ?? '', e.storyWords)),
    explainerTitle: bit(isExplainerTitle(e.title) && memberLinks <= MANY_MEMBER_LINKS),
    // Candidates, as scaled numbers.
    logWords: log2p(e.storyWords),
    logParagraphs: log2p(e.paragraphs),
    logWordsPerParagraph: log2p(e.storyWords / Math.max(1, e.paragraphs)),
    linkShare: e.linkShare ?? 0,
    storyLinkShare: e.storyLinkShare ?? 0,
    storyShare: e.storyShare ?? 0,
    logStoryHeadings: log2p(headings),
    logParagraphsPerHeading: log2p(e.paragraphs / Math.max(1, headings)),
    logFields: log2p(e.fields ?? 0),
    logPrices: log2p(e.storyText?.match(PRICE)?.length ?? 0),
    titleInSlug: titleInSlug(e.title, path),
    logTimes: log2p(e.times),
    logBylines: log2p(e.bylines),
    logMemberLinks: log2p(memberLinks),
    logButtons: log2p(e.buttons ?? 0),
    logCode: log2p(e.code),
    logImages: log2p(e.images ?? 0),
    logLinks: log2p(e.links ?? 0),
    slugWords: Math.min(8, slugWords(path)),
    pathDepth: Math.min(6, path.split('?')[0]!.split('/').filter(Boolean).length),
    query: bit(path.includes('?')),
    ogWebsite: bit(ogType === 'website'),
    publishedMeta: bit(firstMeta(e.meta, 'article:published_time') != null),
    modified: bit(!!e.hasModified),
    logH1s: log2p(e.h1s ?? 0),
    logArticles: log2p(e.articles ?? 0),
    logListItems: log2p(e.listItems ?? 0),
    logWordsPerSentence: log2p(e.storyWords / Math.max(1, e.storyText?.match(/[.!?。！？](\s|$)/g)?.length ?? 0)),
    numericId: bit(/\/[^/?#]*\d{5,}/.test(path.split('?')[0]!)),
    ldAny: bit(e.ld.types.length > 0),
  };
}

/** The weight of each feature. */
export const ARTICLE_WEIGHTS: Record<string, number> = {
  articleMarkup: 2, pageGraphNoAuthor: -1, manyButtons: -1, nonArticleMarkup: -3, faqMarkup: -1, ogArticle: 1, ogNonArticle: -2,
  date: 1, author: 1, nonArticleHost: -2, homePage: -2, nonArticlePath: -2, storyPath: 1, headlineSlug: 1, manyCode: -3,
  manyTimesOrBylines: -2, manyTimesAndBylines: -1, manyMemberLinks: -2, shortStory: -3, longStory: 2, someParagraphs: 1,
  blurbs: -1, linkPage: -1, commercial: -1, explainerTitle: 1,
};
/** Added to the weighted sum: a page is an article when the total is at least 0. */
export const ARTICLE_BIAS = -2;

/** Sum of weight × feature. */
export function scoreFeatures(x: ArticleFeatures, weights: Record<string, number>): number {
  let s = 0;
  for (const k in weights) s += weights[k]! * (x[k] ?? 0);
  return s;
}

/** Whether the evidence says "article". */
export function decideIsArticle(e: ArticleEvidence): boolean {
  return articleVotes(e) >= 0;
}

/** The sum of the signals' votes: positive for article-like evidence, negative against. */
export function articleVotes(e: ArticleEvidence): number {
  return ARTICLE_BIAS + scoreFeatures(articleFeatures(e), ARTICLE_WEIGHTS);
}
