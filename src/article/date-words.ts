// Month names in the languages most news is written in, for reading visible dates.

/** Dates before this year are not publication dates of web pages (the web is younger). */
export const MIN_YEAR = 1991;
/** A publication date more than this many years ahead is a typo or an event date. */
export const MAX_YEAR_AHEAD = 1;

// Each month's names in one space-separated string (small in the content script).
const NAMES: [number, string][] = [
  [1, 'january jan januar janvier janv enero ene gennaio gen janeiro januari jänner styczeń stycznia'],
  [2, 'february feb februar février fevrier févr febrero febbraio fevereiro fev februari lutego'],
  [3, 'march mar märz maerz mars marzo março marco maart marca'],
  [4, 'april apr avril avr abril abr aprile kwietnia'],
  [5, 'may mai mayo maggio mag maio mei maja'],
  [6, 'june jun juni juin junio giugno giu junho czerwca'],
  [7, 'july jul juli juillet juil julio luglio lug julho lipca'],
  [8, 'august aug août aout agosto ago augustus sierpnia'],
  [9, 'september sep sept septembre septiembre settembre set setembro września'],
  [10, 'october oct oktober okt octobre octubre ottobre ott outubro out października'],
  [11, 'november nov novembre noviembre novembro listopada'],
  [12, 'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia'],
];

/** Lower-cased month word → month number. */
export const MONTHS = new Map<string, number>(NAMES.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as [string, number])));
