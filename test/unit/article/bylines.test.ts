import { describe, expect, it } from 'vitest';
import { cleanAuthors, formatByline } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` right under its headline and no author metadata. */
function story(header: string, head = ''): Document {
  return page(`<!doctype html><html><head>${head}</head><body><nav><a href="/">Home</a></nav><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article>
    <aside class="related"><div class="author">Other Writer</div></aside></body></html>`);
}

describe('byline cleaning', () => {
  it('cuts roles, credentials and bullet-separated tails', () => {
    expect(cleanAuthors(['By Matthew Richardson ⋅ Review Editor ⋅ Updated November 18, 2025'])).toEqual(['Matthew Richardson']);
    expect(cleanAuthors(['Jane Doe, Tech Writer'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Shelby Loos, DVM'])).toEqual(['Shelby Loos']);
    expect(cleanAuthors(['Genevieve Carlton, Ph.D.'])).toEqual(['Genevieve Carlton']);
    expect(cleanAuthors(['Rebecca Lake, CEPF®'])).toEqual(['Rebecca Lake']);
    expect(cleanAuthors(['Benjamin Johnson, Sr. Director of Operations'])).toEqual(['Benjamin Johnson']);
    expect(cleanAuthors(['Sofia Gonzalez December 2'])).toEqual(['Sofia Gonzalez']);
    expect(cleanAuthors(['Jane Doe, Ma Li'])).toEqual(['Jane Doe', 'Ma Li']);
    expect(cleanAuthors(['Jeffrey A. Slotnick CPP, PSP'])).toEqual(['Jeffrey A. Slotnick CPP']);
    expect(cleanAuthors(['Meaghan Weeden ● December 23'])).toEqual(['Meaghan Weeden']);
    expect(cleanAuthors(['Manoj Jain and Jagpreet Chhatwal | Guest Columnists'])).toEqual(['Manoj Jain', 'Jagpreet Chhatwal']);
  });

  it('reads "By" run into the name by markup, but keeps names that start with "By"', () => {
    expect(cleanAuthors(['ByTrevor Jones'])).toEqual(['Trevor Jones']);
    expect(cleanAuthors(['Byron Katie'])).toEqual(['Byron Katie']);
  });

  it('keeps the name-shaped start of a byline run on into a link label', () => {
    expect(cleanAuthors(['By A. J. Neal View In Digital Edition'])).toEqual(['A. J. Neal']);
  });

  it('refuses labels, dates and category teasers', () => {
    expect(cleanAuthors(['Researched by'])).toEqual([]);
    expect(cleanAuthors(['Updated March 13'])).toEqual([]);
  });

  it('formats several names as a reader writes them', () => {
    expect(formatByline([])).toBeNull();
    expect(formatByline(['Jane Doe'])).toBe('Jane Doe');
    expect(formatByline(['Jane Doe', 'John Roe'])).toBe('Jane Doe and John Roe');
    expect(formatByline(['A B', 'C D', 'E F'])).toBe('A B, C D and E F');
  });
});

describe('visible bylines without metadata', () => {
  it('reads a name line beside the post date', () => {
    expect(detectArticle(story('<p class="meta">Andrew Gerrand<br>4 August 2010</p>')).authors).toEqual(['Andrew Gerrand']);
  });

  it('reads "Name in Section" beside the post date', () => {
    expect(detectArticle(story('<div><p>John Crenshaw in SEO</p><p>Dec 10, 2024</p></div>')).authors).toEqual(['John Crenshaw']);
  });

  it('reads a name line above a job title', () => {
    expect(detectArticle(story('<div><div>Juliette Carreiro</div><div>Tech Writer</div></div>')).authors).toEqual(['Juliette Carreiro']);
  });

  it('reads "Name | Role | Date" on one line', () => {
    expect(detectArticle(story('<p>Aaron Ricadela | Senior Writer | July 2, 2025</p>')).authors).toEqual(['Aaron Ricadela']);
  });

  it('reads "Date • Name in Section" on one line', () => {
    expect(detectArticle(story('<p>Dec 26, 2025 <span>•</span> Mahua Das in <a href="/c/pm">Project Management</a></p>')).authors).toEqual(['Mahua Das']);
  });

  it('does not take a one-word label beside a date for a name', () => {
    expect(detectArticle(story('<p>December 18, 2025 · 3 min read</p><h2>Motivation</h2>')).authors).toEqual([]);
  });

  it('does not take a kicker above the headline for a name', () => {
    const doc = page(`<!doctype html><html><body><article><div>Patient Recruitment</div><div>August 28, 2025</div><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}</div></article></body></html>`);
    expect(detectArticle(doc).authors).toEqual([]);
  });

  it('reads the first author container after the headline, not a bio or teaser elsewhere', () => {
    const doc = story('<div class="post_author"><img alt=""><div>Oleg Parashchak</div><span>Jul 18, 2025</span></div>');
    expect(detectArticle(doc).authors).toEqual(['Oleg Parashchak']);
  });

  it('reads an hCard author and a link to the writer\'s page', () => {
    expect(detectArticle(story('<span class="author vcard"><a class="url fn n" href="/about/">Trevor Jones</a></span>')).authors).toEqual(['Trevor Jones']);
    expect(detectArticle(story('<a href="/author/zach-lezberg/"><span>Zach Lezberg</span></a>')).authors).toEqual(['Zach Lezberg']);
  });

  it('does not take a teaser\'s category in byline markup for a name', () => {
    expect(detectArticle(story('<div class="byline">Personal finance January 31, 2025</div>')).authors).toEqual([]);
  });

  it('ignores comment authors', () => {
    expect(detectArticle(story('<div class="comment-author">Some Commenter</div>')).authors).toEqual([]);
  });

  it('reads "Written by" from Twitter card labels', () => {
    const d = detectArticle(story('', '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Nawaz Dhandala">'));
    expect(d.authors).toEqual(['Nawaz Dhandala']);
  });

  it('leaves the outlet out of a JSON-LD author string that names it beside the writers', () => {
    const ld = { '@type': 'NewsArticle', headline: 'Council approves budget', author: { '@type': 'Person', name: 'Manoj Jain and Jagpreet Chhatwal, The Daily' } };
    const d = detectArticle(story('', `<meta property="og:site_name" content="The Daily"><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(d.byline).toBe('Manoj Jain and Jagpreet Chhatwal');
  });
});

describe('labelled bylines away from the headline', () => {
  /** A story whose only byline is `footer`, after the story text. */
  function late(footer: string, extra = ''): Document {
    return page(`<!doctype html><html><head></head><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(6)}</div>${footer}</article>${extra}</body></html>`);
  }

  it('reads "Posted by" under the story, without the date and section after the name', () => {
    expect(detectArticle(late('<footer><p>Posted by <a href="/about">Colin Watson</a> on 2025-12-18 in news. Tags: budget, council.</p></footer>')).byline).toBe('Colin Watson');
    expect(detectArticle(late('<div><span class="posted">Posted by David at December 16, 2025 11:15 AM</span></div>')).byline).toBe('David');
  });

  it('keeps the names of an "Authors:" line and drops the role after them', () => {
    expect(detectArticle(late('<section><p>Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators</p></section>')).byline).toBe('Julie Weisenhorn and Natalie Hoidal');
  });

  it('ignores labelled names in comments and sidebars', () => {
    const d = detectArticle(late('', '<div class="comments"><p>Posted by Ann Reader at 10:02</p></div><aside><p>Written by Other Writer</p></aside>'));
    expect(d.byline).toBeNull();
  });

  it('finds the byline beside a metadata title shown as an h2 under a logo h1', () => {
    const d = page(`<!doctype html><html><head><meta property="og:title" content="The lean startup"></head><body><header><h1><a href="/">Lessons Learned</a></h1></header>
      <main><h2>The lean startup</h2><div class="meta"><span>Jane Roe</span><time datetime="2025-09-08">September 8, 2025</time></div>${storyParagraphs(6)}</main></body></html>`);
    expect(detectArticle(d).byline).toBe('Jane Roe');
  });

  it('reads a byline block of several lines on its first line that names someone, not run together', () => {
    const bio = '<div class="post-author-bio"><p>Hanna Lindqvist</p><p>Hanna Lindqvist writes about rivers and towns.</p></div>';
    expect(detectArticle(story(bio)).authors).toEqual(['Hanna Lindqvist']);
    const role = '<div class="post-author"><p>Matt Check</p><p>Head Winemaker, Co-Founder</p></div>';
    expect(detectArticle(story(role)).authors).toEqual(['Matt Check']);
  });
});
