// Two spellings of one headline: the visible h1 and the metadata title often say the same thing in
// slightly different words. When the metadata title says more (a subtitle, the list's count) or the h1 lost
// characters, the metadata title is the publisher's full headline.

/** Articles a short title drops or adds ("The Best X" / "Best X: …") without changing what it says. */
const ARTICLES = new Set(['a', 'an', 'the']);
/** A colon sets a subtitle off the main title ("Index Funds: How to Invest"). */
const SUBTITLE_MARK = ': ';
/** A count or a year ("8", "2025"): listicle titles carry one the h1 sometimes leaves out. */
const NUMBER = /^\p{N}+$/u;
/** Characters one "?" stands for where a page's encoding lost them (an apostrophe and its "s": "Beginner? Guide"). */
const MAX_LOST_CHARS = 2;

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The headline's words without articles, in order. */
const gist = (s: string): string => words(s).filter((w) => !ARTICLES.has(w)).join(' ');

/**
 * Whether `long` is `short` followed by a subtitle after a colon ("Index funds" / "Index Funds: How to
 * Invest"), articles aside: the longer title is the full headline, the shorter its main part.
 */
export function extendsWithSubtitle(short: string, long: string): boolean {
  const g = gist(short);
  if (!g) return false;
  for (let at = long.indexOf(SUBTITLE_MARK); at > 0; at = long.indexOf(SUBTITLE_MARK, at + 1)) {
    if (gist(long.slice(0, at)) === g) return gist(long.slice(at)) !== '';
  }
  return false;
}

/**
 * Whether `long` is `short` with one number more at its start or end ("Recent Trends in Photography" /
 * "8 Recent Trends in Photography"): the number is the title's count or year, the longer title the full one.
 * Compared word for word (a number in place of "The" is a restyling, not a title's missing count).
 */
export function addsNumber(short: string, long: string): boolean {
  const s = words(short).join(' ');
  const l = words(long);
  if (!s || l.length < 2) return false;
  return (NUMBER.test(l[0]!) && l.slice(1).join(' ') === s) || (NUMBER.test(l[l.length - 1]!) && l.slice(0, -1).join(' ') === s);
}

/**
 * Whether `damaged` is `clean` with characters replaced by "?", an apostrophe among them (text saved in an
 * encoding that lacked curly quotes: "Event Planning? Beginner? Guide" for "Event Planning: Beginner’s Guide").
 * The apostrophe tells a lost character from a question mark the headline asks with.
 */
export function lostCharacters(damaged: string, clean: string): boolean {
  if (!damaged.includes('?') || damaged === clean) return false;
  const pattern = damaged.split('?').map((s) => s.replace(/[.*+^${}()|[\]\\]/g, '\\$&')).join(`(.{1,${MAX_LOST_CHARS}})`);
  const m = new RegExp(`^${pattern}$`, 'iu').exec(clean);
  return !!m && m.slice(1).some((lost) => /['’]/.test(lost!));
}

/** Letters a shouted h1 has at least, so an acronym ("FAQ", "NASA") is not taken for one. */
const MIN_SHOUTED_LETTERS = 8;

/**
 * Whether `h1` is set in capitals in the markup and words the headline differently from the metadata title
 * ("SUPPORTING GAAP COMPLIANCE" / "GAAP Compliance: Applying Accounting Best Practices"): a section banner or label
 * typed in capitals, where a headline is cased (styled capitals come from CSS, not the text). The same words
 * recased or reordered ("BEGINNER MARATHON PLAN" / "Marathon Beginner Plan") are the same headline.
 */
export function shoutsOtherWords(h1: string, meta: string): boolean {
  const letters = h1.match(/\p{L}/gu) ?? [];
  if (letters.length < MIN_SHOUTED_LETTERS || h1 !== h1.toUpperCase() || h1 === h1.toLowerCase()) return false;
  const a = new Set(words(h1));
  const b = new Set(words(meta));
  return a.size !== b.size || [...a].some((w) => !b.has(w));
}

/** The text of an h1's first line: what comes before its first <br> or first child element, when both parts hold text. */
export function firstLine(h1: Element): string | null {
  let lead = '';
  for (let c = h1.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) lead += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const rest = (h1.textContent ?? '').slice(lead.length).trim();
      return lead.trim() && rest ? lead.trim() : null;
    }
  }
  return null;
}

/** A title shortened for a length limit ends in an ellipsis, or simply stops. */
const ELLIPSIS = /\s*(?:…|\.{3})$/;
/** The fewest words a cut title keeps: shorter ones are a site's or section's name, not a cut headline. */
const MIN_CUT_WORDS = 6;

/**
 * Whether `short` is `long` cut off in mid-phrase: SEO plugins cut schema headlines and Twitter titles at a
 * length limit (110 or 70 characters) while Open Graph keeps the whole. A continuation after a separator
 * ("Title – Subtitle", "Title | Site") is another title part, not the rest of a cut one.
 */
export function cutShort(short: string, long: string): boolean {
  const head = short.replace(ELLIPSIS, '');
  if (head.length >= long.length || !long.startsWith(head) || words(head).length < MIN_CUT_WORDS) return false;
  return /^\s*[\p{L}\p{N}(“"‘']/u.test(long.slice(head.length));
}
