// The article detector: reads a live document (never changes it) and returns the article's
// metadata, body text, body root elements, word count, reading time and whether it is an article.

import { chooseBody } from './body';
import { bodyText } from './body-text';
import { countDocLinks, countMemberLinks, decideIsArticle, isDiscussion, type ArticleEvidence } from './is-article';
import { readJsonLd } from './json-ld';
import { declaredSigning, readMetadata, type Metadata } from './metadata';
import { firstMeta, readMetaTags } from './meta-tags';
import { collectHints, noHints } from './markup-hints';
import { scanPage } from './page-scan';
import { walkPage } from './page-walk';
import { countLinkedHeadings } from './linked-headings';
import { countPostBlocks } from './post-blocks';
import { countText, readingMinutes, wordCountOf } from './reading-time';
import type { Detection, DetectOptions } from './types';
import { isHomePage } from '../url/home-page';
import { isWebUrl } from '../url/site';

export type { ArticleInfo, Detection, DetectOptions } from './types';

const EMPTY_METADATA: Metadata = {
  canonicalUrl: null, title: null, byline: null, authors: [], publishedTime: null, modifiedTime: null,
  siteName: null, lang: null, dir: null, excerpt: null, leadImage: null, section: null, keywords: [],
};

/** Whether a page's address is its site's home page (an address that does not parse is no page's). */
function isFrontPage(url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  return !!parsed && isWebUrl(parsed) && isHomePage(parsed);
}

/** Detects the article on a page. Read-only, synchronous, never throws. */
export function detectArticle(document: Document, options: DetectOptions = {}): Detection {
  /** Runs `fn`, returning `fallback` if it throws: one bad part of a page must not lose the rest (the error goes to `onError`). */
  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      options.onError?.(e);
      return fallback;
    }
  };
  const url = options.url ?? safely(() => document.URL, '') ?? '';
  // The hints walk comes first: it also lists the <meta>, <script> and <a> elements the next steps read. The page scan is taken in the
  // same walk; if that walk fails (reported), each is walked again on its own below, contained as before.
  const walked = safely(() => walkPage(document, document.body ?? document.documentElement), null);
  const hints = walked ? walked.hints : safely(() => collectHints(document), noHints());
  const tags = hints.tags;
  const meta = safely(() => readMetaTags(document, tags?.metas), new Map());
  const ld = safely(() => readJsonLd(document, tags?.scripts, tags?.metas), { article: null, types: [], byId: new Map(), webPage: null });
  const start = safely(() => document.body ?? document.documentElement, null);
  const scan = walked ? walked.scan : safely(() => (start ? scanPage(start) : null), null);
  const pageTitles = safely(() => [document.title, firstMeta(meta, 'og:title') ?? ''], []);
  const choice = safely(() => (scan ? chooseBody(scan, pageTitles, url) : null), null);
  const md = safely(() => readMetadata(document, { url, meta, ld, hints, bodyStart: choice?.start ?? null, bodyEnd: choice?.roots.at(-1) ?? null, scan }), EMPTY_METADATA);
  const body = safely(() => {
    if (!scan || !choice) return null;
    const text = bodyText(choice.roots, scan, choice.excluded, md.title, md.authors, md.lang);
    const paragraphs = choice.roots.reduce((n, r) => n + (scan.paragraphs[scan.index.get(r) ?? -1] ?? 0), 0);
    return { roots: choice.roots, text: text.text, images: text.images, paragraphs };
  }, null);
  const text = body?.text ?? '';
  const count = countText(text);
  const wordCount = wordCountOf(count);
  const evidence = safely((): ArticleEvidence => {
    // The story roots' own measures, from the page scan.
    let chars = 0;
    let linkChars = 0;
    let headings = 0;
    for (const r of body?.roots ?? []) {
      const k = scan?.index.get(r);
      if (k == null || !scan) continue;
      chars += scan.good[k]! + scan.noise[k]!;
      linkChars += scan.links[k]!;
      headings += scan.headings[k]!;
    }
    const pageChars = scan ? scan.good[0]! + scan.noise[0]! : 0;
    return {
      meta, ld, url, times: hints.times.length, bylines: hints.bylines.length, code: hints.code,
      buttons: tags ? tags.buttons : document.getElementsByTagName('button').length, memberLinks: countMemberLinks(document, tags?.memberLinks),
      hasDate: md.publishedTime != null, publishedTime: md.publishedTime, hasAuthor: md.authors.length > 0,
      storyWords: wordCount, paragraphs: body?.paragraphs ?? 0, title: md.title, storyText: text,
      itemTypes: hints.itemTypes, linkShare: scan ? scan.links[0]! / Math.max(1, pageChars) : 0,
      storyLinkShare: linkChars / Math.max(1, chars), storyShare: chars / Math.max(1, pageChars), storyHeadings: headings,
      fields: tags ? tags.fields : 0, images: body?.images ?? 0, links: tags ? tags.links.length : 0,
      articles: tags ? tags.articles : 0, h1s: hints.h1s.length, hasModified: md.modifiedTime != null,
      postBlocks: countPostBlocks(hints.dateMarks, hints.posterMarks, body?.roots ?? []),
      docLinks: countDocLinks(tags?.links ?? []),
      linkedHeadings: countLinkedHeadings(body?.roots ?? [], scan),
    };
  }, null);
  if (evidence) options.onEvidence?.(evidence);
  const isArticle = safely(() => (evidence ? decideIsArticle(evidence) : false), false);
  // A site's front page that is not a story has no writer or date of its own: the bylines and dates on it are its teasers'.
  // Any other page that is neither a story nor a discussion has only the writers and dates it declares: the bylines and dates
  // shown on it are its items' (teasers, customers' reviews). A discussion's opening poster and first post are its own.
  const signing = (): Partial<Metadata> => {
    if (isArticle) return {};
    if (safely(() => isFrontPage(url), false)) return { byline: null, authors: [], publishedTime: null, modifiedTime: null };
    return !evidence || safely(() => isDiscussion(evidence), true) ? {} : safely((): Partial<Metadata> => declaredSigning(url, meta, ld, md.lang), {});
  };
  return {
    url,
    ...md,
    ...signing(),
    isArticle,
    wordCount,
    readingTimeMinutes: readingMinutes(count, body?.images ?? 0, options.wordsPerMinute),
    text,
    roots: body?.roots ?? [],
  };
}
