import { describe, expect, it } from 'vitest';
import { baseUrlOf } from '../../../src/article/base-url';
import { collectHints } from '../../../src/article/markup-hints';
import { page } from './helpers';

/** The base URL from the hints walk's <base>, beside the document's own. */
function both(html: string, url?: string): [string, string] {
  const doc = page(html, url);
  return [baseUrlOf(doc, collectHints(doc).tags!.base), doc.baseURI];
}

describe('baseUrlOf', () => {
  it('is the document address without a <base href>', () => {
    const [ours, theirs] = both('<head><base target="_blank"></head><body><p>Hi</p></body>', 'https://example.org/a/b?x=1#top');
    expect(ours).toBe('https://example.org/a/b?x=1#top');
    expect(ours).toBe(theirs);
  });

  it('resolves the first <base href> against the address, wherever it sits', () => {
    for (const html of ['<head><base href="/blog/"></head>', '<head><base href="https://cdn.example.com/x/"><base href="/other/"></head>', '<body><p>x</p><base href="../up/"></body>', '<head><base href=""></head>']) {
      const [ours, theirs] = both(html);
      expect(ours).toBe(theirs);
    }
    expect(both('<head><base href="/blog/"></head>')[0]).toBe('https://news.example.org/blog/');
  });

  it('keeps the address when the <base href> does not parse', () => {
    const [ours, theirs] = both('<head><base href="http://exa mple.com:99999/"></head>');
    expect(ours).toBe('https://news.example.org/2025/04/04/story');
    expect(ours).toBe(theirs);
  });

  it('asks the document when the walk did not find out', () => {
    expect(baseUrlOf(page('<head><base href="/blog/"></head>'), undefined)).toBe('https://news.example.org/blog/');
  });
});
