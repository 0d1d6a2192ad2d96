import { describe, expect, it } from 'vitest';
import { latinWords } from '../../../src/article/latin-words';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
const segmenterWords = (s: string): number => [...segmenter.segment(s)].filter((x) => x.isWordLike).length;

/** Every character latinWords counts itself. */
const LATIN = Array.from({ length: 0x2030 }, (_, c) => String.fromCharCode(c)).filter((c) => latinWords(c) !== null);

describe('latinWords', () => {
  it('counts the words Intl.Segmenter finds', () => {
    expect(latinWords('Hello, world — it’s 2025!')).toBe(4);
    expect(latinWords('e.g. U.S.A. costs $3,000.50 on 1.5.2024, a.1 _ __')).toBe(9);
  });

  it('leaves text with other characters to the segmenter', () => {
    expect(latinWords('東京 Tokyo')).toBeNull();
    expect(latinWords('soft\u00adhyphen')).toBeNull();
  });

  it('agrees with Intl.Segmenter on every character it accepts, alone and between letters and digits', () => {
    expect(LATIN.length).toBeGreaterThan(500);
    const contexts = ['', 'a', '1', '_', 'é'].flatMap((l) => ['', 'b', '2', '_', 'ß'].map((r) => [l, r] as const));
    for (const c of LATIN) for (const [l, r] of contexts) expect([l + c + r, latinWords(l + c + r)]).toEqual([l + c + r, segmenterWords(l + c + r)]);
  });

  it('agrees with Intl.Segmenter on random strings of letters, digits and marks', () => {
    const alphabet = 'aZé1_9 .,;:\'’‘·-—"\n\t!?()ĳ¼²ª';
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: 1 + random(24) }, () => alphabet[random(alphabet.length)]).join('');
      expect([s, latinWords(s)]).toEqual([s, segmenterWords(s)]);
    }
  });
});
