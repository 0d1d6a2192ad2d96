// The cheap checks run before big regexes (to spare compiling them on a cold page) must pass wherever the big regex matches:
// a check that is too strict would change answers.
import { describe, expect, it } from 'vitest';
import { BYLINE_NOISE, BYLINE_NOISE_HINT, LEADING_ROLE, ROLE_LINE, ROLE_LINE_PATTERN, ROLE_NOUN } from '../../../src/article/byline-rules';
import { mayHoldDate, normalizeDate } from '../../../src/article/dates';
import {
  AFFILIATE_DISCLOSURE, AFFILIATE_DISCLOSURE_HINT, CAPTION_CREDIT, CAPTION_CREDIT_HINT, LEGAL_NOTICE, LEGAL_NOTICE_HINT, LINK_PLEDGE, LINK_PLEDGE_HINT,
  SOCIAL_FOLLOW, SOCIAL_FOLLOW_HINT, STOCK_CREDIT_LINE, STOCK_CREDIT_LINE_HINT, WIDGET_LINE, WIDGET_LINE_HINT,
} from '../../../src/article/heuristics';

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

describe('ROLE_LINE', () => {
  it('passes every job line ROLE_LINE_PATTERN matches, as ROLE_NOUN does', () => {
    for (const t of ['Senior Writer', 'Tech Writer, Hardware', 'Staff Reporter', 'Contributing Editors', 'Food & Drink Editor', 'Registered Dietitian',
      'Chief Executive Officer, Acme Co-Founder', 'Correspondent']) {
      expect(ROLE_LINE_PATTERN.test(t), t).toBe(true);
      expect(ROLE_NOUN.test(t), t).toBe(true);
      expect(ROLE_LINE.test(t), t).toBe(true);
    }
  });

  it('fails a name, as the pattern does', () => {
    for (const t of ['Jane Doe', 'The Harbour Tonight']) expect(ROLE_LINE.test(t) || ROLE_LINE_PATTERN.test(t)).toBe(false);
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

describe('furniture lines\' hints', () => {
  // Each big pattern with lines it matches (one or more for each of its forms): its hint must pass them all.
  const cases: [string, RegExp, RegExp, string[]][] = [
    ['LEGAL_NOTICE', LEGAL_NOTICE, LEGAL_NOTICE_HINT, [
      'This article is for informational purposes only.', 'For general information and educational purposes only.',
      'The content does not constitute financial advice.', 'It is not intended to be a substitute for professional advice.',
      'This is not meant as legal advice.', 'Past performance is not a guarantee of future results.', 'Past performance does not indicate future returns.',
    ]],
    ['STOCK_CREDIT_LINE', STOCK_CREDIT_LINE, STOCK_CREDIT_LINE_HINT, [
      'Getty Images', 'Photo: Shutterstock', 'Image credit: © Jane Doe / iStockphoto', 'Photos used under license from Alamy.com', 'Adobe Stock',
      'GettyImages + Jane Doe', 'Jane Doe via Getty Images',
    ]],
    ['AFFILIATE_DISCLOSURE', AFFILIATE_DISCLOSURE, AFFILIATE_DISCLOSURE_HINT, [
      'We may earn a commission from links on this page.', 'I earn a small commission if you buy.', 'This post contains affiliate links.',
      'Some posts may contain affiliate links.', 'We may get a small kickback.', 'Affiliate links were used in this post.',
      'Example Co may receive commissions on orders placed through its links.', 'Buying from us earns us a commission.',
    ]],
    ['LINK_PLEDGE', LINK_PLEDGE, LINK_PLEDGE_HINT, [
      'We independently test everything we recommend.', 'We independently review all products.', 'Buying through links on our site supports our work.',
      'When you buy via the link, helps our journalism.', 'Buying from our links helps the site.', 'Buy via links on this page supports our journalism.',
    ]],
    ['WIDGET_LINE', WIDGET_LINE, WIDGET_LINE_HINT, [
      'Your browser does not support the video tag.', 'This video requires JavaScript.', 'Press enter or click to view image in full size',
      'Loading the video player…', 'Thanks for signing up!', 'Thank you for subscribing to The Daily!', 'Thank you! Your submission has been received!',
      'Oops! Something went wrong while submitting the form.', 'Please check your inbox to confirm.', 'Thank you, please check your inbox.',
      'There was an error with your submission. Please try again.', 'Cook Mode', 'Bake mode', 'Prevent your screen from going dark',
      'Add The Daily Planet as a preferred source on Google', 'Add as a trusted source',
    ]],
    ['SOCIAL_FOLLOW', SOCIAL_FOLLOW, SOCIAL_FOLLOW_HINT, [
      'Follow us on Instagram and Facebook', 'Let\'s connect on LinkedIn!', 'Join us on social media', 'Stay connected with us:', 'Stay connected!',
      'You can also connect with me here', 'Twitter: @janedoe', 'Bluesky: jane.example',
    ]],
    ['CAPTION_CREDIT', CAPTION_CREDIT, CAPTION_CREDIT_HINT, [
      'The harbour at dawn, seen from the old pier. Photo: Jane Doe', 'A view of the square from the town hall. (Photo by Jane Doe)',
      'The harbour at dawn from the old pier photo by Jane Doe on Unsplash', 'The new bridge over the river at night. Illustration by: Jane Doe',
    ]],
  ];
  for (const [name, re, hint, lines] of cases) {
    it(`${name}'s hint passes every line ${name} matches`, () => {
      for (const line of lines) {
        expect(re.test(line), line).toBe(true);
        expect(hint.test(line), line).toBe(true);
      }
    });
  }

  it('fails plain prose, where the big patterns are then not compiled', () => {
    const prose = 'The council voted on Tuesday to widen the road through the old town.';
    for (const [, re, hint] of cases) {
      expect(re.test(prose)).toBe(false);
      expect(hint.test(prose)).toBe(false);
    }
  });
});
