import { describe, expect, it } from 'vitest';
import { isHomePage } from '../../../src/url/home-page';

describe('isHomePage', () => {
  it("is the site's root, its index file, and the root reached through a tracked link", () => {
    for (const url of ['https://news.example.org/', 'https://news.example.org', 'https://news.example.org/index.html', 'https://news.example.org/?utm_source=ad&fbclid=x']) {
      expect(isHomePage(new URL(url))).toBe(true);
    }
  });

  it('is not a story, a section, or a root that names a post in its query', () => {
    for (const url of ['https://news.example.org/2025/03/story', 'https://news.example.org/news/', 'https://news.example.org/?p=123', 'https://news.example.org/index.html?page=2']) {
      expect(isHomePage(new URL(url))).toBe(false);
    }
  });
});
