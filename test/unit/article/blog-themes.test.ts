// Blog themes' own ways of setting the byline and the date beside a post's headline (WordPress themes built on the
// Underscores starter, Genesis): what their markup holds that readers never see, and what it runs on after a name.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A post whose header holds `meta` under its headline, with no metadata in <head>. */
function post(meta: string): Document {
  return page(`<!doctype html><html lang="en"><head><title>Spring checklist</title></head><body><article class="post"><header class="entry-header"><h1 class="entry-title">Your spring garden checklist</h1><div class="entry-meta">${meta}</div></header><div class="entry-content">${storyParagraphs(6)}</div></article></body></html>`, 'https://greenpatch.example/spring-garden-checklist/');
}

describe('the update stamp a theme hides beside the publication', () => {
  it('is not the date: the theme\'s stylesheet shows the publication only', () => {
    const updatedFirst = '<span class="posted-on"><time class="updated" datetime="2025-03-14T09:12:00+00:00">March 14, 2025</time><time class="entry-date published" datetime="2025-03-12T10:00:00+00:00">March 12, 2025</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/hannah/">Hannah Whitfield</a></span></span>';
    expect(detectArticle(post(updatedFirst)).publishedTime?.slice(0, 10)).toBe('2025-03-12');
  });

  it('is still read where it stands alone, or is also the publication', () => {
    expect(detectArticle(post('<time class="updated" datetime="2025-03-14T09:12:00+00:00">March 14, 2025</time>')).publishedTime?.slice(0, 10)).toBe('2025-03-14');
    expect(detectArticle(post('<time class="entry-date published updated" datetime="2025-03-14T09:12:00+00:00">March 14, 2025</time>')).publishedTime?.slice(0, 10)).toBe('2025-03-14');
  });
});

describe('a comments link run on after the name', () => {
  it('is no part of it', () => {
    const genesis = '<p class="entry-meta"><time class="entry-time" datetime="2025-03-12T10:00:00+00:00">March 12, 2025</time> by <span class="entry-author"><a href="/author/hannah/" class="entry-author-link" rel="author"><span class="entry-author-name">Hannah Whitfield</span></a></span> <span class="entry-comments-link"><a href="#respond">Leave a Comment</a></span></p>';
    expect(detectArticle(post(genesis)).authors).toEqual(['Hannah Whitfield']);
    expect(cleanAuthors(['By Jane Doe 3 Comments'])).toEqual(['Jane Doe']);
  });
});
