// A quote that is a quotation from end to end is shown without marks of ours; any other quote gets them.
import { describe, expect, it } from 'vitest';
import { hasOwnQuoteMarks } from '../../../src/pages/shared/own-quote-marks';

describe('hasOwnQuoteMarks', () => {
  it('sees a highlighted speech in straight, curly, low-9 and guillemet marks', () => {
    expect(hasOwnQuoteMarks('"People have been asking for this since the last boat was sold for scrap,"')).toBe(true);
    expect(hasOwnQuoteMarks('“We will not wait another year.”')).toBe(true);
    expect(hasOwnQuoteMarks('„Das ist ein historischer Tag“')).toBe(true);
    expect(hasOwnQuoteMarks('« Nous avons gagné » ')).toBe(true);
    expect(hasOwnQuoteMarks('「今日は歴史的な日だ」')).toBe(true);
  });

  it('allows the sentence punctuation swept up after the closing mark', () => {
    expect(hasOwnQuoteMarks('“It works”.')).toBe(true);
  });

  it('leaves quotes that only contain or only start with a quotation', () => {
    expect(hasOwnQuoteMarks('The mayor said "no" to the plan')).toBe(false);
    expect(hasOwnQuoteMarks('"No," said the mayor')).toBe(false);
    expect(hasOwnQuoteMarks('said the mayor: "no"')).toBe(false);
    expect(hasOwnQuoteMarks('"')).toBe(false);
    expect(hasOwnQuoteMarks('')).toBe(false);
  });
});
