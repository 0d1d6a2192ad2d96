// Which source names the writer when several disagree, and the clean-up of names from each source.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline, `head` in <head> and `extra` after the article. */
function story(header: string, head = '', extra = '', lang = 'en'): Document {
  return page(`<!doctype html><html lang="${lang}"><head>${head}</head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article>${extra}</body></html>`);
}

const ldScript = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

describe('author clean-up', () => {
  it('ends the list of writers at an editor or reviewer', () => {
    expect(cleanAuthors(['The Team, edited by Walter'])).toEqual(['The Team']);
    expect(cleanAuthors(['Jane Doe and reviewed by John Roe'])).toEqual(['Jane Doe']);
  });

  it('cuts more job titles after a name', () => {
    expect(cleanAuthors(['Nicole Forbes, Master Horticulturalist & Garden Educator'])).toEqual(['Nicole Forbes']);
    expect(cleanAuthors(['Jane Doe, Family Physician'])).toEqual(['Jane Doe']);
  });

  it('keeps digits in names from metadata, but never a year or a number alone', () => {
    expect(cleanAuthors(['98 Buck Social'])).toEqual([]);
    expect(cleanAuthors(['98 Buck Social'], { digits: true })).toEqual(['98 Buck Social']);
    expect(cleanAuthors(['262588213843476', 'Jane Doe 2025'], { digits: true })).toEqual([]);
  });
});

describe('author sources', () => {
  it('takes the byline shown under the headline over a meta author who is someone else', () => {
    const d = detectArticle(story('<p>By Charles Patterson, Columnist</p>', '<meta name="author" content="Josh Katzowitz">'));
    expect(d.byline).toBe('Charles Patterson');
  });

  it('keeps the metadata names when the shown byline runs into a job title', () => {
    const ld = { '@type': 'Article', headline: 'Council approves budget', author: { '@type': 'Person', name: 'Catherine Boeckmann' } };
    const d = detectArticle(story('<div><span>Written By:</span><div>Catherine Boeckmann Executive Digital Editor and Master Gardener</div></div>', ldScript(ld)));
    expect(d.byline).toBe('Catherine Boeckmann');
  });

  it('keeps the metadata names when the shown byline is one of them', () => {
    const d = detectArticle(story('<p>By Jane Doe</p>', '<meta name="author" content="Jane Doe, John Roe">'));
    expect(d.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads a meta author whose name holds digits', () => {
    expect(detectArticle(story('', '<meta name="author" content="98 Buck Social">')).byline).toBe('98 Buck Social');
  });

  it('drops the JSON-LD publisher named beside the writers', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Council approves budget', author: { '@type': 'Person', name: 'Jane Doe and John Roe, The Gazette' }, publisher: { '@type': 'Organization', name: 'The Gazette' } };
    const d = detectArticle(story('', `<meta property="og:site_name" content="Daily Gazette">${ldScript(ld)}`));
    expect(d.byline).toBe('Jane Doe and John Roe');
  });

  it('keeps a blogger who is also the JSON-LD publisher', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves budget', author: { '@type': 'Person', name: 'Jane Doe' }, publisher: { '@type': 'Person', name: 'Jane Doe' } };
    const d = detectArticle(story('<div class="byline">Other Person</div>', `<meta property="og:site_name" content="Notes">${ldScript(ld)}`));
    expect(d.byline).toBe('Jane Doe');
  });

  it('passes over the outlet listed first among the writers', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves budget', author: { '@type': 'Organization', name: 'Corti' } };
    const d = detectArticle(story('<div class="post_author-name">Corti</div><div class="post_author-name">Joakim Edin</div>', `<meta property="og:site_name" content="Corti">${ldScript(ld)}`));
    expect(d.byline).toBe('Joakim Edin');
  });

  it('reads a microdata author name that is not shaped like a person', () => {
    const d = detectArticle(story('<span>By <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ask the Doctors</span></span></span>'));
    expect(d.byline).toBe('Ask the Doctors');
    expect(detectArticle(story('<span itemprop="author">cityclinic</span>')).byline).toBeNull();
  });

  it('reads byline markup in an aside of the article (a meta column), not in a related-stories list', () => {
    expect(detectArticle(story('<aside><address><a rel="author" href="/profile/adam-roberts">Adam Roberts</a></address></aside>')).byline).toBe('Adam Roberts');
  });

  it('does not take commenters or teaser cards in byline markup for the writer', () => {
    const comments = '<div class="wp-block-comments"><div class="wp-block-comment-author-name">Laura Reader</div></div>';
    const cards = '<div class="blog-post__related-articles"><div class="card__top-byline"><span class="byline__tag">Lifestyle</span></div></div>';
    expect(detectArticle(story('', '', comments + cards)).byline).toBeNull();
  });

  it('reads "Staff" or "Anonymous" from metadata only when nothing names anyone', () => {
    expect(detectArticle(story('', '<meta property="article:author" content="Anonymous">')).byline).toBe('Anonymous');
    expect(detectArticle(story('<p>By Jane Doe</p>', '<meta name="author" content="Staff">')).byline).toBe('Jane Doe');
  });

  it('reads a note saying who wrote the post when nothing else names anyone', () => {
    const d = detectArticle(story('', '', '<p><em>This post was written by <a href="/dr">Vanessa Mendez, MD</a>, gastroenterologist, Parkview Health.</em></p>'));
    expect(d.byline).toBe('Vanessa Mendez');
  });

  it('does not read another language\'s byline word on an English page', () => {
    const menu = '<div class="drawer"><a href="/collections/door-straps">Door Straps</a></div>';
    expect(detectArticle(story('', '', menu)).byline).toBeNull();
    expect(detectArticle(story('', '', '<p>Door Jan Jansen</p>', 'nl')).byline).toBe('Jan Jansen');
  });
});
