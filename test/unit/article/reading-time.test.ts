import { describe, expect, it, vi } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { countText, imageSeconds, readingMinutes } from '../../../src/article/reading-time';
import { page } from './helpers';

describe('reading time', () => {
  it('counts words with Intl.Segmenter, ignoring punctuation', () => {
    expect(countText('Hello, world — it’s 2025!')).toEqual({ words: 4, chars: 0 });
    expect(countText('')).toEqual({ words: 0, chars: 0 });
  });

  it('makes no segmenter for an empty text (its first making is slow on a cold page)', async () => {
    vi.resetModules();
    const Real = Intl.Segmenter;
    let made = 0;
    const intl = Intl as { Segmenter: typeof Real };
    intl.Segmenter = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made++;
      }
    };
    try {
      const fresh = await import('../../../src/article/reading-time');
      expect(fresh.countText('')).toEqual({ words: 0, chars: 0 });
      expect(made).toBe(0);
      expect(fresh.countText('Hello world')).toEqual({ words: 2, chars: 0 });
      expect(made).toBe(1);
    } finally {
      intl.Segmenter = Real;
    }
  });

  it('counts Chinese and Japanese by characters', () => {
    expect(countText('我们今天去公园。').chars).toBe(7);
    expect(countText('東京は晴れです').chars).toBe(7);
    expect(countText('東京 Tokyo').words).toBe(1);
  });

  it('is 0 for no text and at least 1 minute for any text', () => {
    expect(readingMinutes({ words: 0, chars: 0 }, 0)).toBe(0);
    expect(readingMinutes({ words: 3, chars: 0 }, 0)).toBe(1);
  });

  it('reads 238 words a minute by default and takes another rate', () => {
    expect(readingMinutes({ words: 2380, chars: 0 }, 0)).toBe(10);
    expect(readingMinutes({ words: 2380, chars: 0 }, 0, 119)).toBe(20);
  });

  it('reads space-less scripts at their own rate', () => {
    expect(readingMinutes({ words: 0, chars: 2600 }, 0)).toBe(10);
  });

  it('adds 12 s for the first image, one less for each next, at least 3 s', () => {
    expect(imageSeconds(0)).toBe(0);
    expect(imageSeconds(1)).toBe(12);
    expect(imageSeconds(3)).toBe(12 + 11 + 10);
    expect(imageSeconds(12)).toBe(12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 3 + 3);
    expect(readingMinutes({ words: 238, chars: 0 }, 10)).toBe(2);
  });

  it('honours options.wordsPerMinute in detectArticle', () => {
    const text = Array.from({ length: 20 }, (_, i) => `<p>Sentence number ${i} has exactly a dozen words in it for the count, ok.</p>`).join('');
    const doc = page(`<body><article>${text}</article></body>`);
    const slow = detectArticle(doc, { wordsPerMinute: 20 });
    const fast = detectArticle(doc);
    expect(slow.wordCount).toBe(fast.wordCount);
    expect(slow.readingTimeMinutes).toBeGreaterThan(fast.readingTimeMinutes);
  });
});
