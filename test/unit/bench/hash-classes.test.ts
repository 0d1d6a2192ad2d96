import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { hashClasses } from '../../../scripts/lib/hash-classes';

describe('hashClasses (bench-extract --hash-classes)', () => {
  it('replaces every class word and id with a hash, the same word with the same hash', () => {
    const doc = new JSDOM('<div class="comments  comment-list" id="comments"><p class="comment">Hi</p></div>').window.document;
    hashClasses(doc);
    const div = doc.querySelector('div')!;
    const words = div.getAttribute('class')!.split(' ');
    expect(words).toHaveLength(2);
    expect(div.outerHTML).not.toMatch(/comment/);
    expect(doc.querySelector('p')!.className).toMatch(/^x[0-9a-f]{6}$/);
    expect(doc.querySelector('p')!.className).not.toBe(words[1]);
    expect(div.id).toBe(hashedOf('comments'));
    expect(words[0]).toBe(hashedOf('comments'));
  });

  it('keeps the ids of a streaming render\'s placeholders, which pair its hidden content with its slot', () => {
    const doc = new JSDOM('<template id="B:0"></template><div hidden id="S:0"><p class="lede">Story</p></div>').window.document;
    hashClasses(doc);
    expect(doc.querySelector('template')!.id).toBe('B:0');
    expect(doc.querySelector('div')!.id).toBe('S:0');
  });
});

/** The hash hashClasses gives a word, read back from a one-element page. */
function hashedOf(word: string): string {
  const doc = new JSDOM(`<p class="${word}"></p>`).window.document;
  hashClasses(doc);
  return doc.querySelector('p')!.className;
}
