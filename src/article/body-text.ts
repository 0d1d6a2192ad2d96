// Serializes the body's roots to plain text (paragraphs separated by a blank line), leaving out
// furniture, link lists, "Read more" sections and label lines. Also counts the story's images.

import {
  AFFILIATE_DISCLOSURE, AFFILIATE_DISCLOSURE_HINT, CAPTION_CREDIT_HINT, LEGAL_NOTICE_HINT, LINK_PLEDGE_HINT, SOCIAL_FOLLOW_HINT, STOCK_CREDIT_LINE_HINT,
  WIDGET_LINE_HINT, LINK_PLEDGE, CLOSING_LABEL, BLOCK_TAGS, BOILERPLATE_HEADING, BOILERPLATE_LINE, DATE_LINE_MAX, LEGAL_NOTICE, MAX_CONTAINER_LINK_DENSITY, MAX_LINK_DENSITY,
  MIN_IMAGE_SIDE, NEWSLETTER_PITCH, SIGNUP_CONSENT, SOCIAL_FOLLOW, STOCK_CREDIT_LINE, TEASER_LABEL, WIDGET_LINE, DONATION_PITCH, CAPTION_CREDIT, SHORTCODE_LINE, TEMPLATE_LINE, PLACEHOLDER_LINE, CONTENTS_LABEL, COMMENTS_LABEL,
} from './heuristics';
import { checked, type LineTest } from './checked-pattern';
import type { PageScan } from './page-scan';
import { foldSpace, textOf } from './text';
import { bioLine, cjkSignature, JOB_TITLE_LINE } from './bio-lines';
import { bylineLeftovers } from './byline-leftovers';
import { dropSecondCopies } from './second-copies';
import { visibleDates } from './visible-byline';
import { languageOrder, type NumericOrder } from './dates';

export interface BodyText {
  text: string;
  images: number;
}

const HEADING = /^H[1-6]$/;
/** The whole text of a permalink anchor: a pilcrow, section or hash sign, or a link symbol. */
const PERMALINK_ANCHOR = /^\s*(?:[¶§#]|🔗|\u{1F517})\s*$/u;
/** Short lines where links dominate are "Read also: …" teasers, not story. */
const MAX_TEASER_CHARS = 160;
/** Prose has words: a long line of fewer spaces than this is a web address or a code, not the story's sentences. */
const MIN_PROSE_WORDS = 5;
/** A label line is short: a heading's words, not a sentence that happens to open like one ("About the author Jane Doe …"). */
const MAX_LABEL_CHARS = 80;
/** A story of fewer words than this whose captions hold more than this many times its characters is a photo gallery told in its captions. */
const GALLERY_MAX_INTRO_WORDS = 100;
const GALLERY_CAPTION_SHARE = 2;
/** Lines over the headline that are at most this many and this short are its kicker or badges. */
const MAX_KICKER_LINES = 2;
const MAX_KICKER_CHARS = 40;
/** A line this long is prose: the story's own text has begun (read from the top) or not yet ended (read from the bottom). */
const PROSE_LINE_CHARS = 150;

function isStoryImage(img: Element): boolean {
  const w = Number(img.getAttribute('width'));
  const h = Number(img.getAttribute('height'));
  // Without size attributes we cannot tell; count it (most such images are story photos).
  return !(w && w < MIN_IMAGE_SIDE) && !(h && h < MIN_IMAGE_SIDE);
}

/** A slideshow's counter ("1 of 6"); not "5/5", which is also how reviews write a rating. */
const SLIDE_COUNTER = /^\d{1,3} of \d{1,3}$/i;

/** Whole lines that are the page's furniture wherever they stand: boilerplate labels, legal and consent notices, picture credits,
 * affiliate disclosures and pledges, widgets' own text, invitations to follow, captions ending in a credit, unrendered shortcodes, publishing
 * templates' own sentences, placeholder text, a table of contents' label, a list number whose item held no text and a slideshow's counter.
 * The big ones are checked first for a text they all hold (their *_HINT), so a cold page compiles them only when a line could be one. */
const FURNITURE_LINES: readonly LineTest[] = [
  BOILERPLATE_LINE, checked(LEGAL_NOTICE_HINT, LEGAL_NOTICE), SIGNUP_CONSENT, checked(STOCK_CREDIT_LINE_HINT, STOCK_CREDIT_LINE),
  checked(AFFILIATE_DISCLOSURE_HINT, AFFILIATE_DISCLOSURE), checked(LINK_PLEDGE_HINT, LINK_PLEDGE), checked(WIDGET_LINE_HINT, WIDGET_LINE),
  checked(SOCIAL_FOLLOW_HINT, SOCIAL_FOLLOW), checked(CAPTION_CREDIT_HINT, CAPTION_CREDIT), SHORTCODE_LINE, TEMPLATE_LINE, PLACEHOLDER_LINE, CONTENTS_LABEL, /^\d+\.$/,
  SLIDE_COUNTER,
];

/** The index of the first line long enough to be prose, or -1. */
const firstProseLine = (lines: string[]): number => lines.findIndex((line) => line.length >= PROSE_LINE_CHARS);

/** The index of the last line long enough to be prose, or -1. */
function lastProseLine(lines: string[], proseChars = PROSE_LINE_CHARS): number {
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.length < proseChars) i--;
  return i;
}

/** A story's longest line at least this long is its prose when no line reaches PROSE_LINE_CHARS (a short line is a label or a dateline). */
const SHORT_PROSE_CHARS = 60;

/** A line of the story's tags or sections ("Tags: Budget, City hall", "Filed under: Politics", "Category: Personal finance"): how
 * the site files the story, not the story. Only among the short lines at its edges, where datelines are left out too: inside the
 * story, such a label may open a spec list ("Category: Electric scooter"). */
const TAXONOMY_LINE = /^(tags?|topics?|filed under|categories|category|posted in|tagged( with| as)?)\s*:/i;

/** A copyright notice longer than this is a paragraph that mentions rights, not the notice. */
const MAX_COPYRIGHT_CHARS = 300;
/** A copyright notice ("© 2025 The Gazette", "Copyright 2025 Acme. All rights reserved.", Korean wire copy's "<저작권자(c) 연합뉴스,
 * 무단 전재-재배포 금지>", Japanese "無断転載禁止", Chinese "版权所有"): the publisher's legal line under the story, not the story.
 * "Copyright" alone opens sentences ("Copyright holders have until May…"): only with its sign or a year. */
const COPYRIGHT_LINE = /^\W{0,2}(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})|저작권자|版权所有|版權所有)|all rights reserved|무단\s?전재|無断転載|転載禁止|禁止转载|禁止轉載/i;

/**
 * Leaves out the dateline lines ("Updated on July 9, 2025", "By Jane Doe • March 12, 2025") and tag lines among the short lines
 * before the story's first prose line and after its last, and copyright notices after its last: the page's publication details, not its story. A date is read as the
 * metadata reads datelines, in any of its languages, its numeric dates in the order of the page's language ("12.03.2025 14:30"
 * on a Turkish page, "5/3/2025" on a Vietnamese one: day first); a short dated line between two paragraphs is the story's own.
 */
function dropEdgeDatelines(lines: string[], order?: NumericOrder): string[] {
  // A story told in short paragraphs (a brief, or a script that says much in few characters, as Bengali or Chinese) has no line
  // of prose length: its longest line stands for its prose.
  const longest = lines.reduce((m, line) => Math.max(m, line.length), 0);
  const prose = longest >= SHORT_PROSE_CHARS ? Math.min(PROSE_LINE_CHARS, longest) : PROSE_LINE_CHARS;
  const first = lines.findIndex((line) => line.length >= prose);
  if (first < 0) return lines;
  // A wire's long copyright notice under the story ("Copyright 2025 The Associated Press. All rights reserved. This material may
  // not be published…") is as long as prose: the story ends before it.
  let end = lines.length;
  while (end > first + 1 && lines[end - 1]!.length <= MAX_COPYRIGHT_CHARS && COPYRIGHT_LINE.test(lines[end - 1]!)) end--;
  const last = lastProseLine(lines.slice(0, end), prose);
  const dateline = (line: string): boolean => line.length <= DATE_LINE_MAX && visibleDates([line], undefined, order).length > 0;
  return lines.filter((line, i) => i < end && ((i > first && i < last) || line.length >= prose || !(dateline(line) || TAXONOMY_LINE.test(line) || (i > last && COPYRIGHT_LINE.test(line)))));
}

/**
 * Ends the story at a closing label that words a furniture heading ("Related content:", "See also:", "You might like",
 * "Subscribe to our newsletter!") or offers more reading ("If you liked this post you might also like:") set as a plain line rather than a heading (a bold paragraph), when only short lines follow
 * it: the links or the sign-up it introduces. Looked for only in the story's second half and after its last prose line, so
 * a "Related reading:" label over the story's own list further up stays.
 */
function dropClosingFurniture(lines: string[]): string[] {
  for (let k = lines.length - 1; k >= Math.ceil(lines.length / 2); k--) {
    const line = lines[k]!;
    // A long web address (a source list's entry) is no prose: it has no words between spaces.
    if (line.length >= PROSE_LINE_CHARS && line.split(' ').length > MIN_PROSE_WORDS) return lines;
    if (line.length <= MAX_LABEL_CHARS && (BOILERPLATE_HEADING.test(line) || CLOSING_LABEL.test(line))) return lines.slice(0, k);
  }
  return lines;
}

/** Words a linked line needs to read as a sentence rather than a teaser's title or a button ("Shop now.", "Try it."). */
const MIN_LINKED_SENTENCE_WORDS = 4;

/** A shop's or sign-up's button worded as a command ("Shop Acme @ Example Store.", "Buy it now!", "Register here."), which may end
 * as a sentence does. */
const CALL_TO_ACTION = /^(shop|buy|order|get|try|register|download|book)\b/i;

/** A line mostly of link text that is nonetheless the writer's sentence ("Read our full review.", "Learn more about caring for
 * orchids.", "For more detail, check out my review of the rack."): it ends as sentences do, not with an excerpt's ellipsis, and opens
 * with no teaser label and no shop's command. Teaser lines and link lists are titles and names, which end without a full stop
 * ("Related: Ten best tents", "Home", "Acme Tent 2"). */
function linkedSentence(line: string): boolean {
  return /[.!?]["'”’)]?$/.test(line) && !/(\.\.\.|…)$/.test(line) && line.split(' ').length >= MIN_LINKED_SENTENCE_WORDS && !TEASER_LABEL.test(line) && !CALL_TO_ACTION.test(line);
}

/** The writer's own label for a link to further reading ("Read more: …", "Read next: …", "Learn more: …", "More: …"), worded as a
 * pointer to go on reading. A publishing system's inserted links carry a catalogue's label ("Related:", "Also read:", "Must read:",
 * "Recommended:"), and the readers' copy of the story leaves those out. */
const INLINE_TEASER_LABEL = /^(read (more|next)|learn more|more)\s*[:|»›>-]/i;

/**
 * Keeps the labelled links to other stories ("Read more: How to prune roses", "Learn more: …") that stand between the story's prose
 * lines, where the writer set them as pointers the page's readers read with the story, and leaves out those above its first prose
 * line or below its last: there they are the site's lists of other stories. `teasers`: the indexes of such lines in `lines`, which
 * is changed in place.
 */
function keepInlineTeasers(lines: string[], teasers: Set<number>): void {
  if (!teasers.size) return;
  const first = firstProseLine(lines);
  const last = lastProseLine(lines);
  const kept = lines.filter((_, i) => !teasers.has(i) || (i > first && i < last && first >= 0));
  lines.splice(0, lines.length, ...kept);
}

/** Whether a heading's text names furniture ("Read more", "Related stories") or a comment thread ("3 thoughts on “…”"): the story ends there. */
const furnitureHeading = (text: string): boolean => BOILERPLATE_HEADING.test(text) || COMMENTS_LABEL.test(text);

/** Words a headline needs before a line that repeats it with a tail is read as the page's title rather than a sentence. */
const MIN_TITLED_WORDS = 3;
/** A separator and a short tail after the headline: a site's, a section's or a date's name ("| Acme Tires", "| Opinion", "/ Dec 2025"). */
const TITLE_TAIL = /^\s+[|/–—·•-]\s+[^|/]{1,40}$/;

/** Whether a line is the headline (`titleKey`, folded and lower-cased) with the site's or section's name after it, as the page's
 * <title> writes it ("Ten ways to save on tires | Acme Tires"): the page's title set in the body, not the story's text. */
function titledLine(line: string, titleKey: string): boolean {
  const lower = line.toLowerCase();
  return lower.startsWith(titleKey) && titleKey.split(' ').length >= MIN_TITLED_WORDS && TITLE_TAIL.test(lower.slice(titleKey.length));
}

/** Plain text of the roots (elements of `scan`), with `excluded` elements and furniture left out; `title` drops the headline line, `authors` their bio;
 * `lang`, the page's language, reads the numeric dates of its datelines. */
export function bodyText(roots: Element[], scan: PageScan, excluded: Set<Element>, title: string | null, authors: string[] = [], lang: string | null = null): BodyText {
  const plain = storyText(roots, scan, excluded, title, authors, lang, false);
  // A gallery whose captions tell the story (a short intro over captioned photos) keeps them: without them the story is gone.
  if (plain.captionChars <= GALLERY_CAPTION_SHARE * plain.text.length || plain.text.split(/\s+/).length >= GALLERY_MAX_INTRO_WORDS) return plain;
  return storyText(roots, scan, excluded, title, authors, lang, true);
}

/** bodyText's reading, with the captions (`captions`) or without them; `captionChars`: the characters of the captions left out. */
function storyText(roots: Element[], scan: PageScan, excluded: Set<Element>, title: string | null, authors: string[], lang: string | null, captions: boolean): BodyText & { captionChars: number } {
  let captionChars = 0;
  const lines: string[] = [];
  let buf = '';
  let bufLinks = 0;
  let images = 0;
  const titleKey = title ? foldSpace(title).toLowerCase() : null;
  const rootSet = new Set(roots);
  // Lines that are a labelled link to another story (indexes into `lines`).
  const teasers = new Set<number>();
  // Where the headline's line was left out (the number of lines kept before it), or -1.
  let titleAt = -1;
  // Whether a line long enough to be prose has been kept.
  let proseSeen = false;

  const flush = (heading = false): void => {
    const line = foldSpace(buf);
    const linkShare = bufLinks ? bufLinks / buf.replace(/\s+/g, '').length : 0;
    buf = '';
    bufLinks = 0;
    if (!line || FURNITURE_LINES.some((re) => re.test(line))) return;
    const linked = linkShare > MAX_LINK_DENSITY && line.length < MAX_TEASER_CHARS;
    if (titleKey && (line.toLowerCase() === titleKey || titledLine(line, titleKey))) {
      if (titleAt < 0) titleAt = lines.length;
      return;
    }
    // A labelled link to another story set as a paragraph of its own ("Read more: …", "Learn more: …") is kept for now: inside the story it
    // is the writer's pointer, read with the story; outside its prose it is furniture (see keepInlineTeasers).
    if (linked && !heading && INLINE_TEASER_LABEL.test(line)) teasers.add(lines.length);
    // A linked heading titles a section of the story (a listicle's item linking to the product), unless a teaser label opens it.
    else if (linked && (heading ? TEASER_LABEL.test(line) : !linkedSentence(line))) return;
    if (line.length >= PROSE_LINE_CHARS) proseSeen = true;
    lines.push(line);
  };

  const linkDense = (el: Element): boolean => {
    const i = scan.index.get(el);
    if (i === undefined) return false;
    const chars = scan.good[i]! + scan.noise[i]!;
    return chars > 0 && scan.links[i]! > chars * MAX_CONTAINER_LINK_DENSITY;
  };

  // A comment thread's label set as a plain line of its own ("<div>Comments</div>") after the story's prose has begun ends the story
  // as its heading would; above the prose, such a line is the byline's comment counter, and a link is the counter anywhere.
  const commentsLabel = (el: Element): boolean => {
    const i = scan.index.get(el)!;
    if (scan.good[i]! > 0 || scan.links[i]! > 0 || scan.noise[i]! > MAX_LABEL_CHARS || !proseSeen) return false;
    return COMMENTS_LABEL.test(foldSpace(textOf(el)));
  };

  const walk = (el: Element, inLink: boolean): void => {
    let skipRest = false;
    // Ordered lists show their numbers, and readers quote them ("1. Relevant experience").
    let item = el.tagName.toUpperCase() === 'OL' ? Number(el.getAttribute('start')) || 1 : 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (skipRest) break;
      if (c.nodeType === 3) {
        const v = c.nodeValue ?? '';
        buf += v;
        if (inLink) bufLinks += v.replace(/\s+/g, '').length;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const ce = c as Element;
      const tag = ce.tagName.toUpperCase();
      if (tag === 'IMG' && isStoryImage(ce)) images++;
      // The scan left out scripts, styles and what the reader never sees: an element it did not measure is not read.
      // Captions describe a picture, not the story (WCXB's ground truth leaves out 420 of 442 on even-id articles).
      if (!scan.index.has(ce) || excluded.has(ce)) continue;
      if (tag === 'FIGCAPTION' && !captions) {
        captionChars += foldSpace(ce.textContent ?? '').length;
        continue;
      }
      if (!rootSet.has(ce) && BLOCK_TAGS.has(tag) && tag !== 'P' && linkDense(ce)) continue;
      // A permalink mark linking to its own heading or paragraph ("¶", "#", "🔗" of documentation generators) is not text.
      if (tag === 'A' && (ce.getAttribute('href') ?? '').startsWith('#') && PERMALINK_ANCHOR.test(ce.textContent ?? '')) continue;
      if (HEADING.test(tag) ? furnitureHeading(textOf(ce)) : !inLink && BLOCK_TAGS.has(tag) && commentsLabel(ce)) {
        // A "Read more" or "Comments" heading ends the story within this container.
        skipRest = true;
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) flush();
      if (tag === 'BR') continue;
      if (item && tag === 'LI') buf += `${item++}. `;
      walk(ce, inLink || tag === 'A');
      if (block) flush(HEADING.test(tag));
      else if (tag === 'TD' || tag === 'TH') buf += ' ';
    }
  };

  for (const root of roots) {
    flush();
    walk(root, false);
    flush();
  }
  // Short lines over the headline are its kicker, section label or badge ("Guest Opinion", "LIVE"), not the story.
  if (titleAt > 0 && titleAt <= MAX_KICKER_LINES && lines.slice(0, titleAt).every((l) => l.length <= MAX_KICKER_CHARS)) {
    lines.splice(0, titleAt);
    const moved = [...teasers].map((i) => i - titleAt).filter((i) => i >= 0);
    teasers.clear();
    for (const i of moved) teasers.add(i);
  }
  keepInlineTeasers(lines, teasers);
  // The author's bio card follows the story; the story's first half may well name its author.
  const bio = bioLine(authors);
  const order = languageOrder(lang);
  // A donation plea closes a story, as a bio does; the story's first half may well be about giving. A job title set above a bio goes with it.
  const closing = (line: string): boolean => (bio ? bio.bio(line) : false) || DONATION_PITCH.test(line);
  const late = (i: number): boolean => i >= lines.length / 2;
  const lastProse = lastProseLine(lines);
  // A writer's card set above the story leaves their bio as the body's first line, before the story's own.
  const cardAbove = (line: string, i: number): boolean => i === 0 && lines.length > 1 && !!bio?.bio(line);
  // The writer's name signed under the story, or set as its byline above the story's first prose line ("By Jane Doe"), is the
  // page's signing, not the story.
  const firstProse = firstProseLine(lines);
  const signing = (i: number): boolean => i > lastProse || i < firstProse;
  // A byline set over several lines leaves its lone label, its names and the commas between them (see bylineLeftovers).
  const leftovers = bylineLeftovers(lines, authors, firstProse, lastProse);
  const cut = lines.map((line, i) => (late(i) && closing(line)) || cardAbove(line, i) || (signing(i) && (leftovers.has(i) || !!bio?.signature(line) || cjkSignature(line, authors))));
  // A job title goes with the bio it is set above, and with the byline it is set under at the story's edges ("Senior Editor" under "By Jane Doe").
  const role = (line: string, i: number): boolean => JOB_TITLE_LINE.test(line) && ((late(i) && !!cut[i + 1]) || (signing(i) && i > 0 && cut[i - 1]!));
  const ended = dropClosingFurniture(dropEdgeDatelines(lines.filter((line, i) => !cut[i] && !role(line, i)), order));
  // A newsletter pitch goes after the closing furniture is cut: a pitch worded as a label ("Subscribe to our newsletter!") ends the story there.
  const kept = dropSecondCopies(ended.filter((line) => !NEWSLETTER_PITCH.test(line)));
  return { text: kept.join('\n\n'), images, captionChars };
}
