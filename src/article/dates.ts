// Normalizes the many ways pages write dates into ISO 8601, keeping the page's time zone offset.
// Anything ambiguous (03/04/2025) or implausible is dropped: a missing date beats a wrong one.

import { MAX_YEAR_AHEAD, MIN_YEAR, MONTHS, SOLAR_HIJRI_MONTHS } from './date-words';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const CJK_YMD = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;
/** The flag of the three patterns below that look for a word boundary next to a run of letters: 'v' matches as 'u' does on them (no
 * case folding, no class operators), but Chromium compiles 'u' patterns of that shape for text outside Latin-1 (a dash, a curly quote
 * in the line) some 10 to 50 times slower, tens of milliseconds on a cold page. A browser older than the flag (Chromium before 112)
 * gets 'u', which matches the same. */
const UNICODE_SETS = ((): string => {
  try {
    return new RegExp('', 'v') && 'v';
  } catch {
    return 'u';
  }
})();
/** A day, a month word and a year. The month word may hold combining marks (Devanagari's vowel signs: "मार्च") and in
 * Devanagari and Bengali may be two letters ("मई", "মে", May), as may the Solar Hijri "دی". Thai may write its era before the
 * year ("12 มีนาคม พ.ศ. 2568"). */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?([\p{L}\p{M}]{3,}|[\p{Script=Devanagari}\p{Script=Bengali}]{2}|دی)\.?,?\s+(?:de\s+|พ\.ศ\.\s*)?(\d{4})\b`, UNICODE_SETS);
/** "5-Mar-2025", "05-Mar-2025", "12.mar.2025": a day, a month word and a year joined by hyphens, as science news services and
 * database exports print dates, or by dots, as Brazilian papers do (the month word is checked as a month's). */
const DASHED_DAY_MONTH_YEAR = /(?<![\p{L}\d.-])(\d{1,2})([-.])(\p{L}{3,})\.?\2(\d{4})(?![\d-])/u;
/** What DAY_MONTH_YEAR and DASHED_DAY_MONTH_YEAR hold before their month word (a day then a space; a day then a dash or a dot):
 * cheap checks that spare compiling their \p{L} classes on pages whose dates are written month first. */
const DAY_THEN_SPACE = /\d(?:st|nd|rd|th|\.)?\s/;
const DAY_THEN_JOIN = /\d[-.]/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, UNICODE_SETS);
/** "Mar. 11 to Mar. 13, 2025", "March 8–12, 2025": a span of days that shares one year; a page that ran or was shown over the span
 * was first published on its first day (newspapers' obituary notices: "Published by the Herald from Mar. 11 to Mar. 13, 2025"). */
const MONTH_DAY_SPAN = new RegExp(String.raw`\b([\p{L}]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|through|until|[\-–—])\s*(?:[\p{L}]{3,}\.?\s+)?\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b`, UNICODE_SETS);
const EPOCH = /^\d{10}(\d{3})?$/;
/** Arabic-Indic, Persian, Devanagari and Bengali digits, which Arabic, Persian, Hindi and Bengali pages write their dates in
 * ("١٢ مارس ٢٠٢٥", "০৫ মার্চ ২০২৫"): a character class's ranges. */
const EASTERN_DIGITS = '\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF';
/** Two digits in a row, in 0–9 or the eastern digits westernDigits reads: every date pattern here holds them. */
const TWO_DIGITS_ANY_SCRIPT = new RegExp(`[0-9${EASTERN_DIGITS}]{2}`);
/** Whether `s` may hold a date normalizeDate reads: when false, normalizeDate is null on `s` and on every part of it (a cheap
 * check before slicing a line for dates). */
export const mayHoldDate = (s: string): boolean => TWO_DIGITS_ANY_SCRIPT.test(s);
/** Vietnamese writes the month as a number after "tháng" ("month"): "ngày 12 tháng 3 năm 2025" ("day 12, month 3, year 2025"),
 * "12 tháng 03, 2025". */
const VIETNAMESE_DMY = /(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,|\s+năm)?\s+(\d{4})(?!\d)/iu;
/** "2023 Jan 7": year, month word, day (PubMed and Highwire citation dates); Hungarian writes a dot after the year, "2025. március 5.";
 * Lithuanian "m." ("metai", year) after it, "2025 m. kovo 12 d.". */
const YEAR_MONTH_DAY = /^(\d{4})\.?\s+(?:m\.\s*)?([\p{L}]{3,})\.?\s+(\d{1,2})\b/u;
/** Latvian writes the year, "gada" ("of the year"), then the day and the month: "2025. gada 12. marts". */
const LATVIAN_YEAR_DAY_MONTH = /^(\d{4})\.\s*gada\s+(\d{1,2})\.\s*(\p{L}{3,})/u;
/** Day and month with dots, slashes or dashes: read only when one of the two is above 12 (or both are equal), so only one reading exists.
 * Czech and Slovak put a space after each dot ("5. 3. 2025"). */
const DOTTED_DMY = /^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\b/;
const SLASHED_DM = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/;
/** Day and month zero-padded, then the year's last two digits, with dots ("05.03.25", as Hebrew and German news print dates); read as
 * DOTTED_DMY is, the year in this century. The padding sets it apart from version numbers ("1.2.25"). */
const DOTTED_DMY_SHORT = /^(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/;
/** The century of two-digit years. */
const SHORT_YEAR_CENTURY = 2000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Thai abbreviated months, written with dots ("5 มี.ค. 2568", "5 มี.ค. 68"), in order. */
const THAI_SHORT_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
/** A day, a Thai abbreviated month and a Buddhist-era year of four digits or its last two. */
const THAI_SHORT_DATE = new RegExp(`(?<!\\d)(\\d{1,2})\\s*(${THAI_SHORT_MONTHS.map((m) => m.replace(/\./g, '\\.')).join('|')})\\s*(\\d{4}|\\d{2})(?!\\d)`, 'u');
/** The Buddhist era's century of two-digit Thai years ("68" is 2568). */
const BUDDHIST_CENTURY = 2500;

/** Thai dates count years from the Buddhist era, 543 years before the common era ("5 มีนาคม 2568" is 5 March 2025). */
const BUDDHIST_ERA_OFFSET = 543;
const THAI = /\p{Script=Thai}/u;
/** A Thai month's year in the common era: years of the Buddhist era are the only ones this large with a Thai month. */
const commonEraYear = (year: number, monthWord: string): number => (THAI.test(monthWord) && year > 2400 ? year - BUDDHIST_ERA_OFFSET : year);

/** The earliest and latest civil time zones in use (UTC−12 to UTC+14), in hours: the days one moment can fall on. */
const WESTMOST_ZONE_HOURS = -12;
const EASTMOST_ZONE_HOURS = 14;
/** A time with its zone (or Z): only then is the moment known, not just a wall-clock reading. */
const ZONED_TIME = /T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

function plausible(y: number, m: number, d: number, now: Date): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < MIN_YEAR || y > now.getUTCFullYear() + MAX_YEAR_AHEAD) return false;
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCMonth() === m - 1;
}

/** Solar Hijri years of the web's time (1370 began in March 1991). */
const SOLAR_HIJRI_YEARS = [1370, 1450];
/** Solar Hijri years start at Nowruz, 1 Farvardin, which falls between these March days of the year 621 later. */
const NOWRUZ_MARCH_DAYS = [19, 22];
const DAY_MS = 86_400_000;
/** The Persian calendar of the platform's Intl (undefined until first needed, null where the platform lacks it). */
let persianCalendar: Intl.DateTimeFormat | null | undefined;

/** The Gregorian day ("YYYY-MM-DD") of a Solar Hijri date, or null: Nowruz is found with the platform's Persian calendar, then the
 * months counted on (six of 31 days, then 30). */
function solarHijriDay(y: number, m: number, d: number, now: Date): string | null {
  if (y < SOLAR_HIJRI_YEARS[0]! || y > SOLAR_HIJRI_YEARS[1]! || d < 1 || d > (m <= 6 ? 31 : 30)) return null;
  if (persianCalendar === undefined) {
    try {
      const f = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      persianCalendar = f.resolvedOptions().calendar === 'persian' ? f : null;
    } catch {
      persianCalendar = null;
    }
  }
  if (!persianCalendar) return null;
  for (let day = NOWRUZ_MARCH_DAYS[0]!; day <= NOWRUZ_MARCH_DAYS[1]!; day++) {
    const t = Date.UTC(y + 621, 2, day);
    const parts = persianCalendar.formatToParts(new Date(t));
    if (parts.find((p) => p.type === 'month')?.value !== '1' || parts.find((p) => p.type === 'day')?.value !== '1') continue;
    const g = new Date(t + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * DAY_MS);
    // Esfand has 30 days in leap years only: a 30 Esfand counted into the next year is not a date.
    if (persianCalendar.formatToParts(g).find((p) => p.type === 'day')?.value !== String(d)) return null;
    return plausible(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate(), now) ? g.toISOString().slice(0, 10) : null;
  }
  return null;
}

/** Hebrew writes a date's month with the prefix "ב" ("in"): "12 במרץ 2025". */
const HEBREW_IN = /^ב(?=[\u05D0-\u05EA]{3})/;

/** "listopada" is October in Croatian, which writes the day as an ordinal with a dot ("12. listopada 2025."), and November in
 * Polish, which does not ("12 listopada 2025"; the month table's reading). */
const CROATIAN_OCTOBER = 'listopada';

/** The number of a month word; `ordinalDay`: the day before it was written with an ordinal dot ("12. listopada"). */
function monthNumber(word: string, ordinalDay = false): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (ordinalDay && w === CROATIAN_OCTOBER) return 10;
  return MONTHS.get(w) ?? MONTHS.get(w.replace(HEBREW_IN, '')) ?? null;
}

function zone(z: string | undefined): string {
  if (!z) return '';
  if (/^(z|utc|gmt)$/i.test(z)) return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3] ?? '00'}` : '';
}

/** Which part comes first in a page's numeric dates: the day (13.11.2025, Europe) or the month (11/13/2025, the US). */
export type NumericOrder = 'dmy' | 'mdy';

/** A numeric day-month-year anywhere in a line (its separator repeated). */
const NUMERIC_DATE = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/g;

/** Languages whose numeric dates always put the day first (31.12.2025, 31/12/2025). English is left out: "en" pages
 * write either order, and "en-US" is also the template default of sites that write days first. Swedish, Hungarian,
 * Lithuanian and the East Asian languages write the year first, so their dates never swap. */
const DAY_FIRST_LANGUAGES = new Set('ar bg bn ca cs da de el es et fi fr he hi hr id it lv ms nb nl nn no pl pt ro ru sk sl sr th tr uk ur vi'.split(' '));
/** English as written where days come first; a site picks such a locale on purpose. */
const DAY_FIRST_ENGLISH = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'in']);

/**
 * The order a page's language gives its numeric dates ("de", "fr-FR", "en-GB": day first), or undefined when the
 * language does not settle it (English without a day-first region, a language in the United States, none).
 */
export function languageOrder(lang: string | null | undefined): NumericOrder | undefined {
  const [language, region] = (lang ?? '').toLowerCase().split(/[-_]/);
  if (!language || region === 'us') return undefined;
  if (language === 'en') return region && DAY_FIRST_ENGLISH.has(region) ? 'dmy' : undefined;
  return DAY_FIRST_LANGUAGES.has(language) ? 'dmy' : undefined;
}

/** An English weekday (full or short) right before a date, with its comma. */
const WEEKDAY_BEFORE = /(?<!\p{L})(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|t|r|rs)?\.?,?\s*$/iu;
const WEEKDAY_INDEX: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/** Characters before a date searched for its weekday ("Wednesday, "). */
const WEEKDAY_LOOKBACK = 12;

/** The order in which the numeric date a/b/year falls on the weekday written before it (`before`), when one reading does and the other does not. */
function weekdayOrder(before: string, a: number, b: number, year: number): NumericOrder | undefined {
  const w = WEEKDAY_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (!w || a === b) return undefined;
  const on = (mo: number, d: number): boolean => {
    const t = new Date(Date.UTC(year, mo - 1, d));
    return t.getUTCMonth() === mo - 1 && t.getUTCDay() === WEEKDAY_INDEX[w];
  };
  const mdy = on(a, b);
  return mdy === on(b, a) ? undefined : mdy ? 'mdy' : 'dmy';
}

/**
 * The order of the numeric dates in `lines`, when one of them has a part above 12 and none says otherwise; else
 * undefined. A site writes its dates from one template, so "8/27/2025" tells how to read its "8/1/2025".
 */
export function numericOrder(lines: string[]): NumericOrder | undefined {
  const seen = new Set<NumericOrder>();
  for (const line of lines) {
    for (const m of line.matchAll(NUMERIC_DATE)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 12 && b >= 1 && b <= 12) seen.add('dmy');
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) seen.add('mdy');
      else {
        // "Tue, 03/11/2025" (Drupal's default): the weekday written before it fits one reading only.
        const told = weekdayOrder(line.slice(Math.max(0, m.index - WEEKDAY_LOOKBACK), m.index), a, b, Number(m[4]));
        if (told) seen.add(told);
      }
    }
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** One of the eastern digits (EASTERN_DIGITS). */
const EASTERN_DIGIT = new RegExp(`[${EASTERN_DIGITS}]`, 'g');
/** The code of each script's zero, the highest first. */
const ZEROS = [0x09e6, 0x0966, 0x06f0, 0x0660];

/** `s` with Arabic-Indic, Persian, Devanagari and Bengali digits written as 0–9, so the date patterns read them. */
export function westernDigits(s: string): string {
  EASTERN_DIGIT.lastIndex = 0;
  if (!EASTERN_DIGIT.test(s)) return s;
  return s.replace(EASTERN_DIGIT, (c) => {
    const code = c.charCodeAt(0);
    return String(code - ZEROS.find((z) => code >= z)!);
  });
}

/**
 * ISO 8601 for a date string: "YYYY-MM-DD" when only the day is known, "YYYY-MM-DDTHH:MM:SS" plus
 * the offset when the page gives one. Returns null for anything it cannot read unambiguously; `order` reads
 * numeric dates whose day and month could swap (03/04/2025) as the page's other dates show.
 */
export function normalizeDate(raw: string | null | undefined, now: Date = new Date(), order?: NumericOrder): string | null {
  // Every pattern below needs two digits in a row (a day, a year or a time stamp): most texts asked about have none.
  if (!raw || !mayHoldDate(raw)) return null;
  const s = westernDigits(raw.trim());
  if (EPOCH.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    if (!plausible(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), now)) return null;
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
  const iso = ISO.exec(s);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (!plausible(y, mo, d, now)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    if (iso[4] == null) return day;
    const h = Number(iso[4]);
    const mi = Number(iso[5]);
    if (h > 23 || mi > 59) return day;
    return `${day}T${pad(h)}:${pad(mi)}:${pad(Number(iso[6] ?? 0))}${zone(iso[7])}`;
  }
  const ymd = SLASHED_YMD.exec(s) ?? CJK_YMD.exec(s);
  if (ymd) {
    const [y, mo, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    return plausible(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  const short = DOTTED_DMY_SHORT.exec(s);
  const numeric = DOTTED_DMY.exec(s) ?? SLASHED_DM.exec(s) ?? short;
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3]) + (numeric === short ? SHORT_YEAR_CENTURY : 0)];
    // 09.10.2024 is September 10 in the US and 9 October in Europe: only one reading, or none (unless the page's order is known).
    if (a > 12 && b > 12) return null;
    if (a <= 12 && b <= 12 && a !== b && !order) return null;
    const [mo, d] = a > 12 || (b <= 12 && order === 'dmy') ? [b, a] : [a, b];
    return plausible(y, mo, d, now) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  const vietnamese = VIETNAMESE_DMY.exec(s);
  if (vietnamese) {
    const [d, mo, y] = [Number(vietnamese[1]), Number(vietnamese[2]), Number(vietnamese[3])];
    if (plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  const latvian = LATVIAN_YEAR_DAY_MONTH.exec(s);
  if (latvian) {
    const mo = monthNumber(latvian[3]!);
    const [y, d] = [Number(latvian[1]), Number(latvian[2])];
    if (mo && plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  const ymdWord = YEAR_MONTH_DAY.exec(s);
  if (ymdWord) {
    const mo = monthNumber(ymdWord[2]!);
    const [y, d] = [Number(ymdWord[1]), Number(ymdWord[3])];
    if (mo && plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  const spaced = DAY_THEN_SPACE.test(s) ? DAY_MONTH_YEAR.exec(s) : null;
  const dashed = spaced || !DAY_THEN_JOIN.test(s) ? null : DASHED_DAY_MONTH_YEAR.exec(s);
  const dmy = spaced ?? (dashed && [dashed[0], dashed[1]!, dashed[3]!, dashed[4]!]);
  if (dmy) {
    const mo = monthNumber(dmy[2]!, /^\d{1,2}\.\s/.test(dmy[0]!));
    const [y, d] = [commonEraYear(Number(dmy[3]), dmy[2]!), Number(dmy[1])];
    if (mo && plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
    const hijri = SOLAR_HIJRI_MONTHS.get(dmy[2]!);
    if (hijri) return solarHijriDay(y, hijri, d, now);
  }
  const thai = THAI_SHORT_DATE.exec(s);
  if (thai) {
    const year = thai[3]!.length === 2 ? BUDDHIST_CENTURY + Number(thai[3]) : Number(thai[3]);
    const [y, mo, d] = [year - BUDDHIST_ERA_OFFSET, THAI_SHORT_MONTHS.indexOf(thai[2]!) + 1, Number(thai[1])];
    if (plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  const mdy = MONTH_DAY_SPAN.exec(s) ?? MONTH_DAY_YEAR.exec(s);
  if (mdy) {
    const mo = monthNumber(mdy[1]!);
    const [y, d] = [Number(mdy[3]), Number(mdy[2])];
    if (mo && plausible(y, mo, d, now)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  return null;
}

/** Whether two normalized dates fall within a day of each other (one moment seen from two time zones). */
export function sameMoment(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const diff = Math.abs(Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b.slice(0, 10)}T00:00:00Z`));
  return diff <= 86_400_000;
}

/** Whether a normalized date is a moment (a time of day with its zone), not a bare day or a wall-clock reading. */
export function isZonedTime(iso: string | null): boolean {
  return !!iso && ZONED_TIME.test(iso);
}

/**
 * Whether `day` (YYYY-MM-DD) is another calendar day of the zoned moment `iso` somewhere on Earth:
 * "2025-12-02T23:00:00Z" is December 3 east of UTC+1. False when `iso` has no zone or is that day already.
 */
export function otherZoneDay(iso: string | null, day: string): boolean {
  if (!iso || !isZonedTime(iso) || iso.slice(0, 10) === day) return false;
  const t = Date.parse(iso);
  if (!Number.isFinite(t)) return false;
  const hour = 3_600_000;
  const first = new Date(t + WESTMOST_ZONE_HOURS * hour).toISOString().slice(0, 10);
  const last = new Date(t + EASTMOST_ZONE_HOURS * hour).toISOString().slice(0, 10);
  return first <= day && day <= last;
}

/** Whether a normalized date has a time of day, not just the day. */
export function isTimeOfDay(iso: string | null): boolean {
  return !!iso && iso.length > 10;
}

/** The calendar day of a normalized date (for comparisons). */
export function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}
