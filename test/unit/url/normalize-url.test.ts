import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../../src/url';

describe('normalizeUrl', () => {
  it('lower-cases the scheme and host but not the path', () => {
    expect(normalizeUrl('HTTPS://WWW.TheGuardian.COM/World/2024/May/01/Story')).toBe(
      'https://www.theguardian.com/World/2024/May/01/Story',
    );
  });

  it('drops the default port and keeps any other', () => {
    expect(normalizeUrl('https://example.com:443/a')).toBe('https://example.com/a');
    expect(normalizeUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normalizeUrl('http://localhost:8080/a')).toBe('http://localhost:8080/a');
  });

  it('drops the fragment, including an empty one', () => {
    expect(normalizeUrl('https://www.bbc.com/news/world-europe-68912345#comments')).toBe(
      'https://www.bbc.com/news/world-europe-68912345',
    );
    expect(normalizeUrl('https://example.com/story#')).toBe('https://example.com/story');
  });

  it('drops utm_* parameters in any case', () => {
    expect(
      normalizeUrl('https://www.nytimes.com/2024/05/01/world/europe/story.html?utm_source=newsletter&UTM_Medium=email'),
    ).toBe('https://www.nytimes.com/2024/05/01/world/europe/story.html');
  });

  it.each([
    ['fbclid=IwAR2xyz'],
    ['gclid=Cj0KCQjw'],
    ['dclid=CJ'],
    ['msclkid=abc123'],
    ['mc_cid=4f3e2d&mc_eid=a1b2c3'],
    ['igshid=MzRlODBiNWFlZA=='],
    ['ref_src=twsrc%5Etfw'],
    ['_ga=2.1234.5678'],
    ['yclid=987'],
    ['smid=nytcore-ios-share&smtyp=cur'],
    ['srsltid=AfmBOooaFqnALWWgcOlTqSgVGXZG-f7Bx9cX-CBE3znuOfnj2v50dPPo'],
    ['icid=hp_top_story&cm_sp=homepage-_-lead'],
  ])('drops the tracking parameters %s', (query) => {
    expect(normalizeUrl(`https://example.com/2024/story-slug?${query}`)).toBe('https://example.com/2024/story-slug');
  });

  it('keeps meaningful parameters and sorts them by name', () => {
    expect(normalizeUrl('https://example.com/article.php?page=2&id=12345&utm_campaign=x')).toBe(
      'https://example.com/article.php?id=12345&page=2',
    );
  });

  it('keeps the order of repeated parameters, which can matter', () => {
    expect(normalizeUrl('https://example.com/search?tag=b&q=x&tag=a')).toBe('https://example.com/search?q=x&tag=b&tag=a');
  });

  it('keeps a WordPress post id on the home path', () => {
    expect(normalizeUrl('https://blog.example.org/?p=4321&fbclid=x')).toBe('https://blog.example.org/?p=4321');
  });

  it('leaves no dangling question mark when every parameter was tracking', () => {
    expect(normalizeUrl('https://example.com/story?utm_source=x&&')).toBe('https://example.com/story');
  });

  it('drops credentials', () => {
    expect(normalizeUrl('https://user:secret@example.com/story')).toBe('https://example.com/story');
  });

  it('keeps the encoding of the values it keeps', () => {
    expect(normalizeUrl('https://example.com/s?q=caf%C3%A9+au+lait')).toBe('https://example.com/s?q=caf%C3%A9+au+lait');
  });

  it('is idempotent', () => {
    const once = normalizeUrl('HTTP://Example.com:80/a b?z=1&utm_source=x&a=%20#top');
    expect(normalizeUrl(once)).toBe(once);
  });

  it('returns a string that is not a URL trimmed and otherwise unchanged', () => {
    expect(normalizeUrl('  not a url ')).toBe('not a url');
  });
});
