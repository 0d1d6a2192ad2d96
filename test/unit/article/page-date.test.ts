import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story with no date in its head, header or URL, and `after` below the story (beyond the lines read around the headline). */
function story(after: string): Document {
  return page(`<!doctype html><html><head><title>Planting a spring garden</title></head><body><main><h1>Planting a spring garden</h1><div class="story">${storyParagraphs(40, 'the garden')}</div>${after}</main><footer><p>© 2025 Garden Club</p></footer></body></html>`, 'https://garden.example.org/spring-garden');
}

describe('a publication label away from the header', () => {
  it('gives the date when the page has no other', () => {
    expect(detectArticle(story('<div class="meta"><span>Published On: 15 August 2025</span></div>')).publishedTime).toBe('2025-08-15');
    expect(detectArticle(story('<p>Posted on</p><p>March 3, 2021</p>')).publishedTime).toBe('2021-03-03');
  });

  it('gives the date on the line after the story\'s byline at its end ("Written by" / date)', () => {
    expect(detectArticle(story('<div><p>Written by <a href="/team/ana">Ana Lima and Rui Costa</a></p><p>April 8, 2024</p></div>')).publishedTime).toBe('2024-04-08');
    expect(detectArticle(story('<p>Interview by Sylvia Bishop</p><p>December 3, 2025. <i>Updated: December 7, 2025</i></p>')).publishedTime).toBe('2025-12-03');
    // Bylines dated on different days are teasers': none of them is the story's.
    expect(detectArticle(story('<p>By Ana Lima</p><p>April 8, 2024</p><p>By Rui Costa</p><p>May 2, 2024</p>')).publishedTime).toBeNull();
    // Only an update after the byline: no publication date.
    expect(detectArticle(story('<p>By Ana Lima</p><p>Updated April 8, 2024</p>')).publishedTime).toBeNull();
  });

  it('gives none when labels name different days (teasers, comments) or only an update is labelled', () => {
    expect(detectArticle(story('<ul><li>Published: May 2, 2025</li><li>Published: June 9, 2025</li></ul>')).publishedTime).toBeNull();
    expect(detectArticle(story('<p>Last updated: May 2, 2025</p>')).publishedTime).toBeNull();
  });

  it('does not read a commenter\'s or a teaser\'s label as the story\'s', () => {
    expect(detectArticle(story('<section id="comments"><div class="comment-body">Ana says: Posted March 3, 2025</div></section>')).publishedTime).toBeNull();
    expect(detectArticle(story('<div class="related-posts"><p>Published: May 2, 2025</p></div>')).publishedTime).toBeNull();
    // A taxonomy class naming the story's own tag ("tag-related-news") does not hide the story's label.
    expect(detectArticle(story('<div class="meta tag-related-news"><span>Published On: 15 August 2025</span></div>')).publishedTime).toBe('2025-08-15');
  });

  it('does not override the date the header shows', () => {
    const doc = page(`<!doctype html><html><head></head><body><article><h1>Planting a spring garden</h1><p>April 4, 2025</p><div class="story">${storyParagraphs(40, 'the garden')}</div><p>Published: May 2, 2020</p></article></body></html>`, 'https://garden.example.org/spring-garden');
    expect(detectArticle(doc).publishedTime).toBe('2025-04-04');
  });
});

/** A blog post whose date header sits above the post's own block (beyond the lines read around the headline), at `url`. */
function blogPost(dateHeaders: string, url: string): Document {
  return page(`<!doctype html><html><head><title>The lean startup</title></head><body><div class="blog-posts">${dateHeaders}<div class="post-outer"><div class="post"><div class="post-header"><div class="wrap"><h1>The lean startup</h1></div></div><div class="post-body">${storyParagraphs(40, 'the startup')}</div></div></div></div></body></html>`, url);
}

describe('the date of the month the URL names', () => {
  it('gives the one day of that month the page shows', () => {
    expect(detectArticle(blogPost('<h2 class="date-header"><span>Monday, September 8, 2008</span></h2>', 'https://blog.example.org/2008/09/lean-startup.html')).publishedTime).toBe('2008-09-08');
  });

  it('gives none when the page shows several days of that month, or only days of other months', () => {
    const two = '<h2 class="date-header">September 8, 2008</h2><h2 class="date-header">September 12, 2008</h2>';
    expect(detectArticle(blogPost(two, 'https://blog.example.org/2008/09/lean-startup.html')).publishedTime).toBeNull();
    expect(detectArticle(blogPost('<h2 class="date-header">October 2, 2008</h2>', 'https://blog.example.org/2008/09/lean-startup.html')).publishedTime).toBeNull();
    // Without a month in the URL the unlabelled date far from the headline is not read.
    expect(detectArticle(blogPost('<h2 class="date-header">September 8, 2008</h2>', 'https://blog.example.org/lean-startup.html')).publishedTime).toBeNull();
  });
});

describe('a declared publication that is only the last save', () => {
  /** A story whose JSON-LD declares `published` and `modified`, with `after` below the story. */
  const restamped = (published: string, modified: string, after: string): Document =>
    page(`<!doctype html><html><head><title>Free accounting tools</title><script type="application/ld+json">{"@type":"Article","headline":"Free accounting tools","datePublished":"${published}","dateModified":"${modified}"}</script></head><body><main><h1>Free accounting tools</h1><div class="story">${storyParagraphs(40, 'the books')}</div>${after}</main></body></html>`, 'https://biz.example.org/free-accounting-tools');

  it('gives way to an earlier publication label on the page when it equals the modification to the second', () => {
    expect(detectArticle(restamped('2025-11-29T12:28:31-05:00', '2025-11-29T12:28:31-05:00', '<div>Published <time datetime="2025-08-13">August 13, 2025</time></div>')).publishedTime).toBe('2025-08-13');
  });

  it('stands when it differs from the modification, when only days are declared, or when the label is not earlier', () => {
    expect(detectArticle(restamped('2025-11-28T12:28:31-05:00', '2025-11-29T12:28:31-05:00', '<p>Published August 13, 2025</p>')).publishedTime).toBe('2025-11-28T12:28:31-05:00');
    expect(detectArticle(restamped('2025-11-29', '2025-11-29', '<p>Published August 13, 2025</p>')).publishedTime).toBe('2025-11-29');
    expect(detectArticle(restamped('2025-11-29T12:28:31-05:00', '2025-11-29T12:28:31-05:00', '<p>Published December 13, 2025</p>')).publishedTime).toBe('2025-11-29T12:28:31-05:00');
  });
});
