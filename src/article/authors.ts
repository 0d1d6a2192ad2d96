// Turns raw bylines ("By Jane Doe and John Roe, Staff Writers | May 3, 2025") into names.

import { AUTHOR_SPLIT, BYLINE_NOISE, BYLINE_NOISE_HINT, BYLINE_PREFIX, CORPORATE_SUFFIX, CREDENTIAL_TOKEN, DATE_ARTICLE_TAIL, DATE_TAIL, DATELINE_TAIL, DIGIT_RUN, FILED_FROM, FURNITURE_WORD, GLUED_BY, GROUP_NAME, HAS_DIGIT, LANGUAGE_BYLINE_LABEL, LEADING_ROLE, LOWER_DE_BY, LOWER_THE_GROUP, MAX_AUTHOR_WORDS, MAX_NAME_CHARS, NAME_SHAPE, NOT_AUTHOR, NOT_WRITER_PART, ROLE_LINE, ROLE_NOUN, STAFF_OF, WEEKDAY_TAIL } from './byline-rules';
import { decodeEntities, foldSpace } from './text';

/** Words of a name-shaped start kept from an over-long byline ("A. J. Neal View In Digital Edition"). */
const NAME_PREFIX_WORDS = 3;

/** "jane@example.org (Jane Doe)", "Jane Doe <jane@example.org>": the mail address feeds and CMSs write beside the name. */
const EMAIL_WITH_NAME = /^\S+@\S+\s*\(([^()@]+)\)$|^([^<>@]+?)\s*<\S+@\S+>$/;
/** "www.example.com/janedoe", "facebook.com/janedoe": a web address, with a "www." or a path after its domain. */
const WEB_ADDRESS = /^www\.\S|^[\w-]+(?:\.[\w-]+)+\/\S/i;
/** "Jane Doe (@janedoe)", "Jane Doe @janedoe": the writer's social handle after the name. */
const HANDLE_AFTER_NAME = /\s*(?:\(@[\w.]+\)|\s@\w+)$/;
/** "Andi Pratama - detakNews", "Giulia Bianchi - ANSA": a name, a spaced dash and one word (the outlet, wire, desk or town the
 * writer files for; one word is never a second writer's full name). */
const ONE_WORD_TAIL = /^(\S+(?:\s+\S+)+?)\s+[-–—]\s+[\p{L}\p{N}.]+$/u;
/** "Anna Svensson/TT", "Kari Nordmann/NTB": a wire's short name set after the writer's with a slash and no spaces, as Nordic and
 * German papers credit wire copy; after a name of two words at least (a name never ends in a slash and capitals). */
const WIRE_AFTER_SLASH = /(?<=\p{L}\s+\p{L}+)\/(?:\p{Lu}{2,6}|dpa)$/u;
/** "Jane Doe (Content Manager)", "Jane Doe (Reuters)": a role or outlet in brackets after the name. */
const BRACKETED_TAIL = /^(.+?)\s*\([^()]{2,40}\)$/;

/** "Jane Doe for The Gazette", "Jane Doe For Dailymail.com": the outlet a writer filed the story for, after the name. */
const FOR_OUTLET = /^(.+?)\s+(?:for|For|FOR)\s+\S.*$/u;
/** Last words of organizations whose names hold "for" ("National Center for Health Statistics"): not a person filing for one. */
const ORGANIZATION_WORDS = 'center|centre|institute|society|association|council|foundation|alliance|coalition|committee|office|department|agency|commission|fund|campaign|network|partnership|school|college|university|academy|project';
const ORGANIZATION_WORD = new RegExp(`\\b(${ORGANIZATION_WORDS})$`, 'i');

/** "Center for Drug Evaluation and Research", "Department of Health and Human Services": an organization's name (one of its words,
 * then "for", "of" or "on") with no list punctuation in it; its "and" joins the organization's fields, not two writers. */
const ORGANIZATION_NAME = new RegExp(`^[^,;|&/]*\\b(?:${ORGANIZATION_WORDS})s?\\s+(?:for|of|on)\\s[^,;|&/]*$`, 'i');

/** A byline without its glued or leading "By" or a wire after a slash, a dateline run on after it, its noise words and a trailing date (with the weekday before it, when a date was cut). */
function stripBylineWords(s: string): string {
  const labelled = s.replace(GLUED_BY, '').replace(LOWER_DE_BY, '').replace(BYLINE_PREFIX, '');
  // WIRE_AFTER_SLASH needs a slash: without one its \p{L} classes are not compiled.
  const named = labelled.includes('/') ? labelled.replace(WIRE_AFTER_SLASH, '') : labelled;
  // DATELINE_TAIL and DATE_TAIL need a digit (a day or a year), BYLINE_NOISE one of its hint's texts: where they cannot match they are
  // not run, as compiling their \p{L} classes and month alternation costs a cold page milliseconds.
  const undated = HAS_DIGIT.test(named) ? named.replace(DATELINE_TAIL, '') : named;
  const noised = BYLINE_NOISE_HINT.test(undated) ? undated.replace(BYLINE_NOISE, '') : undated;
  const cut = HAS_DIGIT.test(noised) ? noised.replace(DATE_TAIL, '') : noised;
  return cut === named ? cut : cut.replace(WEEKDAY_TAIL, '').replace(DATE_ARTICLE_TAIL, '');
}

export interface CleanOptions {
  /** The names come from metadata, where a digit belongs to the name ("98 Buck Social"); on the page it marks a date or a count. */
  digits?: boolean;
}

/** Cleans one name: no prefix, role, date or trailing punctuation. Null when it is not a name. */
export function cleanName(raw: string, opts: CleanOptions = {}): string | null {
  let s = stripBylineWords(foldSpace(decodeEntities(raw)).replace(EMAIL_WITH_NAME, '$1$2').replace(HANDLE_AFTER_NAME, ''));
  // The name before a bracketed role or outlet is the writer's, when it is a name of two or more words.
  const bracketed = BRACKETED_TAIL.exec(s)?.[1];
  if (bracketed && bracketed.includes(' ') && NAME_SHAPE.test(bracketed)) s = bracketed;
  // The outlet after a spaced dash, when a name of two or more words stands before it.
  const head = ONE_WORD_TAIL.exec(s)?.[1];
  if (head && NAME_SHAPE.test(head)) s = head;
  // Footnote marks ("MD*") are not part of a name.
  s = s.replace(/^[\s"'“”‘’(\[@:·•⋅|,-]+|[\s"'“”‘’)\]:·•⋅|,.*-]+$/g, '');
  // "the Gazette Team": a group's name keeps its capitals, not the article before it.
  s = s.replace(LOWER_THE_GROUP, '');

  // A web address beside the name ("www.facebook.com/janedoe") is a profile link, not a second writer.
  if (!s || NOT_AUTHOR.test(s) || WEB_ADDRESS.test(s)) return null;
  // On the page (not in metadata, where "for" belongs to an organization's name) a person's name before "for" is the writer.
  const filer = opts.digits ? null : FOR_OUTLET.exec(s)?.[1];
  if (filer && filer.includes(' ') && NAME_SHAPE.test(filer) && !ORGANIZATION_WORD.test(filer)) s = filer;
  // "Senior Editor Jane Doe": a job title before the name, cut when a name of two or more words remains.
  const untitled = ROLE_NOUN.test(s) ? s.replace(LEADING_ROLE, '') : s;
  if (untitled !== s && untitled.split(' ').length >= 2 && NAME_SHAPE.test(untitled)) s = untitled;
  if (HAS_DIGIT.test(s) && (!opts.digits || DIGIT_RUN.test(s))) return null;
  const words = s.split(' ');
  if (words.length > MAX_AUTHOR_WORDS) {
    // A byline run on into a link label: keep its name-shaped start when the start is one.
    const start = words.slice(0, NAME_PREFIX_WORDS).join(' ');
    return NAME_SHAPE.test(start) && start.length <= MAX_NAME_CHARS ? start : null;
  }
  // Names have letters; a line of digits or symbols is a date or a count.
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Whether a name read from the page looks like a person's or an outlet's: capitalised words of a name's length, none of them
 * a word of page furniture ("No Comments" beside a date is a link, not a writer). */
export function nameShaped(s: string): boolean {
  return s.length <= MAX_NAME_CHARS && NAME_SHAPE.test(s) && !FURNITURE_WORD.test(s);
}

/** Splits a byline into names and cleans each; keeps order and drops duplicates. */
export function cleanAuthors(raws: Iterable<string>, opts: CleanOptions = {}): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    // A link or a bare mail address is not a name (and "jane@y.com" must not split on its "y").
    if (!raw || /^https?:\/\//i.test(raw.trim()) || /^\S+@\S+$/.test(raw.trim())) continue;
    const stripped = stripBylineWords(foldSpace(decodeEntities(raw)));
    const parts = ORGANIZATION_NAME.test(stripped) ? [stripped] : stripped.split(AUTHOR_SPLIT);
    for (let i = 0; i < parts.length; i++) {
      // "The Team, edited by Walter": an editor or reviewer named after the writers is not one of them.
      if (i > 0 && NOT_WRITER_PART.test(parts[i]!)) break;
      // "…, de São Paulo": the place the writer filed from ends the names.
      if (i > 0 && FILED_FROM.test(parts[i]!)) break;
      const name = cleanName(parts[i]!, opts);
      // A credential ("CPP") or a job title ("Digital Security Expert" of "Jane Doe Home and Digital Security Expert") after a name is not a second writer.
      // So is a company's legal suffix ("Inc" of "Acme Robotics, Inc.").
      if (!name || (i > 0 && (CREDENTIAL_TOKEN.test(name) || ROLE_LINE.test(name) || CORPORATE_SUFFIX.test(name)))) continue;
      // "Jane Doe, Patch Staff": a staff's name after a person's says the writer is on it, not a second writer (a team or a
      // newsroom named there is credited beside the writer: "Jane Doe and The Texas Newsroom").
      if (STAFF_OF.test(name) && out.some((n) => !GROUP_NAME.test(n))) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** A name without the byline label of the page's language that is a name word elsewhere ("Na Juma Hassan" on a Swahili page). */
export function withoutLanguageLabel(name: string, lang: string | null): string {
  const label = lang ? LANGUAGE_BYLINE_LABEL[lang.toLowerCase().split(/[-_]/)[0]!] : undefined;
  return label ? name.replace(label, '') : name;
}

/** Name particles, written in lower case inside a name ("Jean de la Fontaine", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'dos', 'das', 'ter', 'ten', 'zu']);
/** A vowel, in the scripts with capitals: a short word without one is an acronym ("BBC", "NPR"). */
const VOWEL = /[aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýœ]/i;

/** Languages whose capital I lower-cases to dotless ı (a page's lang attribute: "tr", "tr-TR", "az"). */
const DOTLESS_I_LANGUAGE = /^(tr|az)(?:$|[-_])/i;

/**
 * A name set in capitals ("JANE DOE", "MARGARET O'NEILL") as a reader writes it ("Jane Doe", "Margaret O'Neill"): bylines are
 * often typed in capitals. A name with any lower-case letter is left as written ("McDONALD", "Jane DOE"); so are initials ("J.R."),
 * words of one or two letters and short words without a vowel (acronyms: "AP", "BBC"), and one-word names (an outlet: "REUTERS").
 * `lang`: the page's language, whose case rules apply (Turkish "YILMAZ" is "Yılmaz").
 */
export function readerCase(name: string, lang: string | null = null): string {
  const words = name.split(' ');
  // Turkish and Azerbaijani pair I with dotless ı and İ with i: "YILMAZ" is "Yılmaz" there, "Yilmaz" elsewhere.
  const locale = DOTLESS_I_LANGUAGE.exec(lang ?? '')?.[1];
  const lowerCase = (w: string): string => (locale ? w.toLocaleLowerCase(locale) : w.toLowerCase());
  const upperCase = (c: string): string => (locale ? c.toLocaleUpperCase(locale) : c.toUpperCase());
  if (words.length < 2 || /\p{Ll}/u.test(name) || !/\p{Lu}{3}/u.test(name)) return name;
  return words
    .map((w, i) => {
      const lower = lowerCase(w);
      if (i > 0 && PARTICLES.has(lower)) return lower;
      const letters = w.replace(/[^\p{L}]/gu, '');
      if (w.includes('.') || letters.length <= 2 || (letters.length <= 3 && !VOWEL.test(letters))) return w;
      // Each part after an apostrophe or hyphen is capitalised ("O'Neill", "Smith-Jones"), and the letter after "Mc" ("McDonald").
      return lower.replace(/(^|['’-])(\p{L})/gu, (_m, sep: string, c: string) => sep + upperCase(c)).replace(/^Mc(\p{L})/u, (_m, c: string) => `Mc${c.toUpperCase()}`);
    })
    .join(' ');
}

/** The names as a reader's byline: "Jane Doe", "Jane Doe and John Roe", "A, B and C". */
export function formatByline(names: string[]): string | null {
  if (!names.length) return null;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
