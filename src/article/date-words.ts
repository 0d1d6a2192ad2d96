// Month names in the languages most news is written in, for reading visible dates (Indonesian, Turkish and Hindi with their
// abbreviations and the spellings without Turkish letters that sites also use; Ukrainian and Russian in the
// genitive a date uses, "3 квітня 2025", and the nominative; Arabic's Egyptian and Gulf names and the Levantine ones of one
// word: "كانون الثاني" and the other two-word names are not read; Hebrew's, which dates write after "ב", "in"; Greek, Czech,
// Slovak and Finnish in the genitive or partitive a date uses, "5 Μαρτίου 2025", "5. března 2025", "5. maaliskuuta 2025";
// Hungarian, Romanian, Swedish and Danish; Catalan ("12 de març de 2025"); Tagalog ("Marso 12, 2025"); Serbian in both scripts ("12. март 2025."); Croatian's own
// names ("12. ožujka 2025."; its "listopad", October, is Polish and Czech November: see dates.ts); Lithuanian's genitive ("2025 m. kovo 12 d.");
// Slovenian's, Estonian's and Latvian's ("12. marec 2025", "12. märts 2025", "2025. gada 12. marts"); Malay's, Swahili's, Bengali's and Urdu's ("05 مارچ 2025"); Persian's names of the Gregorian months; Thai's, whose dates count years from the
// Buddhist era, "5 มีนาคม 2568").

/** Dates before this year are not publication dates of web pages (the web is younger). */
export const MIN_YEAR = 1991;
/** A publication date more than this many years ahead is a typo or an event date. */
export const MAX_YEAR_AHEAD = 1;

// Each month's names in one space-separated string (small in the content script).
const NAMES: [number, string][] = [
  [1, 'january jan januar janvier janv enero ene gennaio gen janeiro januari jänner styczeń stycznia січня січень января январь يناير ינואר ocak जनवरी ιανουαρίου ιανουάριος ιανουαριου leden ledna január januára ianuarie tammikuuta ژانویه มกราคม জানুয়ারি جنوری gener јануар siječnja siječanj sausio jaanuar janvāris janvārī'],
  [2, 'february feb februar février fevrier févr febrero febbraio fevereiro fev februari lutego лютого лютий февраля февраль فبراير شباط פברואר şubat subat फरवरी फ़रवरी φεβρουαρίου φεβρουάριος φεβρουαριου únor února február februára febr februarie helmikuuta فوریه กุมภาพันธ์ ফেব্রুয়ারি فروری febrer pebrero фебруар veljače veljača vasario veebruar februāris februārī'],
  [3, 'march mar märz maerz mars marzo março marco maart marca березня березень марта март مارس آذار מרץ מרס maret mrt mart मार्च μαρτίου μάρτιος μαρτιου březen března március márc marts martie maaliskuuta มีนาคม mac মার্চ مارچ machi març marso ožujka ožujak kovo marec märts martā'],
  [4, 'april apr avril avr abril abr aprile kwietnia квітня квітень апреля апрель أبريل ابريل نيسان אפריל nisan अप्रैल απριλίου απρίλιος απριλιου duben dubna április ápr apríla aprilie huhtikuuta آوریل เมษายน এপ্রিল اپریل aprili април travnja travanj balandžio aprill aprīlis aprīlī'],
  [5, 'may mai mayo maggio mag maio mei maja травня травень мая май مايو أيار מאי mayıs mayis मई μαΐου μάιος μαιου květen května május máj mája maj toukokuuta พฤษภาคม মে مئی maig мај svibnja svibanj gegužės maijs maijā'],
  [6, 'june jun juni juin junio giugno giu junho czerwca червня червень июня июнь يونيو يونية حزيران יוני haziran जून ιουνίου ιούνιος ιουνιου červen června június jún júna iunie kesäkuuta ژوئن มิถุนายน জুন جون juny hunyo јун lipnja lipanj birželio junij juuni jūnijs jūnijā'],
  [7, 'july jul juli juillet juil julio luglio lug julho lipca липня липень июля июль يوليو يولية تموز יולי temmuz जुलाई ιουλίου ιούλιος ιουλιου červenec července július júl júla iulie heinäkuuta ژوئیه กรกฎาคม julai জুলাই جولائی juliol hulyo јул srpnja srpanj liepos julij juuli jūlijs jūlijā'],
  [8, 'august aug août aout agosto ago augustus sierpnia серпня серпень августа август أغسطس اغسطس אוגוסט agustus agt agu ağustos अगस्त αυγούστου αύγουστος αυγουστου srpen srpna augusztus augusta augusti elokuuta اوت สิงหาคม ogos ogo আগস্ট اگست agosti agost avgust kolovoza kolovoz rugpjūčio augusts augustā'],
  [9, 'september sep sept septembre septiembre settembre set setembro września вересня вересень сентября сентябрь سبتمبر أيلول ספטמבר eylül eylul सितंबर सितम्बर σεπτεμβρίου σεπτέμβριος σεπτεμβριου září szeptember szept septembra septembrie syyskuuta سپتامبر กันยายน সেপ্টেম্বর ستمبر septemba setembre setyembre septembar септембар rujna rujan rugsėjo septembris septembrī'],
  [10, 'october oct oktober okt octobre octubre ottobre ott outubro out października жовтня жовтень октября октябрь أكتوبر اكتوبر אוקטובר ekim अक्टूबर अक्तूबर οκτωβρίου οκτώβριος οκτωβριου říjen října október októbra octombrie lokakuuta اکتبر ตุลาคม অক্টোবর اکتوبر oktoba oktubre oktobar октобар spalio oktoober oktobris oktobrī'],
  [11, 'november nov novembre noviembre novembro listopada листопада листопад ноября ноябрь نوفمبر נובמבר nop kasım kasim नवंबर नवम्बर νοεμβρίου νοέμβριος νοεμβριου listopad listopadu novembra noiembrie marraskuuta نوامبر พฤศจิกายน নভেম্বর نومبر novemba nobyembre novembar новембар studenoga studenog studeni lapkričio novembris novembrī'],
  [12, 'december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudnia грудня грудень декабря декабрь ديسمبر דצמבר desember des aralık aralik दिसंबर दिसम्बर δεκεμβρίου δεκέμβριος δεκεμβριου prosinec prosince decembra decembrie joulukuuta دسامبر ธันวาคม disember ডিসেম্বর دسمبر desemba desembre disyembre decembar децембар prosinca prosinac gruodžio detsember decembris decembrī'],
];

/** Lower-cased month word → month number. */
export const MONTHS = new Map<string, number>(NAMES.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as [string, number])));

/** The months of the Solar Hijri calendar, Iran's civil calendar, which Persian pages date their stories in ("۱۴ اسفند ۱۴۰۳"). */
export const SOLAR_HIJRI_MONTHS = new Map<string, number>(
  'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(' ').map((w, i) => [w, i + 1] as [string, number]),
);
