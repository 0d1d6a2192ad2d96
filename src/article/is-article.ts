// Decides whether the page is an article at all (not a product page, listing, forum, docs or a
// service page), from what the page declares about itself, its URL, and the shape of its text.
// Each feature has a weight and no single one decides, so a page that lacks metadata can still qualify. The weights
// are fitted (scripts/fit-is-article.ts), not set by hand: a logistic regression over named features.

import { ARTICLE_PATH, ARTICLE_TYPES, DISCUSSION_PATH, DISCUSSION_TYPES, FAQ_TYPES, MANY_BYLINES, MANY_CODE_BLOCKS, MANY_TIMES, MIN_ARTICLE_WORDS, NON_ARTICLE_HOST, NON_ARTICLE_PATH, NON_ARTICLE_TYPES } from './heuristics';
import { normalizeDate } from './dates';
import { ldString, type JsonLd } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { addressParts as parts, HEADLINE_SLUG_WORDS, isFileAddress, isItemQuery, slugWords, titleInSlug } from './page-address';
import { isExplainerTitle, speaksCommercially } from './page-voice';

export { isFileAddress, slugWords } from './page-address';

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
  /** <h1> elements on the page. */
  h1s?: number;
  /** Whether the page gives a modified time. */
  hasModified?: boolean;
  /** Sibling blocks of one shape, each with a date and a poster's mark, where the story is: a thread's posts (post-blocks.ts). */
  postBlocks?: number;
  /** Links of documentation tooling to the page's source ("Edit this page", "Edit on GitHub"). */
  docLinks?: number;
  /** Headings in the story that link to other pages (linked-headings.ts): a listing's items. */
  linkedHeadings?: number;
}

/** More buttons than this, with no article markup: an app, shop or service page built of controls. */
const MANY_BUTTONS = 20;
/** Stories this long with this many paragraphs read as articles even without metadata. */
const LONG_STORY_WORDS = 1000;
const LONG_STORY_PARAGRAPHS = 12;
/** More links to members' profiles than this: many people's posts on one page, a forum thread (an article's comments rarely link so many). */
const MANY_MEMBER_LINKS = 10;
/** This many dated and signed blocks of one shape where the story is: a thread of posts, not one author's article. */
const MANY_POSTS = 5;
/** Fewer story words than this is nothing to read: a paywall's or a login's notice, a video's caption, a stub. */
const STUB_WORDS = 40;
/** Unless the story shows this many images: a photo essay is told in its pictures and their captions. */
const PHOTO_STORY_IMAGES = 3;
/** This many headings in the story that link to other pages: a list of items, each headed by a link to its own page. */
const MANY_LINKED_HEADINGS = 5;
/** Story words per linked heading below which the items are teasers (a line or two each); a roundup's items, each headed by
 * a link to the thing it reviews, are written at length. */
const MAX_TEASER_WORDS = 80;
/** Profile pages of a site's members, as forum and Q&A software links each poster's name. */
export const MEMBER_HREF = /\/(members?|users?|u|profiles?|member\.php)(\/|\?|\.)[^/?#]|[?&](u|userid|user_id|memberid)=\d/i;

/** Links to members' profile pages, counted up to one past the point where they vote. `links`: the page's <a> elements, or those of
 * them a walk has found linking to members' profiles (markup-hints.ts), when the caller has them. */
export function countMemberLinks(doc: Document, links: ArrayLike<Element> = doc.getElementsByTagName('a')): number {
  let n = 0;
  // Read once: jsdom answers an HTMLCollection's .length by scanning all its elements for one named "length".
  const total = links.length;
  for (let i = 0; i < total && n <= MANY_MEMBER_LINKS; i++) {
    if (MEMBER_HREF.test(links[i]!.getAttribute('href') ?? '')) n++;
  }
  return n;
}

/** The whole text of documentation tooling's links to a page's source ("Edit this page", "Edit on GitHub"). */
const DOC_TEXT = /^(edit (this page|on (github|gitlab))( on (github|gitlab))?|view (page )?source|improve this (page|doc)|suggest an edit|report an issue)$/i;

/** Links read for documentation tooling's labels: a bound on the cost on huge pages (a docs page has far fewer links). */
const MAX_DOC_LINKS_READ = 2000;

/** Documentation tooling's links to the page's source among the page's <a> elements (the first MAX_DOC_LINKS_READ;
 * a text of 60 characters or more is no such label and is not matched). */
export function countDocLinks(links: ArrayLike<Element>): number {
  let n = 0;
  const total = Math.min(links.length, MAX_DOC_LINKS_READ);
  for (let i = 0; i < total; i++) {
    const text = links[i]!.textContent ?? '';
    if (text.length < 60 && DOC_TEXT.test(text.trim().replace(/\s+/g, ' '))) n++;
  }
  return n;
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

/** The page's evidence as named features: 0/1 for a rule, a log-scaled count or a share for a measure. Each line says
 * why the feature can tell an article; its weight (ARTICLE_WEIGHTS) was fitted, and a sign against intuition is
 * explained where it is the part another feature leaves over. */
export function articleFeatures(e: ArticleEvidence): ArticleFeatures {
  const ldArticle = e.ld.types.some((t) => ARTICLE_TYPES.test(t));
  // A graph that describes the page as a WebPage and names no Article is an SEO plugin's description of a page.
  // Unless the page declares article:published_time, which those plugins write for posts only (pages get a modified time).
  const pageGraph = !ldArticle && e.ld.types.includes('WebPage') && !firstMeta(e.meta, 'article:published_time');
  const nonArticleType = e.ld.types.some((t) => NON_ARTICLE_TYPES.test(t));
  const ogType = (firstMeta(e.meta, 'og:type') ?? '').toLowerCase();
  // SEO plugins set og:type=article on every page; beside a page graph without an Article it tells nothing.
  const ogArticle = (ogType === 'article' || ogType.endsWith('article')) && !pageGraph;
  const { host, path } = parts(e.url);
  const storyPath = ARTICLE_PATH.test(path);
  const home = path === '/' || path === '';
  // One discussion's address ("/t/slug/42", "/r/x/comments/id/slug") is a forum's even when only its first post was served.
  const nonArticlePath = !home && (NON_ARTICLE_PATH.test(path) || DISCUSSION_PATH.test(path));
  const memberLinks = e.memberLinks ?? 0;
  const short = e.storyWords < MIN_ARTICLE_WORDS;
  const long = !short && e.storyWords > LONG_STORY_WORDS && e.paragraphs >= LONG_STORY_PARAGRAPHS;
  const headings = e.storyHeadings ?? 0;
  const dated = e.hasDate && !(pageGraph && isPageStamp(e));
  return {
    // What the page declares about itself.
    // JSON-LD names the page an Article, BlogPosting, NewsArticle, Review, Recipe…
    articleMarkup: bit(ldArticle),
    // Any JSON-LD at all: sites that describe their pages describe every page; alone it leans against (the typed features say more).
    ldAny: bit(e.ld.types.length > 0),
    // A CMS that describes the page as a WebPage, with no article and no author, published a page; it weighs against
    // beside ldAny (the sum of the two is below zero), less than ldAny alone since such plugins sit on blogs too.
    pageGraphNoAuthor: bit(!ldArticle && pageGraph && !e.hasAuthor),
    // Products, offers, item lists, Q&A and forum postings, events, jobs, software, businesses and services.
    nonArticleMarkup: bit(nonArticleType),
    // FAQ markup on a page that declares no article: the questions-and-answers block of a service, shop or product page.
    faqMarkup: bit(!nonArticleType && !ldArticle && [...e.ld.types, ...(e.itemTypes ?? [])].some((t) => FAQ_TYPES.test(t))),
    // og:type=article (not beside a plugin's page graph, see above).
    ogArticle: bit(ogArticle),
    // The page calls itself a story in either place, og:type or JSON-LD: the same plugins write both, so the second adds
    // little to the first (ogArticle and articleMarkup then weigh what each says beyond the other).
    declaredArticle: bit(ogArticle || ldArticle),
    // og:type of a product, profile, video, music or book page.
    ogNonArticle: bit(!ogArticle && /product|profile|video|music|book/.test(ogType)),
    // article:published_time, which publishing systems write for posts.
    publishedMeta: bit(firstMeta(e.meta, 'article:published_time') != null),
    // A publication date; the same plugins stamp the WebPage node with a datePublished on every page: only another date is an article's.
    date: bit(dated),
    // A modified time: kept for posts by publishing systems and feeds.
    modified: bit(!!e.hasModified),
    // A named author.
    author: bit(e.hasAuthor),
    // Both a date and an author: a signed, dated piece; a service or product page shows one at most (a CMS's stamp, a
    // company's name), so the pair says more than the two apart.
    dateAndAuthor: bit(e.hasAuthor && dated),

    // The address.
    // Documentation, support, forum and shop hosts, unless the path is a story's (news sites put sections on subdomains).
    nonArticleHost: bit(NON_ARTICLE_HOST.test(host) && !storyPath),
    // A site's home page.
    homePage: bit(home),
    // Forum, docs, shop, listing, search, pricing and service paths.
    nonArticlePath: bit(nonArticlePath),
    // Dated paths and story sections (/2024/05/…, /blog/…, /news/…).
    storyPath: bit(!home && !nonArticlePath && storyPath),
    // A slug of 4+ words: story CMSs make it from the headline; sections, services and products take one to three words.
    headlineSlug: bit(slugWords(path) >= HEADLINE_SLUG_WORDS),
    // The same, as a measure (capped at 8): longer slugs are longer headlines.
    slugWords: Math.min(8, slugWords(path)),
    // The share of the title's words in the slug. Beside the slug's length, a slug that is all title is a short title's:
    // "/smart-thermostats" for "Smart Thermostats", a section or service named by its page (weighs against).
    titleInSlug: titleInSlug(e.title, path),
    // Path segments (capped at 6): stories sit a few levels down in sections and dates.
    pathDepth: Math.min(6, path.split('?')[0]!.split('/').filter(Boolean).length),
    // A query string (tracking parameters aside): search results, filtered lists and app views are addressed by queries;
    // one item's id alone ("?id=2291847") is how a story served by one script is addressed, and is not counted.
    query: bit(path.includes('?') && !isItemQuery(path)),
    // A number of 5+ digits in the path: forum threads and catalogue items are addressed by their row id; beside the
    // story-path features that already count news sites' dated paths, it leans against.
    numericId: bit(/\/[^/?#]*\d{5,}/.test(path.split('?')[0]!)),
    // An address naming a file (".html", ".php") on a page with neither date nor author: a documentation tool's, shop's or
    // forum's generated page; a story served as a file (a news site's dated "….html") shows its date or byline.
    fileAddressNoMeta: bit(!dated && !e.hasAuthor && isFileAddress(path)),

    // How the page is built.
    // More than 20 buttons with no article markup: an app, shop or service page built of controls.
    manyButtons: bit(!ldArticle && (e.buttons ?? 0) > MANY_BUTTONS),
    // More than 40 code samples outside a story path: documentation (technical posts quote a few).
    manyCode: bit(e.code > MANY_CODE_BLOCKS && !storyPath),
    // Code samples as a measure: reference pages are built of them.
    logCode: log2p(e.code),
    // Code samples per story paragraph: a reference page is code between short notes, a technical post explains at
    // length between its samples.
    logCodePerParagraph: log2p(e.code / Math.max(1, e.paragraphs)),
    // Many dated blocks that are also many signed ones: posts by many people, as a thread shows each reply's poster and time.
    manyTimesAndBylines: bit(e.times > MANY_TIMES && e.bylines > MANY_BYLINES),
    // More than 10 links to members' profiles: many people's posts, a forum thread.
    manyMemberLinks: bit(memberLinks > MANY_MEMBER_LINKS),
    // 5+ sibling blocks built alike, each with a date and a poster's mark, holding or inside the story: a thread's posts
    // (profile links or not); an article has one author block, and its comments sit beside the story.
    manyPosts: bit((e.postBlocks ?? 0) >= MANY_POSTS),
    // Members' profile links as a measure (counted up to 11, where countMemberLinks stops).
    logMemberLinks: log2p(memberLinks),
    // Form fields: sign-up, search, quote and checkout forms are what shop and service pages are for.
    logFields: log2p(e.fields ?? 0),
    // Links on the page: hubs, listings and landing pages are made of them.
    logLinks: log2p(e.links ?? 0),
    // <article> elements: with links counted, semantic markup is a publishing system's.
    logArticles: log2p(e.articles ?? 0),
    // A link to the page's source ("Edit this page", "Edit on GitHub"): documentation sites are edited as files in a
    // repository and link each page to its own; stories are not.
    docLinks: bit((e.docLinks ?? 0) > 0),
    // <h1> elements: a story has one headline; landing pages head each block.
    logH1s: log2p(e.h1s ?? 0),
    // The share of the page's visible text in links: menus and link lists against a story's own text.
    linkShare: e.linkShare ?? 0,

    // The story text.
    // Under 150 words: notices, listings and stubs.
    shortStory: bit(short),
    // Under 40 words and under 3 images: nothing to read, whatever the page declares (a paywall or login wall over a story's
    // metadata, a video's caption). Not fitted: WCXB holds no article this short with words at all; set to outweigh a full
    // set of story metadata (about 6.5).
    stub: bit(e.storyWords < STUB_WORDS && (e.images ?? 0) < PHOTO_STORY_IMAGES),
    // 5+ headings in the story that link to other pages, with a line or two under each: a listing of teasers, results,
    // events or releases (a roundup links its items' headings too, but writes at length under each). Not fitted: hand-set.
    linkedHeadings: bit((e.linkedHeadings ?? 0) >= MANY_LINKED_HEADINGS && e.storyWords < (e.linkedHeadings ?? 0) * MAX_TEASER_WORDS),
    // Over 1,000 words in 12+ paragraphs.
    longStory: bit(long),
    // 5+ paragraphs, short of long.
    someParagraphs: bit(!short && !long && e.paragraphs >= 5),
    // Story words and paragraphs as measures.
    logWords: log2p(e.storyWords),
    logParagraphs: log2p(e.paragraphs),
    // Words per paragraph: a story's paragraphs run longer than blurbs under headings.
    logWordsPerParagraph: log2p(e.storyWords / Math.max(1, e.paragraphs)),
    // Headings in the story: service and product pages head every block.
    logStoryHeadings: log2p(headings),
    // Headings per 1,000 story words: service, product and landing pages head every short block, a story runs on.
    logHeadingsPerKiloword: log2p((1000 * headings) / Math.max(1, e.storyWords)),
    // Paragraphs per heading: with headings and paragraphs counted, the part left is small.
    logParagraphsPerHeading: log2p(e.paragraphs / Math.max(1, headings)),
    // The share of the story's text in links: a story links now and then, a hub or list of teasers is all links.
    storyLinkShare: e.storyLinkShare ?? 0,
    // The story's text as a share of the page's: a story dominates its page, a landing page's blocks do not.
    storyShare: e.storyShare ?? 0,
    // Images in the story: shop and landing pages are built of pictures; with words counted, more images lean against.
    logImages: log2p(e.images ?? 0),
    // Prices in the story: shop and pricing pages.
    logPrices: log2p(e.storyText?.match(PRICE)?.length ?? 0),
    // A body written as a business addressing its customers ("our team", "contact us") is a service or shop page.
    commercial: bit(speaksCommercially(e.storyText ?? '', e.storyWords)),
    // A headline that asks or promises to explain ("How much is…?", "The beginner's guide to…") heads an explainer;
    // but a forum thread is titled by its question too, so not beside many posters' profile links.
    explainerTitle: bit(isExplainerTitle(e.title) && memberLinks <= MANY_MEMBER_LINKS),
  };
}

/**
 * The weight of each feature (log-odds of "article" per unit), fitted by L2-regularised logistic regression on WCXB's
 * development pages and rounded to hundredths: `scripts/fit-is-article.ts` (its header gives the commands).
 */
export const ARTICLE_WEIGHTS: Record<string, number> = {
  articleMarkup: 1.12, ldAny: -1.1, pageGraphNoAuthor: 0.77, nonArticleMarkup: -0.79, faqMarkup: -1.28,
  ogArticle: 0.43, declaredArticle: 0.72, ogNonArticle: -3.22, publishedMeta: 0.39, date: 0.61, modified: 0.47,
  author: 0.46, dateAndAuthor: 0.66, nonArticleHost: -3.03, homePage: -1.43, nonArticlePath: -1.84, storyPath: 1.77,
  headlineSlug: 0.59, slugWords: 0.2, titleInSlug: -0.47, pathDepth: 0.15, query: -1.76, numericId: -0.45,
  fileAddressNoMeta: -1.15, manyButtons: -0.6, manyCode: -0.87, logCode: -0.13, logCodePerParagraph: -1.04,
  manyTimesAndBylines: -1.29, manyMemberLinks: -1.38, manyPosts: -3.76, logMemberLinks: -0.15, logFields: -0.09,
  logLinks: -0.05, logArticles: 0.1, docLinks: -2.06, logH1s: -0.15, linkShare: -0.23, shortStory: -1.14,
  longStory: 0.55, someParagraphs: 0.73, logWords: 0.1, logParagraphs: 0.05, logWordsPerParagraph: 0.16,
  logStoryHeadings: -0.01, logHeadingsPerKiloword: -0.19, logParagraphsPerHeading: -0.1, storyLinkShare: -3.02,
  storyShare: 1.48, logImages: -0.08, logPrices: -0.07, commercial: -2.6, explainerTitle: 2.05, stub: -8, linkedHeadings: -2,
};
/** Added to the weighted sum: a page is an article when the total is at least 0 (even odds). */
export const ARTICLE_BIAS = -2.73;

/** Sum of weight × feature. */
export function scoreFeatures(x: ArticleFeatures, weights: Record<string, number>): number {
  let s = 0;
  for (const k in weights) s += weights[k]! * (x[k] ?? 0);
  return s;
}

/** Whether the page is a discussion (a forum thread, a question and its answers): a run of posts, many members' profile links,
 * markup or an address that says so. Its opening poster is its writer, though no metadata declares one. */
export function isDiscussion(e: ArticleEvidence): boolean {
  // A run of dated, signed blocks each headed by a link to another page is a listing's teasers (a section front's), not posts.
  const posts = (e.postBlocks ?? 0) >= MANY_POSTS && (e.linkedHeadings ?? 0) < MANY_LINKED_HEADINGS;
  return posts || (e.memberLinks ?? 0) > MANY_MEMBER_LINKS || [...e.ld.types, ...(e.itemTypes ?? [])].some((t) => DISCUSSION_TYPES.test(t))
    || DISCUSSION_PATH.test(parts(e.url).path);
}

/** Whether the evidence says "article": the fitted odds are at least even. */
export function decideIsArticle(e: ArticleEvidence): boolean {
  return articleVotes(e) >= 0;
}

/** The weighted sum of the features plus the bias: the fitted log-odds that the page is an article (above 0: more likely than not). */
export function articleVotes(e: ArticleEvidence): number {
  return ARTICLE_BIAS + scoreFeatures(articleFeatures(e), ARTICLE_WEIGHTS);
}
