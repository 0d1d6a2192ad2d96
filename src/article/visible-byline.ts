// Reads authors and a date from the lines around the headline: "By Jane Doe", "Author" / "Jane Doe",
// "Jane Doe | Senior Writer | July 2, 2025", a lone name beside a date or a job title,
// "Updated on April 19, 2025". Used when metadata has no person, and to pick the date readers see.

import { cleanAuthors, nameShaped } from './authors';
import { mayHoldDate, normalizeDate, numericOrder, type NumericOrder } from './dates';
import { MONTHS } from './date-words';
import { BYLINE_LABELLED, BYLINE_LINE, BYLINE_LABEL, DATE_LINE_MAX, PUBLISHED_LABEL, UPDATED_LABEL, capitalName } from './heuristics';
import { BYLINE_PARTS, BYLINE_PREFIX, CREDIT_PARTS, DATE_LABEL_LINE, NAME_IN_SECTION, MIN_UNLABELLED_NAME_WORDS, NAME_LINES_AFTER_HEADLINE, OTHER_LANGUAGE_LABEL, READING_TIME_LINE, ROLE_LINE } from './byline-rules';
import type { HeadLines } from './head-lines';
import { namesAfterLabel, otherBylineNames } from './labelled-byline';
import { dropInvisible, foldWords } from './text';

/** Where a date may start: a digit, or a word followed by a number (a month word is checked by the caller). */
const DATE_START = /\d|(?<!\p{L})(\p{L}{3,})\.?\s+\d/gu;

/** `s` from its date's first digit or month word on, without what comes before ("Posted on ", "Updated "): a label
 * word before a number ("Updated 8/27/2025") is not a month. */
function fromDateStart(s: string): string {
  DATE_START.lastIndex = 0;
  for (let m = DATE_START.exec(s); m; m = DATE_START.exec(s)) {
    if (!m[1] || MONTHS.has(m[1].toLowerCase())) return s.slice(m.index);
    DATE_START.lastIndex = m.index + m[1].length;
  }
  return s;
}
const isDateLine = (line: string): boolean => line.length <= DATE_LINE_MAX && mayHoldDate(line) && normalizeDate(fromDateStart(line)) != null;
/** "02-12-2025", "12/11/25": a numeric date whose day and month may be either way round; no day can be read from it, but it is a date. */
const NUMERIC_DATE_LINE = /^\d{1,2}[-/.]\d{1,2}[-/.](?:\d{2}|\d{4})$/;
/** Lines that sit beside a byline in a post header: a date, a date label, a reading time or a job title. */
const besideByline = (line: string | undefined): boolean => !!line && (besideList(line) || ROLE_LINE.test(line));
/** Lines beside a list of writers: a date, a date label or a reading time (a job title describes one person, not a list). */
const besideList = (line: string | undefined): boolean =>
  !!line && (isDateLine(line) || NUMERIC_DATE_LINE.test(line) || DATE_LABEL_LINE.test(line) || READING_TIME_LINE.test(line));
/** Words of a news section's name ("World News", "Local Sports"), which sits beside a date as a writer's name would; no one's name holds them. */
const SECTION_WORD = /(?:^|\s)(?:news|world|local|national|international|politics|business|sports?|opinion|weather|entertainment|lifestyle|science|technology|economy|markets)(?=\s|$)/i;
/** Words that make a place's name ("New York", "San Diego", "Fort Worth", "Salt Lake City", "Palm Springs"), which a dateline sets
 * beside the date as a byline sets a writer's name; no one's name opens or ends with them. */
const PLACE_WORD = /^(?:new|san|santa|los|las|fort|port|saint|st\.|lake|mount|mt\.|north|south|east|west)\s|\s(?:city|county|springs|heights|falls|islands?|valley)$/i;
const unlabelledName = (s: string): boolean => s.split(' ').length >= MIN_UNLABELLED_NAME_WORDS && nameShaped(s) && !SECTION_WORD.test(s) && !PLACE_WORD.test(s);
/** A wire's or credential's short capitals after the name and a comma ("Petr Novák, ČTK", "Kari Nordmann, NTB"): what the writer
 * files for or holds, not part of the name (case-sensitive: capitals only). */
const AGENCY_AFTER_NAME = /,\s*\p{Lu}{2,5}$/u;
/** Separators of a list of names: commas, "and", "&". */
const NAME_LIST_SPLIT = /\s*,\s*|\s+and\s+|\s*&\s*/;
/** The names of an unlabelled name line: one person ("Jane Doe"), or several joined by commas and "and" ("Jane Doe, John Roe and
 * Ann Poe", the authors of a paper; `list`: the line is beside a date) when every one of them is a person's name; [] otherwise. Words of the headline are not a
 * name: a breadcrumb's last item or a short title repeated beside the date ("Cleaning Industry Trends"). */
function unlabelledNames(raw: string, headline: string, list: boolean): string[] {
  const line = raw.replace(AGENCY_AFTER_NAME, '');
  if (foldWords(headline).includes(foldWords(line))) return [];
  if (unlabelledName(line)) return cleanAuthors([line]);
  // Every part must be a name as written: a labelled line ("Reviewed by: A, B") is not a list of names. Writers are listed with
  // commas; "No-Risk Trial and Pay Only If Satisfied" is a slogan.
  const parts = line.split(NAME_LIST_SPLIT);
  return list && line.includes(',') && parts.length >= 2 && parts.every(unlabelledName) ? cleanAuthors([line]) : [];
}

/** Names from a labelled byline line near the headline ("By Jane Doe", "Author" / "Jane Doe", "Posted on May 3, 2025 by Jane Doe",
 * "Escrito por Jane Doe"), or []. */
export function labelledNearHeadline(head: HeadLines): string[] {
  const { lines } = head;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if ((BYLINE_LABEL.test(line) || OTHER_LANGUAGE_LABEL.test(line)) && lines[i + 1] && lines[i + 1]!.length < 80) {
      const names = cleanAuthors([lines[i + 1]!]);
      // "Jane Doe" / "Contributor" / "Jane Doe covers city budgets.": a label under a name is that name's role, and the
      // sentence after it is the writer's bio, not a byline.
      const role = i - 1 > head.at && nameShaped(lines[i - 1]!) && !names.every(nameShaped);
      if (names.length && !role) return names;
    }
    const m = capitalName(BYLINE_LINE.exec(line)) ?? capitalName(BYLINE_LABELLED.exec(line));
    if (m) {
      const names = namesAfterLabel(m[1]!);
      if (names.length) return names;
    }
    const other = otherBylineNames(line);
    if (other.length) return other;
    // "Photographs by Jane Doe · Text by John Roe": a credit line of several parts names the writer in one of its parts; its
    // parts may also be set apart by spaced dashes ("Medically reviewed by Jane Roe, MD — Written by John Doe — Updated on …").
    const parts = line.split(CREDIT_PARTS);
    for (let j = 1; j < parts.length; j++) {
      const part = capitalName(BYLINE_LINE.exec(parts[j]!));
      const names = part ? namesAfterLabel(part[1]!) : [];
      if (names.length) return names;
    }
  }
  return [];
}

/** A credit's label opening a line: a byline's ("By", "Posted by", "Por") or a firm's post ("On behalf of"). */
const LED_BY_LABEL = new RegExp(`${BYLINE_PREFIX.source}|^on behalf of\\s`, 'i');

/** Names from a byline line near the headline, labelled or a lone name beside a date or job title, or [].
 * `labelled` is `labelledNearHeadline(head)`, passed by a caller that has it already; `isOutlet` tells the site's own name. */
export function visibleAuthors(head: HeadLines, labelled = labelledNearHeadline(head), isOutlet: (line: string) => boolean = () => false): string[] {
  if (labelled.length) return labelled;
  const { lines, at } = head;
  // Unlabelled bylines come after the headline (before it stand kickers and sections, also capitalised).
  const end = Math.min(lines.length, at + 1 + NAME_LINES_AFTER_HEADLINE);
  for (let i = at + 1; i < end; i++) {
    const line = lines[i]!;
    // "Jane Doe | Senior Writer | July 2, 2025": a name followed by its role or date on one line.
    // Also "Dec 26, 2025 • Jane Doe in Project Management": the name after its date.
    const parts = line.split(BYLINE_PARTS);
    // A row led by a credit's label ("On Behalf of Tunstall Law | Apr 21, 2017 | Products Liability") names its writer there,
    // or no one: its other parts are the date and the category the post is filed in.
    const led = LED_BY_LABEL.test(parts[0]!);
    for (let j = 0; j < parts.length && parts.length > 1 && !led; j++) {
      const part = NAME_IN_SECTION.exec(parts[j]!)?.[1] ?? parts[j]!;
      const names = unlabelledNames(part, lines[at]!, parts.some((p, k) => k !== j && besideList(p)));
      if (names.length && parts.some((p, k) => k !== j && besideByline(p))) return names;
    }
    // "Kovács Péter 2025. március 5. 14:30", "Jane Doe March 3, 2025": a name and its date that inline spans run together on one line.
    const dated = fromDateStart(line);
    if (dated !== line && isDateLine(dated)) {
      const names = unlabelledNames(line.slice(0, line.length - dated.length).trim(), lines[at]!, false);
      if (names.length) return names;
    }
    // A lone name line (or a list of names) next to the post's date, reading time or the writer's job title.
    const name = NAME_IN_SECTION.exec(line)?.[1] ?? line;
    if (line !== lines[at] && (besideByline(lines[i + 1]) || (i - 1 > at && besideByline(lines[i - 1])))) {
      const names = unlabelledNames(name, lines[at]!, besideList(lines[i + 1]) || (i - 1 > at && besideList(lines[i - 1])));
      if (names.length) return names;
    }
    // "Jane Doe" / "The Daily Ledger" / "Published March 12, 2025": a writer's name over the outlet's, over the date.
    if (line !== lines[at] && lines[i + 1] && isOutlet(lines[i + 1]!) && besideList(lines[i + 2]) && !isOutlet(line)) {
      const names = unlabelledNames(name, lines[at]!, false);
      if (names.length) return names;
    }
  }
  // Before the headline, a name over the writer's job title ("Jane Doe" / "Senior Writer"): a kicker is never followed by one.
  for (let i = 0; i + 1 < at; i++) {
    if (!ROLE_LINE.test(lines[i + 1]!) || !unlabelledName(lines[i]!)) continue;
    const names = cleanAuthors([lines[i]!]);
    if (names.length) return names;
  }
  return [];
}

export interface VisibleDate {
  day: string;
  label: 'published' | 'updated' | 'none';
}

/** A label left at the end of a line whose date follows on the next ("Last updated:", "By Jane Doe Updated on"). */
const TRAILING_LABEL = /\b(updated|modified|revised|published|posted)(\s+on)?\s*:?$/i;
/** Labels of dates that are not the page's: a deadline or closing date, an offer's or event's date, a member's join date
 * ("Deadline to apply: March 1st, 2026", "Valid until", "Event date:", "Joined: Jul 2012"). Such a date is neither the
 * publication nor an update, and a page that shows one is as likely a service or forum page as a story. */
const OTHER_DATE_LABEL = /\b(deadlines?|due (date|by)|apply by|register by|registration (closes|deadline|ends)|valid (until|through|thru|till)|expir(es|y|ation)|offer ends|closing date|closes on|event date|date of (the )?event|joined|member since)\b/i;
/** Such a label ending its line, its date on the next ("Application deadline:"). */
const OTHER_DATE_TRAILING = new RegExp(`${OTHER_DATE_LABEL.source}\\s*:?$`, 'i');

/** Where a line's parts split: a spaced bar or dot, and before an update's or a publication's label in any language the labels
 * know ("publié le 3 mars 2025, mis à jour le 4 mars 2025", "Updated March 6, 2025, originally published March 5, 2025"), so
 * each date keeps its own label. */
const DATE_PARTS = new RegExp(`\\s[|·•⋅]\\s|(?=${UPDATED_LABEL.source.replace(/\((?!\?)/g, '(?:')})|(?=${PUBLISHED_LABEL.source.replace(/\((?!\?)/g, '(?:')})`, 'iu');

/** Lines of punctuation only ("|", "/") between a label and its date. */
const NO_WORDS = /^[^\p{L}\p{N}]*$/u;

/** A part of a line of credits that names someone after a capitalised label ("Written by …", "Medically reviewed by …"). */
const CREDIT_PART = /^\p{Lu}[\p{L} -]{0,30}\sby\s/u;
/** A part of a line of credits longer than this is a clause of a sentence. */
const MAX_CREDIT_PART = 60;

/** A line too long for a dateline that is a row of short credits set apart by dashes or bullets, each capitalised, one
 * naming someone ("Medically reviewed by Jane Roe, MD — Written by John Doe — Updated on March 4, 2025"), as its parts:
 * each is a byline or a dateline of its own. Any other line as it is. */
function creditParts(line: string): string[] {
  if (line.length <= DATE_LINE_MAX) return [line];
  const parts = line.split(CREDIT_PARTS);
  return parts.length > 1 && parts.every((p) => p.length <= MAX_CREDIT_PART && /^\p{Lu}/u.test(p)) && parts.some((p) => CREDIT_PART.test(p)) ? parts : [line];
}

/** Dates written near the headline, the published-labelled ones first. `pageOrder` (from the page's language) reads numeric
 * dates whose day and month could swap when the lines' own dates do not tell. */
export function visibleDates(lines: string[], now?: Date, pageOrder?: NumericOrder): VisibleDate[] {
  const out: VisibleDate[] = [];
  // A label on the line before a date applies to it: datelines often put "Updated" and the date in separate elements.
  let carried: VisibleDate['label'] = 'none';
  // A label of another kind of date ("Deadline:") on the line before also applies to it: that date is skipped.
  let carriedOther = false;
  // The site's own template (a date with a part above 12) outranks the language.
  const order = numericOrder(lines) ?? pageOrder;
  for (const raw of lines.flatMap(creditParts)) {
    const line = dropInvisible(raw);
    if (line.length > DATE_LINE_MAX) {
      carried = 'none';
      carriedOther = false;
      continue;
    }
    // Lines like "Published May 1, 2025 · Updated May 3, 2025" hold two dates: read each part.
    // "Jane DoeMar 5, 2025", "Dec 17, 2025Jane Doe": a name and a date in adjacent inline elements run together in text.
    // A line without the digits of a date has none in any part: it is not cut (the split's regexes are big to compile).
    const parts = mayHoldDate(line) ? line.replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2').split(DATE_PARTS) : [];
    let found = false;
    for (const part of parts) {
      const day = normalizeDate(fromDateStart(part), now, order) ?? normalizeDate(part, now, order);
      if (!day) continue;
      found = true;
      // The label is read before the date only: a headline may say "deadline" and be dated.
      if (carriedOther || OTHER_DATE_LABEL.test(part.slice(0, part.length - fromDateStart(part).length))) continue;
      const label = UPDATED_LABEL.test(part) ? 'updated' : PUBLISHED_LABEL.test(part) ? 'published' : carried;
      out.push({ day: day.slice(0, 10), label });
    }
    carriedOther = !found && OTHER_DATE_TRAILING.test(line);
    const trailing = found ? null : TRAILING_LABEL.exec(line)?.[1];
    if (trailing) carried = UPDATED_LABEL.test(trailing) ? 'updated' : 'published';
    else if (found || !NO_WORDS.test(line)) carried = 'none';
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

function rank(d: VisibleDate): number {
  return d.label === 'published' ? 0 : d.label === 'none' ? 1 : 2;
}

/** A dateline opening a story's first paragraph with the full date: "NEW YORK, March 3, 2025 /PRNewswire/ --", "LONDON, 3 March
 * 2025 —": a place in capitals or capitalised, a comma, the date, a wire's name between slashes (press releases), then a dash. */
const LEAD_DATELINE = /^\p{Lu}[\p{L}\p{M} .'’-]{1,40}(?:,\s+\p{Lu}[\p{L}\p{M}.'’ -]{1,30})?,\s+([^,/]{3,20}\d(?:,?\s+\d{4})?)\s*(?:\/[^/]{2,40}\/)?\s*(?:--|—|–)\s/u;
/** The dash and space LEAD_DATELINE ends with: a paragraph without them is not run through its \p{L} classes (slow to compile on a cold page). */
const DATELINE_DASH = /(?:--|—|–)\s/;

/** The days shown in the headline's block (`lines`, the headline at `at`); when no date is shown before the story's first
 * paragraph and that paragraph opens with a dated dateline, that day alone: a press release dates itself there, and the dates
 * past its first paragraph belong to lists of other releases. */
export function shownDates(lines: string[], at: number, order?: NumericOrder): VisibleDate[] {
  const first = lines.findIndex((l, i) => i > at && l.length > DATE_LINE_MAX);
  const lead = first < 0 || !DATELINE_DASH.test(lines[first]!) ? null : LEAD_DATELINE.exec(lines[first]!);
  const day = lead ? normalizeDate(lead[1], undefined, order) : null;
  if (!day || visibleDates(lines.slice(0, first), undefined, order).length) return visibleDates(lines, undefined, order);
  return [{ day: day.slice(0, 10), label: 'none' }];
}
