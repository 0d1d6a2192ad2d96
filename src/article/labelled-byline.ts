// A labelled byline away from the headline: "Posted by Jane Doe on 2025-12-18" under the story,
// "Written by Jane Doe" in a block after it, "by Jane Doe" under a blog's name in its header. Read only
// when nothing near the headline names anyone; the label makes the line trustworthy wherever it stands.

import { cleanAuthors, nameShaped } from './authors';
import { someClassWord } from './class-tokens';
import { ARABIC_WEEKDAY_TAIL, CJK_BYLINE, CJK_INLINE_BYLINE, CJK_NAME, CJK_NAME_SPLIT, CJK_TITLE_AFTER, CREDIT_LABELLED, CREDITED_REVIEWER, DATED_BYLINE, FILED_FROM_REPORTER, JAPANESE_CORRESPONDENT, KOREAN_WIRE_REPORTER, ENGLISH_BYLINE, GROUP_NAME, OTHER_AUTHOR_TOKEN, OTHER_LANGUAGE_BYLINE, OTHER_LANGUAGE_LABEL, RTL_BYLINE, DEVANAGARI_BYLINE, THAI_BYLINE } from './byline-rules';
import { holdsOtherVoices } from './boilerplate';
import { normalizeDate } from './dates';
import { BLOCK_TAGS, BYLINE_LABEL, BYLINE_LABELLED, BYLINE_LINE, SKIP_TAGS, capitalName } from './heuristics';
import { foldedTextFits, foldSpace } from './text';
import { closestTag } from './element-query';

/** A labelled line longer than this is a sentence of the story, not a byline. */
const MAX_LINE_CHARS = 120;
/** Text nodes looked at: bylines sit in the first screens' worth of a page's text, never past thousands of nodes. */
const MAX_TEXT_NODES = 5000;
/** A reviewer's credit may sit in a sentence ("This article was fact-checked and edited by …"), longer than a byline line. */
const MAX_CREDIT_CHARS = 200;
/** A word that starts a reviewer's credit, to skip the other text nodes cheaply. */
const CREDIT_HINT = /\b(reviewed|edited|checked|verified)\b/i;
/** The words that can start or label a byline, each followed by a non-letter. */
const LABEL_WORDS = String.raw`(?:by|authors?|von|par|por|door|da|af|av|przez|autor\p{L}*|auteur\p{L}*|autore|autori|författare|forfatter|yazar|автор|tekijä|szerző|penulis|लेखक|रिपोर्ट|रिपोर्टर|संवाददाता|نویسنده|خبرنگار|โดย|ผู้เขียน|(?:words|text|story)\s*:)(?!\p{L})`;
/** A word that can start or label a byline, to skip the other text nodes cheaply. */
const LABEL_HINT = new RegExp(String.raw`(?:^|[^\p{L}])${LABEL_WORDS}`, 'iu');
/** The label words without the non-letter before them: true wherever LABEL_HINT is, and scanned several times faster (a regex
 * that opens with a character class is tried at every position), so it goes first on the many text nodes that hold none. */
const LABEL_WORD = new RegExp(LABEL_WORDS, 'iu');
/** Whether a text node's text may hold a byline label (see LABEL_HINT). */
const labelHinted = (text: string): boolean => LABEL_WORD.test(text) && LABEL_HINT.test(text);
/** Whether a text node's text may hold a reviewer's credit (see CREDIT_HINT). */
const creditHinted = (text: string): boolean => CREDIT_HINT.test(text);
/** "This post was written by Jane Doe, MD.": a note on who wrote the story, often in italics under or over it. */
const WRITTEN_NOTE = /^this (?:post|article|story|piece|blog post|column) (?:was |is )?(?:written|authored|contributed) by\s+(\p{Lu}.{1,100})$/iu;
/** Lines read under a label alone on its line: a list of authors one per line is short. */
const MAX_NAMES_UNDER_LABEL = 6;
/** A bare "by" on its line. */
const BARE_BY = /^by\s*:?$/i;
/** The initials an avatar shows in place of a photo ("JD", "CP"). */
const AVATAR_INITIALS = /^\p{Lu}{1,3}$/u;
/** A label over several writers ("Authors", "Author(s)", "Contributors"). */
const PLURAL_LABEL = /^(authors|author\(s\)|contributors|autores|autoren|auteurs|autori)\s*[:：]?$/i;
/** A CJK byline names a few writers; a longer run of short words is a sentence or a list of tags. */
const MAX_CJK_NAMES = 4;
/** "王小明 李华 报道", "王小明 記者": the reporting word or title after the names. */
const CJK_TITLE_TAIL = /\s*(?:报道|報道|记者|記者|기자)$/u;
/** "Jane Doe on 2025-12-18 in News", "David at December 16", "the Herald from Mar. 11 to Mar. 13": the date, span of days or
 * section after a posted-by name ("from" only before a date: "Robert Day from Texas" is a reviewer's sign-off); also the "on" left
 * at the line's end when the date is its own element ("Posted by Jane Doe on" / <time>), which makes it a line of its own. */
const POSTED_TAIL = /\s+(?:(?:on|at|in)(?:\s.*)?|from\s+(?:\p{L}{3,}\.?\s+)?\d.*)$/u;
/** "Jane Doe. — Accessibility", "Jane Doe – Share": a spaced dash after the names starts the line's next item. */
const DASH_TAIL = /\s+[—–]\s.*$/;

/** "Jane Doe Edited By John Roe Medically Reviewed By …": the next credit of a run-on row of credits ends the writer's name. */
const NEXT_CREDIT = /\s+(?:edited|reviewed|medically reviewed|fact[- ]checked|photos?|photographs|illustrations?)\s+by\b.*$/i;

/** A newspaper's name ("Springfield Herald", "The Daily News"): "Published by <paper> on …" credits the paper an obituary or
 * a notice ran in, and "By Jane Doe, Springfield Herald" names the writer's paper beside her; no person's name ends so. */
const NEWSPAPER_NAME = /\s(?:herald|tribune|gazette|chronicle|courier|journal|times|news|observer|examiner|dispatch|sentinel|inquirer|bulletin|telegraph|newspapers?)$/i;

/**
 * The names after a byline label ("Posted by …", "Authors: …"), without a posted-on date or section.
 * When the first is name-shaped, the list ends at the first that is not: a role after the names ("…, Extension educators").
 */
export function namesAfterLabel(raw: string): string[] {
  const names = cleanAuthors([raw.replace(NEXT_CREDIT, '').replace(POSTED_TAIL, '').replace(DASH_TAIL, '')]).filter((n) => !NEWSPAPER_NAME.test(n));
  if (!names.length || !nameShaped(names[0]!)) return names;
  const end = names.findIndex((n) => !nameShaped(n));
  return end < 0 ? names : names.slice(0, end);
}

/** The name after a writer's label inside a CJK dateline (CJK_INLINE_BYLINE's first or second form), or undefined. */
function inlineCjkName(line: string): string | undefined {
  const m = CJK_INLINE_BYLINE.exec(line);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Names in a CJK byline ("记者 王小明 李华", "홍길동 기자"): every part must be name-shaped, or the line is a sentence. */
function cjkNames(line: string): string[] {
  const raw = CJK_BYLINE.exec(line)?.[1] ?? CJK_TITLE_AFTER.exec(line)?.[1] ?? inlineCjkName(line) ?? FILED_FROM_REPORTER.exec(line)?.[1]
    ?? KOREAN_WIRE_REPORTER.exec(line)?.[1] ?? JAPANESE_CORRESPONDENT.exec(line)?.[1];
  if (!raw) return [];
  const parts = raw.replace(CJK_TITLE_TAIL, '').split(CJK_NAME_SPLIT).filter(Boolean);
  return parts.length && parts.length <= MAX_CJK_NAMES && parts.every((p) => CJK_NAME.test(p)) ? parts : [];
}

/** A character of the blocks every label of RTL_BYLINE, DEVANAGARI_BYLINE, THAI_BYLINE and cjkNames's patterns is written in: Hebrew
 * and Arabic, Devanagari, Thai, "【", Han, Hangul (a line of other scripts and punctuation, "’" and "—" too, holds none of them). */
const LABEL_SCRIPT_CHAR = /[\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f\u3010\u4e00-\u9fff\uac00-\ud7af]/;

/** Names of a byline written other than "By X": after its date ("Posted on March 3, 2025 by Jane Doe") or in another language
 * ("Escrito por …", "Autor: …", "作者：…", "بقلم: …"). */
export function otherBylineNames(line: string): string[] {
  const dated = capitalName(DATED_BYLINE.exec(line));
  if (dated && normalizeDate(dated[1]!) != null) return namesAfterLabel(dated[2]!);
  const other = capitalName(OTHER_LANGUAGE_BYLINE.exec(line));
  if (other) return namesAfterLabel(other[1]!);
  // The bylines below are labelled in scripts without capitals: a line without their characters skips their big regexes.
  if (!LABEL_SCRIPT_CHAR.test(line)) return [];
  const rtl = RTL_BYLINE.exec(line)?.[1]?.replace(ARABIC_WEEKDAY_TAIL, '') ?? DEVANAGARI_BYLINE.exec(line)?.[1] ?? THAI_BYLINE.exec(line)?.[1];
  return rtl ? [rtl] : cjkNames(line);
}

/** Whether a class or id word of an element names someone else's words (a comment, a review, a related story's card). */
const namesOtherAuthor = someClassWord((t) => OTHER_AUTHOR_TOKEN.test(t));

/** Whether an element sits where other people's names live: navigation, sidebars, the page's footer, comments, reviews, lists of
 * other stories. With `asideOk` an <aside> does not count: it holds the story's own details box ("Date" / "Author" headings). */
function elsewhere(el: Element, asideOk = false): boolean {
  for (let a: Element | null = el; a; a = a.parentElement) {
    const tag = a.localName;
    if (tag === 'nav' || (tag === 'aside' && !asideOk) || (tag === 'footer' && !closestTag(a, 'article'))) return true;
    if (holdsOtherVoices(a) || namesOtherAuthor(a)) return true;
  }
  return false;
}

/** The shortest element around a text node that holds its whole line (up to the nearest block). */
function lineElement(text: Text, maxChars: number): Element | null {
  let el = text.parentElement;
  while (el && !BLOCK_TAGS.has(el.tagName.toUpperCase()) && el.parentElement && foldedTextFits(el.parentElement, maxChars)) el = el.parentElement;
  return el;
}

/** The text lines after `el` in document order (each up to the nearest block, at most `maxChars`), at most `max` of them. */
function linesAfter(doc: Document, el: Element, max: number, maxChars: number): string[] {
  const out: string[] = [];
  const walker = doc.createTreeWalker(doc.body ?? el, 4 /* SHOW_TEXT */);
  walker.currentNode = el;
  let last: Element | null = el;
  for (let n = walker.nextNode(), count = 0; n && out.length < max && count < MAX_TEXT_NODES; n = walker.nextNode(), count++) {
    if (last?.contains(n) || !(n.nodeValue ?? '').trim() || SKIP_TAGS.has(n.parentElement?.tagName.toUpperCase() ?? '')) continue;
    last = lineElement(n as Text, maxChars);
    if (!last || !foldedTextFits(last, maxChars)) break;
    out.push(foldSpace(last.textContent ?? ''));
  }
  return out;
}

/** The first text nodes under `root` in document order (at most MAX_TEXT_NODES): the stretch of the page the labelled-line
 * searches read. A caller that runs several searches walks the page once and hands each the same list. */
export function leadingTexts(root: Element | null): Text[] {
  if (!root) return [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n && out.length < MAX_TEXT_NODES; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The first non-empty reading of a line of the page (outside navigation, sidebars and comments) whose text, among `texts`,
 * `hinted` passes; `read` also gets the line's element, to read the lines after it. */
function firstLine(texts: readonly Text[], hinted: (text: string) => boolean, maxChars: number, read: (line: string, el: Element) => string[], asideOk: (line: string) => boolean = () => false): string[] {
  const seen = new Set<Element>();
  for (const n of texts) {
    if (!hinted(n.nodeValue ?? '')) continue;
    const el = lineElement(n, maxChars);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    if (!foldedTextFits(el, maxChars)) continue;
    const line = foldSpace(el.textContent ?? '');
    const names = read(line, el);
    if (names.length && !elsewhere(el, asideOk(line))) return names;
  }
  return [];
}

/** Names from the first labelled byline line among `texts` (see leadingTexts), outside navigation, sidebars and comments; or [].
 * With `people`, lines naming only a group ("By The Team") are passed over. */
export function labelledAuthors(doc: Document, texts: readonly Text[], people = false): string[] {
  // Other languages' byline words are English words too ("Door Straps", "Par 3"): on an English page only "by" labels.
  const english = /^en\b/i.test(doc.documentElement?.getAttribute('lang') ?? '');
  // A label alone may stand in an <aside>: the story's details box ("Date" / "Author" headings over their values); teasers' bylines are not labels alone.
  // A bare "by" is not one away from the headline: product and book teasers credit their maker so ("Charger" / "by" / "Acme").
  const labelAlone = (line: string): boolean => (BYLINE_LABEL.test(line) && !BARE_BY.test(line)) || (!english && OTHER_LANGUAGE_LABEL.test(line));
  return firstLine(texts, labelHinted, MAX_LINE_CHARS, (line, el) => {
    // A label alone on its line ("Article by", "Author(s)" over a list) names the writers on the lines after it.
    if (labelAlone(line)) return namesUnderLabel(doc, el, line);
    const note = capitalName(WRITTEN_NOTE.exec(line));
    const labelled = note ? null : capitalName(BYLINE_LABELLED.exec(line));
    // A credit line ("Words: Jane Doe / Photos: John Roe") names the writer as a label does.
    const credit = note || labelled ? null : capitalName(CREDIT_LABELLED.exec(line));
    const m = note ?? capitalName(BYLINE_LINE.exec(line)) ?? labelled ?? credit;
    if (m && !note && english && !ENGLISH_BYLINE.test(line) && !labelled && !credit) return [];
    const names = m ? namesAfterLabel(m[1]!) : otherBylineNames(line);
    if (people && names.every((x) => GROUP_NAME.test(x))) return [];
    return names.length && nameShaped(names[0]!) ? names : [];
  }, labelAlone);
}

/** The writers named on the lines after a label alone on its line: the next line's names, and with a plural label ("Authors")
 * the person-shaped names on the lines after that too; [] when the next line does not start with a name. */
function namesUnderLabel(doc: Document, label: Element, line: string): string[] {
  // An avatar's initials ("JD") may stand between the label and the name.
  const [first, ...rest] = linesAfter(doc, label, MAX_NAMES_UNDER_LABEL, MAX_LINE_CHARS).filter((l) => !AVATAR_INITIALS.test(l));
  const names = first ? namesAfterLabel(first) : [];
  // A person's name of two or more words: one word under "By" or "Author" is a column's heading or a keyword ("LIMIT", "Abstract").
  if (!names.length || !names[0]!.includes(' ') || !nameShaped(names[0]!)) return [];
  if (!PLURAL_LABEL.test(line)) return names;
  for (const next of rest) {
    const more = cleanAuthors([next]);
    if (!more.length || !more.every((n) => n.includes(' ') && nameShaped(n))) break;
    names.push(...more.filter((n) => !names.includes(n)));
  }
  return names;
}

/** People credited with reviewing or editing the story ("Reviewed by Jane Doe, Trial Attorney"), from the first such credit
 * among `texts` (see leadingTexts); or []. */
export function reviewerAuthors(texts: readonly Text[]): string[] {
  return firstLine(texts, creditHinted, MAX_CREDIT_CHARS, (line) => {
    const m = capitalName(CREDITED_REVIEWER.exec(line));
    const names = m ? namesAfterLabel(m[1]!) : [];
    return names.length && nameShaped(names[0]!) && !GROUP_NAME.test(names[0]!) ? names : [];
  });
}
