// Names on a story page that are not its writer's: page furniture shaped like a name ("No Comments", "Key Highlights"),
// photo credits, copyright lines, and the bylines of comments, sidebars and lists of other stories.
import { describe, expect, it } from 'vitest';
import { nameShaped } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** The byline of a page: `header` under the headline, `after` after the story inside <article>, `beside` after the article. */
function byline(header: string, after = '', beside = ''): string | null {
  const d = page(`<!doctype html><html lang="en"><body><main><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div>${after}</article>${beside}</main></body></html>`);
  return detectArticle(d).byline;
}

describe('page furniture shaped like a name', () => {
  it('is not a name', () => {
    for (const s of ['No Comments', 'Key Highlights', 'Table of Contents', 'Privacy Policy', 'Getty Images', 'Photo Illustration']) expect(nameShaped(s)).toBe(false);
    expect(nameShaped('Jane Doe')).toBe(true);
  });

  it('is not read as a lone name beside the date or reading time', () => {
    expect(byline('<p>March 3, 2025</p><p>No Comments</p>')).toBeNull();
    expect(byline('<p>5 min read</p><p>Key Highlights</p>')).toBeNull();
    expect(byline('<figure><img src="a.jpg"><figcaption>Getty Images</figcaption></figure><p>March 3, 2025</p>')).toBeNull();
  });

  it('leaves the real lone name beside the date', () => {
    expect(byline('<p>Jane Doe</p><p>March 3, 2025</p>')).toBe('Jane Doe');
  });
});

describe('a copyright line', () => {
  it('names no writer, even in a byline-classed list', () => {
    expect(byline('', '', '<footer><ul class="site-byline"><li>© 2026 Gazette. Terms &amp; Conditions Privacy Policy</li></ul></footer>')).toBeNull();
  });
});

describe('bylines of other people near a short story', () => {
  it('skips the page footer\'s credit', () => {
    expect(byline('', '', '<footer><div class="byline">John Roe</div></footer>')).toBeNull();
  });

  it('keeps the story\'s byline in an aside beside its text', () => {
    const d = page(`<!doctype html><html lang="en"><body><main><h1>Council approves budget</h1><aside class="side-col"><p class="meta">Written By Jane Doe, MD</p></aside><section>${storyParagraphs(6)}</section></main></body></html>`);
    expect(detectArticle(d).byline).toBe('Jane Doe');
  });

  it('skips a list of popular or recommended stories', () => {
    expect(byline('', '', '<div class="popular-posts"><span class="byline">By John Roe</span></div>')).toBeNull();
    expect(byline('', '', '<section class="read-next"><p>By John Roe</p></section>')).toBeNull();
  });

  it('skips a comment list under the story', () => {
    expect(byline('', '<ol class="commentlist"><li><div>Posted by Bob Smith</div><p>Great!</p></li></ol>')).toBeNull();
  });

  it('keeps the byline in the article\'s own footer', () => {
    expect(byline('', '<footer><span class="byline">By Jane Doe</span></footer>')).toBe('Jane Doe');
  });
});

describe('byline markup read in more places', () => {
  it('reads a contributor class', () => {
    expect(byline('<div class="article-contributor"><a href="/p/jane">Jane Doe</a></div>')).toBe('Jane Doe');
  });

  it('reads test hooks of script-built pages', () => {
    expect(byline('<span data-qa="author-name">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<div data-testid="byline"><a href="/x/jane">Jane Doe</a></div>')).toBe('Jane Doe');
  });

  it('follows a JSON-LD author that carries an @id but no name to its Person node', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', headline: 'Council approves budget', author: { '@type': 'Person', '@id': '#jane', url: 'https://news.example.org/author/jane' } },
      { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
    ] };
    const d = page(`<!doctype html><html lang="en"><head><script type="application/ld+json">${JSON.stringify(graph)}</script></head><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}</div></article></body></html>`);
    expect(detectArticle(d).byline).toBe('Jane Doe');
  });
});
