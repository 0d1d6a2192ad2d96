// Class words: read from class and id, and answers about them remembered per word.
import { describe, expect, it } from 'vitest';
import { memoByToken, someClassWord } from '../../../src/article/class-tokens';
import { page } from './helpers';

describe('someClassWord', () => {
  it('reads class and id words, without empty ones', () => {
    const d = page('<div id="main-share" class=" story  lead ">x</div><p class="share-bar">y</p><p>z</p><span class="">w</span>');
    const asked: string[] = [];
    const shares = someClassWord((t) => (asked.push(t), t.startsWith('share') || t.endsWith('-share')));
    expect(Array.from(d.querySelectorAll('div, p, span')).map(shares)).toEqual([true, true, false, false]);
    expect(asked).not.toContain('');
  });

  it('splits each distinct attribute value once', () => {
    const d = page('<p class="a b">1</p><p class="a b">2</p><p class="c">3</p>');
    const asked: string[] = [];
    const isB = someClassWord((t) => (asked.push(t), t === 'b'));
    expect(Array.from(d.querySelectorAll('p')).map(isB)).toEqual([true, true, false]);
    expect(asked).toEqual(['a', 'b', 'c']);
  });
});

describe('memoByToken', () => {
  it('asks the test once per word and gives its answers back', () => {
    const asked: string[] = [];
    const isShare = memoByToken((t) => (asked.push(t), t.startsWith('share')));
    expect(['share-bar', 'story', 'share-bar', 'story'].map(isShare)).toEqual([true, false, true, false]);
    expect(asked).toEqual(['share-bar', 'story']);
  });
});
