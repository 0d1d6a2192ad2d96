// Month names in the languages most news is written in, for reading visible dates (Indonesian, Turkish and Hindi with their
// abbreviations and the spellings without Turkish letters that sites also use; Ukrainian and Russian in the
// genitive a date uses, "3 квітня 2025", and the nominative; Arabic's Egyptian and Gulf names and the Levantine ones of one
// word: "كانون الثاني" and the other two-word names are not read; Hebrew's, which dates write after "ב", "in").

/** Dates before this year are not publication dates of web pages (the web is younger). */
export const MIN_YEAR = 1991;
/** A publication date more than this many years ahead is a typo or an event date. */
export const MAX_YEAR_AHEAD = 1;

// Each month's names in one space-separated string (small in the content script).
const NAMES: [number, string][] = [
  [1, 'january jan januar janvier janv enero ene gennaio gen janeiro januari jänner styczeń stycznia січня січень января январь يناير ינואר ocak जनवरी'],
  [2, 'february feb februar février fevrier févr febrero febbraio fevereiro fev februari lutego лютого лютий февраля февраль فبراير شباط פברואר şubat subat फरवरी फ़रवरी'],
  [3, 'march mar märz maerz mars marzo março marco maart marca березня березень марта март مارس آذار מרץ מרס maret mrt mart मार्च'],
  [4, 'april apr avril avr abril abr aprile kwietnia квітня квітень апреля апрель أبريل ابريل نيسان אפריל nisan अप्रैल'],
  [5, 'may mai mayo maggio mag maio mei maja травня травень мая май مايو أيار מאי mayıs mayis मई'],
  [6, 'june jun juni juin junio giugno giu junho czerwca червня червень июня июнь يونيو يونية حزيران יוני haziran जून'],
  [7, 'july jul juli juillet juil julio luglio lug julho lipca липня липень июля июль يوليو يولية تموز יולי temmuz जुलाई'],
  [8, 'august aug août aout agosto ago augustus sierpnia серпня серпень августа август أغسطس اغسطس אוגוסט agustus agt agu ağustos अगस्त'],
  [9, 'september sep sept septembre septiembre settembre set setembro września вересня вересень сентября сентябрь سبتمبر أيلول ספטמבר eylül eylul सितंबर सितम्बर'],
  [10, 'october oct oktober okt octobre octubre ottobre ott outubro out października жовтня жовтень октября октябрь أكتوبر اكتوبر אוקטובר ekim अक्टूबर अक्तूबर'],
  [11, 'november nov novembre noviembre novembro listopada листопада листопад ноября ноябрь نوفمبر נובמבר nop kasım kasim नवंबर नवम्बर'],
  [12, 'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia грудня грудень декабря декабрь ديسمبر דצמבר desember des aralık aralik दिसंबर दिसम्बर'],
];

/** Lower-cased month word → month number. */
export const MONTHS = new Map<string, number>(NAMES.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as [string, number])));
