// Class words: read from class and id, and answers about them remembered per word.
import { describe, expect, it } from 'vitest';
import { classTokens, memoByToken } from '../../../src/article/class-tokens';
import { page } from './helpers';

describe('classTokens', () => {
  it('lists class and id words, without empty ones', () => {
    const d = page('<div id="main" class=" story  lead ">x</div><p>y</p>');
    expect(classTokens(d.querySelector('div')!)).toEqual(['story', 'lead', 'main']);
    expect(classTokens(d.querySelector('p')!)).toEqual([]);
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
