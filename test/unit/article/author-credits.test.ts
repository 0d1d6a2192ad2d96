// Bylines that name no person directly: the outlet, a team, a reviewer, a job title before the name.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline, `head` in <head> and `after` after the story's text. */
function story(header: string, head = '', after = ''): Document {
  return page(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}${after}</div></article></body></html>`);
}

const site = (name: string): string => `<meta property="og:site_name" content="${name}">`;

describe('job titles before a name', () => {
  it('cuts a title written before a name of two or more words', () => {
    expect(cleanAuthors(['Senior Editor Jane Doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Gazette Editor Jane Doe'])).toEqual(['Jane Doe']);
  });

  it('keeps a title that stands alone or a name that is one word', () => {
    expect(cleanAuthors(['Editor Jane'])).toEqual(['Editor Jane']);
    expect(cleanAuthors(['Jane Doe'])).toEqual(['Jane Doe']);
  });
});

describe('the outlet as a byline', () => {
  it('takes the reviewer when only the outlet is shown as the writer', () => {
    const d = detectArticle(story('<div class="author-link"><p>Acme Beds</p><p>Reviewed by <a href="/r/jd">Jane Doe</a></p></div>', site('Acme Beds')));
    expect(d.byline).toBe('Jane Doe');
  });

  it('takes a reviewer credited in a sentence when no writer is named', () => {
    const d = detectArticle(story('', '', '<p>This article was fact-checked and edited by Gazette Editor <a href="/r/jd">Jane Doe</a>.</p>'));
    expect(d.byline).toBe('Jane Doe');
  });

  it('keeps the writer when one is named beside the reviewer', () => {
    const d = detectArticle(story('<p>By John Roe</p><p>Reviewed by Jane Doe</p>'));
    expect(d.byline).toBe('John Roe');
  });

  it('compares the outlet without spaces or case', () => {
    const d = detectArticle(story('<div class="byline">Written by <span class="author-link">HomeFixers</span></div><p>Reviewed by Jane Doe</p>', site('Home Fixers')));
    expect(d.byline).toBe('Jane Doe');
  });

  it('still names the outlet when nothing names a person', () => {
    const d = detectArticle(story('<div class="byline">Written by <span class="author-link">HomeFixers</span></div>', site('Home Fixers')));
    expect(d.byline).toBe('HomeFixers');
  });

  it('drops the outlet written beside a writer with a slash', () => {
    const d = detectArticle(story('<p class="wp-block-post-author__name">Laura / The Plant House</p>', site('THE PLANT HOUSE')));
    expect(d.byline).toBe('Laura');
  });
});

describe('a team as the byline', () => {
  it('takes a person named in a labelled byline after the story over a team', () => {
    const d = detectArticle(story('<a href="/author/team"><p>By Team Gazette</p></a>', '', '<p>Written by <a href="/jd">Jane Doe</a></p>'));
    expect(d.byline).toBe('Jane Doe');
  });

  it('keeps the team when the person is named under a teaser of another story', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>Council approves budget</h1><a href="/author/team"><p>By Team Gazette</p></a><div class="story">${storyParagraphs(6)}</div></article><div class="more"><h3>Another story</h3><p>By John Roe</p></div></body></html>`);
    expect(detectArticle(d).byline).toBe('Team Gazette');
  });

  it('keeps the team when no person is named', () => {
    const d = detectArticle(story('<a href="/author/team"><p>By Team Gazette</p></a>'));
    expect(d.byline).toBe('Team Gazette');
  });
});

describe("the writer's card", () => {
  const bare = (after: string, aside = ''): ReturnType<typeof detectArticle> =>
    detectArticle(page(`<!doctype html><html lang="en"><head></head><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}</div>${after}</article>${aside}</body></html>`));

  it('names the person of an author box after the story when no byline does', () => {
    const d = bare('<div class="blog_author-box"><img alt=""><div class="blog_author-text"><div>Jane Doe</div><p>Jane Doe is a growth marketer who writes about clinics.</p></div></div>');
    expect(d.byline).toBe('Jane Doe');
  });

  it('reads the name a bio under "About the author" starts with', () => {
    const d = bare('', '<div class="widget"><h2>About The Author</h2><p><strong>Jane Doe</strong> is an entrepreneur and the author of this blog.</p></div>');
    expect(d.byline).toBe('Jane Doe');
  });

  it('does not take a commenter card or a one-word label for a writer', () => {
    expect(bare('<div class="comment-author-box"><p>John Roe</p></div>').byline).toBeNull();
    expect(bare('<div class="author-bio"><p>Newsletter</p><p>Follow us</p></div>').byline).toBeNull();
  });

  it('lets a byline win over the card', () => {
    expect(bare('<div class="author-bio"><p>John Roe</p></div>', '').byline).toBe('John Roe');
    const d = detectArticle(page(`<!doctype html><html lang="en"><body><article><h1>Council approves budget</h1><p>By Jane Doe</p><div class="story">${storyParagraphs(6)}</div><div class="author-bio"><p>John Roe</p></div></article></body></html>`));
    expect(d.byline).toBe('Jane Doe');
  });
});
