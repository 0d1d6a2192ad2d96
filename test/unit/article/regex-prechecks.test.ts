// The cheap checks run before big regexes (to spare compiling them on a cold page) must pass wherever the big regex matches:
// a check that is too strict would change answers.
import { describe, expect, it } from 'vitest';
import { BYLINE_NOISE, BYLINE_NOISE_HINT, LEADING_ROLE, ROLE_NOUN } from '../../../src/article/byline-rules';
import { mayHoldDate, normalizeDate } from '../../../src/article/dates';

const NOW = new Date('2026-01-01T00:00:00Z');

describe('BYLINE_NOISE_HINT', () => {
  it('passes every byline tail BYLINE_NOISE cuts', () => {
    const tails = [
      'Jane Doe, Staff Writer', 'Jane Doe · 5 min read', 'Jane Doe • March 3', 'Jane Doe Updated April 4, 2025', 'Jane Doe Last Updated: 2025-02-22',
      'Acme Security Sponsored', 'Jane Doe Partner Content', 'By Linda Carver Guest columnist', 'JOHN DOE Staff Writer',
      'JANE DOE and JOHN ROE Associated Press', 'Jane Doe | Reuters', 'Jane Doe — Senior Editor', 'Jane Doe – May 3, 2025', 'Jane Doe - Published',
      'Jane Doe, MD', 'Jane Doe, PhD', 'Jane Doe, 12/3', 'Jane Doe, 2025', 'Jane Doe, 5 min', 'di Marco Rossi Pubblicato il 5 febbraio',
      'Jonas Weber Aktualisiert 3. April', 'Ирина Соколова Опубликовано 12 мая', 'Jean Dupont mis à jour le 3 mars', 'Jane Doe, ACME®',
      'Jane Doe Leave a Comment', 'Jane Doe Leave a reply', 'Jane Doe 3 Comments', 'Jane Doe No Comments', 'Jane Doe Join the discussion',
      'Laura Finch Personal Finance Correspondent', 'Jane Doe Senior Editor', 'Jane Doe Food Contributor', 'JOHN DOE Staff Editor',
    ];
    for (const t of tails) {
      expect(BYLINE_NOISE.test(t), t).toBe(true);
      expect(BYLINE_NOISE_HINT.test(t), t).toBe(true);
    }
  });

  it('fails plain names, which BYLINE_NOISE leaves alone', () => {
    for (const name of ['Jane Doe', 'Jean-Luc Picard', 'Ирина Соколова', "Siobhán O'Neill"]) {
      expect(BYLINE_NOISE.test(name)).toBe(false);
      expect(BYLINE_NOISE_HINT.test(name)).toBe(false);
    }
  });
});

describe('ROLE_NOUN', () => {
  it('passes every leading job title LEADING_ROLE cuts', () => {
    for (const t of ['Senior Editor Jane Doe', 'Staff Writer John Roe', 'Digital Security Expert Jane Doe', 'Chief Correspondents Jane Doe']) {
      expect(LEADING_ROLE.test(t), t).toBe(true);
      expect(ROLE_NOUN.test(t), t).toBe(true);
    }
  });
});

describe('mayHoldDate', () => {
  it('passes every date normalizeDate reads', () => {
    const dates = ['2025-03-05', '2025/03/05', '2025年3月5日', '13.03.25', '13. 3. 2025', '13/03/2025', 'ngày 12 tháng 3 năm 2025', '2023 Jan 7',
      '5 March 2025', '5-Mar-2025', 'March 5, 2025', '5 มี.ค. 68', '١٢ مارس ٢٠٢٥', '۱۴ اسفند ۱۴۰۳', '০৫ মার্চ ২০২৫', '1741132800'];
    for (const d of dates) {
      expect(normalizeDate(d, NOW), d).not.toBeNull();
      expect(mayHoldDate(d), d).toBe(true);
    }
  });

  it('fails text without two digits in a row, where normalizeDate finds nothing', () => {
    for (const t of ['Posted by Jane Doe', 'March 5', 'Page 1 of 3']) {
      expect(mayHoldDate(t)).toBe(false);
      expect(normalizeDate(t, NOW)).toBeNull();
    }
  });
});
