import { describe, expect, it } from 'vitest';
import { isZonedTime, languageOrder, normalizeDate, numericOrder, otherZoneDay } from '../../../src/article/dates';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('normalizeDate', () => {
  it('keeps ISO 8601 with the page time zone', () => {
    expect(normalizeDate('2025-04-04T09:30:00+03:00', NOW)).toBe('2025-04-04T09:30:00+03:00');
    expect(normalizeDate('2025-04-04T09:30:00.123Z', NOW)).toBe('2025-04-04T09:30:00Z');
    expect(normalizeDate('2025-04-04 09:30 +0200', NOW)).toBe('2025-04-04T09:30:00+02:00');
    expect(normalizeDate('2025-04-04', NOW)).toBe('2025-04-04');
  });

  it('reads written dates in several languages', () => {
    expect(normalizeDate('April 4, 2025', NOW)).toBe('2025-04-04');
    expect(normalizeDate('Updated on Apr. 4th, 2025 6:41 PM', NOW)).toBe('2025-04-04');
    expect(normalizeDate('4 avril 2025', NOW)).toBe('2025-04-04');
    expect(normalizeDate('4 de abril de 2025', NOW)).toBe('2025-04-04');
    expect(normalizeDate('4. März 2025', NOW)).toBe('2025-03-04');
    expect(normalizeDate('2025年4月4日', NOW)).toBe('2025-04-04');
    expect(normalizeDate('2025/04/04', NOW)).toBe('2025-04-04');
    expect(normalizeDate('2023 Jan 7', NOW)).toBe('2023-01-07');
  });

  it('reads day.month.year with dots, and slashed dates only when one reading exists', () => {
    expect(normalizeDate('13.11.2025', NOW)).toBe('2025-11-13');
    expect(normalizeDate('12.12.2025', NOW)).toBe('2025-12-12');
    expect(normalizeDate('25. 3. 2025 14:30', NOW)).toBe('2025-03-25');
    expect(normalizeDate('5. 3. 2025', NOW, 'dmy')).toBe('2025-03-05');
    expect(normalizeDate('09.10.2024', NOW)).toBeNull();
    expect(normalizeDate('13/11/2025 09:21:40', NOW)).toBe('2025-11-13');
    expect(normalizeDate('11/13/2025', NOW)).toBe('2025-11-13');
  });

  it('reads epoch seconds and milliseconds', () => {
    expect(normalizeDate('1743759000', NOW)).toBe('2025-04-04T09:30:00Z');
    expect(normalizeDate('1743759000000', NOW)).toBe('2025-04-04T09:30:00Z');
  });

  it('refuses ambiguous, impossible and implausible dates', () => {
    expect(normalizeDate('03/04/2025', NOW)).toBeNull();
    expect(normalizeDate('2025-02-30', NOW)).toBeNull();
    expect(normalizeDate('1970-01-01', NOW)).toBeNull();
    expect(normalizeDate('2031-01-01', NOW)).toBeNull();
    expect(normalizeDate('30 اسفند 1402', NOW)).toBeNull(); // Esfand's 30th exists in leap years only
    expect(normalizeDate('yesterday', NOW)).toBeNull();
    expect(normalizeDate('', NOW)).toBeNull();
    expect(normalizeDate(null, NOW)).toBeNull();
  });
});

describe('otherZoneDay', () => {
  it('is true for the neighbouring day a zoned moment falls on somewhere on Earth', () => {
    expect(otherZoneDay('2025-12-02T23:00:55+00:00', '2025-12-03')).toBe(true);
    expect(otherZoneDay('2021-12-10T02:17:00+00:00', '2021-12-09')).toBe(true);
    expect(otherZoneDay('2025-05-14T19:30:03-07:00', '2025-05-15')).toBe(true);
  });

  it('is false for a day no zone reaches, the moment\'s own day, or a time without a zone', () => {
    expect(otherZoneDay('2025-12-19T22:02:58Z', '2025-12-18')).toBe(false);
    expect(otherZoneDay('2025-12-02T23:00:55+00:00', '2025-12-02')).toBe(false);
    expect(otherZoneDay('2025-12-02T23:00:55', '2025-12-03')).toBe(false);
    expect(otherZoneDay('2025-12-02', '2025-12-03')).toBe(false);
  });
});

describe('isZonedTime', () => {
  it('is true only for a time of day with its zone', () => {
    expect(isZonedTime('2025-12-02T23:00:55Z')).toBe(true);
    expect(isZonedTime('2025-12-02T23:00:55-05:00')).toBe(true);
    expect(isZonedTime('2025-12-02T23:00:55')).toBe(false);
    expect(isZonedTime('2025-12-02')).toBe(false);
    expect(isZonedTime(null)).toBe(false);
  });
});

describe('numericOrder', () => {
  it('is the order a date with a part above 12 shows, when the lines agree', () => {
    expect(numericOrder(['8/1/2025', 'Updated 8/27/2025'])).toBe('mdy');
    expect(numericOrder(['Published 27.05.2024', '03.06.2024'])).toBe('dmy');
  });

  it('is unknown when no date tells, or the lines disagree', () => {
    expect(numericOrder(['03/04/2025', 'March 5, 2025'])).toBeUndefined();
    expect(numericOrder(['13/04/2025', '04/13/2025'])).toBeUndefined();
    expect(numericOrder(['Posted 2025-11-03'])).toBeUndefined();
  });

  it('is day first for languages that always write it so, and unknown for English without a day-first region', () => {
    expect(languageOrder('de')).toBe('dmy');
    expect(languageOrder('uk-UA')).toBe('dmy');
    expect(languageOrder('en_GB')).toBe('dmy');
    expect(languageOrder('en')).toBeUndefined();
    expect(languageOrder('en-US')).toBeUndefined();
    expect(languageOrder('es-US')).toBeUndefined();
    expect(languageOrder('sv')).toBeUndefined();
    expect(languageOrder(null)).toBeUndefined();
  });

  it('lets normalizeDate read a day and month that could swap', () => {
    expect(normalizeDate('03/04/2025', NOW, 'mdy')).toBe('2025-03-04');
    expect(normalizeDate('03/04/2025', NOW, 'dmy')).toBe('2025-04-03');
    expect(normalizeDate('13/04/2025', NOW, 'mdy')).toBe('2025-04-13');
  });
});

describe('month names in other languages', () => {
  // [language, written date, day]: Arabic-Indic and Persian digits, Hebrew after the prefix "ב" ("in"), Turkish and Hindi
  // inside a dateline, Dutch abbreviations, Devanagari month words with vowel signs (and "मई", two letters).
  it.each([
    ['Arabic', '١٢ مارس ٢٠٢٥', '2025-03-12'],
    ['Persian digits', '۲۰۲۵-۰۳-۱۲', '2025-03-12'],
    ['Levantine Arabic', '5 أيار 2025', '2025-05-05'],
    ['Arabic', '٣ أكتوبر ٢٠٢٤', '2024-10-03'],
    ['Hebrew', '12 במרץ 2025', '2025-03-12'],
    ['Hebrew', '3 ספטמבר 2024', '2024-09-03'],
    ['Hebrew', '5 במאי 2025', '2025-05-05'],
    ['Indonesian', 'Rabu, 12 Maret 2025 14:30 WIB', '2025-03-12'],
    ['Indonesian', '17 Agustus 2024', '2024-08-17'],
    ['Turkish', '12 Mart 2025 Çarşamba', '2025-03-12'],
    ['Turkish', '3 Aralık 2024', '2024-12-03'],
    ['Dutch', '3 mrt 2025 om 14:30', '2025-03-03'],
    ['Hindi', 'बुध, 12 मार्च 2025 02:30 PM (IST)', '2025-03-12'],
    ['Hindi', '5 मई 2025', '2025-05-05'],
    ['Greek', '5 Μαρτίου 2025, 14:30', '2025-03-05'],
    ['Greek in capitals', '12 ΑΥΓΟΥΣΤΟΥ 2024', '2024-08-12'],
    ['Czech', '5. března 2025', '2025-03-05'],
    ['Slovak', '5. mája 2025', '2025-05-05'],
    ['Hungarian, year first', '2025. március 5. 14:30', '2025-03-05'],
    ['Hungarian abbreviation', '2024. szept. 9.', '2024-09-09'],
    ['Romanian', '5 martie 2025', '2025-03-05'],
    ['Swedish', '12 augusti 2024 kl. 14.30', '2024-08-12'],
    ['Finnish', '5. maaliskuuta 2025', '2025-03-05'],
    ['Persian', '۱۴ اکتبر ۲۰۲۴', '2024-10-14'],
    ['Persian, Solar Hijri', '۱۴ اسفند ۱۴۰۳ - ۱۰:۱۵', '2025-03-04'],
    ['Persian, Solar Hijri', '1 فروردین 1404', '2025-03-21'],
    ['Persian, Solar Hijri', '10 دی 1403', '2024-12-30'],
    ['Malay', 'Rabu, 5 Mac 2025 2:30 PTG', '2025-03-05'],
    ['Malay', '17 Ogos 2024', '2024-08-17'],
    ['Bengali digits', 'প্রকাশ: ০৫ মার্চ ২০২৫, ১৪:৩০', '2025-03-05'],
    ['Bengali, May', '৫ মে ২০২৫', '2025-05-05'],
    ['Devanagari digits', '१२ मार्च २०२५', '2025-03-12'],
    ['Thai, abbreviated month', '5 มี.ค. 2568', '2025-03-05'],
    ['Thai, two-digit year', '12 ธ.ค. 67 14:30 น.', '2024-12-12'],
    ['Thai, Buddhist era', 'วันที่ 5 มีนาคม 2568 เวลา 14:30 น.', '2025-03-05'],
  ])('reads %s: %s', (_language, text, day) => {
    expect(normalizeDate(text, NOW)).toBe(day);
  });
});
