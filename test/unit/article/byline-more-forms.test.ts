// Bylines written in more ways (a label over the name on its own line, a list of names beside the date, a writer "on behalf
// of" a group) and metadata too weak to trust over the page (a login, a template field, the domain's brand name).
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { visibleAuthors } from '../../../src/article/visible-byline';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline, `head` in <head> and `extra` after the article. */
function story(header: string, head = '', extra = '', url?: string): Document {
  return page(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Council approves the new budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article>${extra}</body></html>`, url);
}

const ldScript = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

describe('a byline label alone on its line', () => {
  it('names the writer on the next line, in a block after the story', () => {
    expect(detectArticle(story('<p>March 3, 2025</p>', '', '<section><h2>Article by</h2><div>Jane Doe</div></section>')).byline).toBe('Jane Doe');
    expect(detectArticle(story('', '', '<section><h2>Article written by:</h2><h3>Jane Doe, MD</h3></section>')).byline).toBe('Jane Doe');
  });

  it('names every writer listed under a plural label, in the story\'s details box beside it', () => {
    const box = '<aside class="details"><h6>Date</h6><p>November 2003</p><h6>Author(s)</h6><ul><li><a href="/lib?a=1">John A. Alic</a></li><li><a href="/lib?a=2">David C. Mowery</a></li></ul></aside>';
    expect(detectArticle(story('', '', box)).authors).toEqual(['John A. Alic', 'David C. Mowery']);
  });

  it('passes over an avatar\'s initials between the label and the name', () => {
    expect(detectArticle(story('', '', '<section><p>Author</p><div><span>CP</span></div><div><p>Chengcheng Pei</p><p>Staff Software Engineer</p></div></section>')).byline).toBe('Chengcheng Pei');
  });

  it('names no one when the next line is not a name', () => {
    expect(detectArticle(story('', '', '<section><h2>Article by</h2><p>the people who make this site, a long sentence of thanks to all of them and to you.</p></section>')).byline).toBeNull();
  });

  it('is not read in the page navigation', () => {
    expect(detectArticle(story('', '', '<nav><h2>Author</h2><div>Jane Doe</div></nav>')).byline).toBeNull();
  });
});

describe('an unlabelled name line beside the date', () => {
  it('reads a list of several writers', () => {
    expect(detectArticle(story('<p>Naftali Tishby, Fernando C. Pereira, William Bialek</p><p>24 Apr 2000 • 3 min read</p>')).authors).toEqual(['Naftali Tishby', 'Fernando C. Pereira', 'William Bialek']);
  });

  it('does not read a list that holds a word which is no name', () => {
    expect(detectArticle(story('<p>Budget, Council and Taxes</p><p>24 Apr 2000</p>')).byline).toBeNull();
  });

  it('does not read a reviewer\'s credit as a list of writers', () => {
    const lines = ['Council approves the new budget', 'Updated: December 04, 2025', 'Reviewed By: Jane Doe, John Roe', 'Senior Editor'];
    expect(visibleAuthors({ lines, at: 0, blockEnd: lines.length }, [])).toEqual([]);
  });

  it('is not the headline\'s words repeated in a breadcrumb', () => {
    const d = detectArticle(story('<div class="post-hero__author">Lisa Pham</div><p>Articles /</p><p>New Budget</p><p>Last updated on December 20, 2024.</p>'));
    expect(d.byline).toBe('Lisa Pham');
  });

  it('reads the writer who posted on behalf of a group', () => {
    expect(detectArticle(story('<div>Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group</div>')).byline).toBe('Niko Matsakis');
  });
});

describe('metadata too weak to trust over the page', () => {
  it('passes over a login name for the name the page shows', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves the new budget', author: { '@type': 'Person', name: 'andrew.keaveney' } };
    expect(detectArticle(story('<p>Denise Everheart</p><p>August 23, 2023</p>', ldScript(ld))).byline).toBe('Denise Everheart');
  });

  it('passes over a one-word login in lower case for the name the page shows', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Article', headline: 'Council approves the new budget', author: { '@id': '#p1', name: 'hannahw' } }, { '@type': 'Person', '@id': '#p1', name: 'hannahw' }] };
    const info = '<ul class="post-info"><li itemprop="author"><a href="/author/hannahw/"><span class="post-info__item--type-author">Hannah Whitfield</span></a></li><li><time>March 12, 2025</time></li></ul>';
    expect(detectArticle(story(info, `${ldScript(ld)}<meta name="author" content="hannahw">`)).byline).toBe('Hannah Whitfield');
    expect(detectArticle(story('', '<meta name="author" content="hannahw">')).byline).toBe('hannahw');
  });

  it('passes over an unfilled template field', () => {
    expect(detectArticle(story('<span class="blog-meta-author">Tim Enwall</span>', '<meta name="author" content="page.head.extra.author">')).byline).toBe('Tim Enwall');
  });

  it('keeps a login name when the page shows no other', () => {
    expect(detectArticle(story('', '<meta name="author" content="jane.doe">')).byline).toBe('jane.doe');
  });

  it('passes over the domain\'s brand name for the writer beside the date', () => {
    const head = '<meta name="author" content="Digjitale"><meta property="og:site_name" content="Digjitale Signal">';
    const d = detectArticle(story('<p>Çelik Nimani</p><p>Dec 19, 2025</p>', head, '', 'https://www.digjitale.com/p/signal-18'));
    expect(d.byline).toBe('Çelik Nimani');
  });
});

describe('byline markup read in more forms', () => {
  it('reads the author class of a CSS module, its hash aside', () => {
    const header = '<div class="Author_wrapper__TpbI2"><p class="Author_author__4ceOm">Nick van Mead</p><p>Share this story</p></div>';
    expect(detectArticle(story(header)).byline).toBe('Nick van Mead');
  });

  it('drops a bracketed role after a name', () => {
    expect(cleanAuthors(['Lance Ryan (Content Manager)'])).toEqual(['Lance Ryan']);
    expect(cleanAuthors(['Jane Doe (Reuters)'])).toEqual(['Jane Doe']);
  });
});

describe('the lines around the headline', () => {
  it('run on to the story\'s start when a page-wide banner holds the headline', () => {
    const ld = { '@type': 'Article', headline: 'Council approves the new budget', author: { '@type': 'Person', name: 'Luke Daigle' } };
    const d = page(`<!doctype html><html lang="en"><head>${ldScript(ld)}</head><body><div class="banner"><div class="inner"><div class="wrap"><div class="col"><h1>Council approves the new budget</h1><p>November 3, 2023</p></div></div></div></div>
      <div class="content"><div class="container"><div class="description"><div class="by"><p>By: Paul Fenaroli</p></div><div class="share"><p>Share</p></div></div><div class="text">${storyParagraphs(6)}</div></div></div></body></html>`);
    expect(detectArticle(d).byline).toBe('Paul Fenaroli');
  });
  it('are found from a heading that goes on past the title', () => {
    const d = page(`<!doctype html><html lang="en"><head><title>Reflections on the council budget</title></head><body><div><article class="entry"><h2 class="entry-title">Reflections on the council budget - Part 1</h2><ul class="entry-meta"><li>Bence Kovács</li><li>02-12-2025</li></ul><div class="entry-content">${storyParagraphs(6)}</div></article></div></body></html>`);
    expect(detectArticle(d).byline).toBe('Bence Kovács');
  });
  it('hold a name over its job title above the headline', () => {
    expect(detectArticle(page(`<!doctype html><html lang="en"><body><article><div class="author-info"><div>Rachel MacDonald</div><div>Writer</div></div><p>Dec 11, 2025</p><h1>Council approves the new budget</h1><div class="story">${storyParagraphs(6)}</div></article></body></html>`)).byline).toBe('Rachel MacDonald');
  });
  it('do not make a kicker above the headline a writer', () => {
    expect(detectArticle(page(`<!doctype html><html lang="en"><body><article><p>City Hall</p><p>Dec 11, 2025</p><h1>Council approves the new budget</h1><div class="story">${storyParagraphs(6)}</div></article></body></html>`)).byline).toBeNull();
  });
});

describe('a Q&A\'s byline', () => {
  it('names the interviewer', () => {
    expect(detectArticle(story('<p>Interview by Sylvia Bishop</p>', '<meta name="author" content="Five Books"><meta property="og:site_name" content="Five Books">')).byline).toBe('Sylvia Bishop');
  });
});

describe('a shown byline against the metadata', () => {
  it('does not override the metadata\'s person with a one-word handle', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves the new budget', author: { '@type': 'Person', name: 'Lisa Greene-Lewis' } };
    expect(detectArticle(story('<p>Written by TurboTaxLisa</p>', ldScript(ld))).byline).toBe('Lisa Greene-Lewis');
  });

  it('still overrides it with a person\'s full name', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves the new budget', author: { '@type': 'Person', name: 'Luke Daigle' } };
    expect(detectArticle(story('<p>Written by Paul Fenaroli</p>', ldScript(ld))).byline).toBe('Paul Fenaroli');
  });
});

describe('a dateline in a byline-classed element', () => {
  it('names no one: its weekday is not a name', () => {
    expect(cleanAuthors(['Sat, 20 Dec, 2025 - 06:36'])).toEqual([]);
    expect(detectArticle(story('<div class="byline">Sat, 20 Dec, 2025 - 06:36</div>')).byline).toBeNull();
  });
});

describe('names that are not a byline', () => {
  it('one word under a label alone is a column heading or a keyword, and a bare "by" credits a product\'s maker', () => {
    expect(detectArticle(story('', '', '<table><tr><th>Author</th></tr><tr><td>LIMIT</td></tr></table>')).byline).toBeNull();
    expect(detectArticle(story('', '', '<section><div class="product"><p>Wireless Charger Pro</p><p>by</p><p>Wireless Gear</p></div></section>')).byline).toBeNull();
  });

  it('a list of capitalised phrases beside a job title is a slogan', () => {
    const lines = ['Council approves the new budget', 'Hire a Top Designer', 'No-Risk Trial, Pay Only If Satisfied.', 'Apply now'];
    expect(visibleAuthors({ lines, at: 0, blockEnd: lines.length }, [])).toEqual([]);
  });
});

describe('topic links between a "By" and the name', () => {
  it('are passed over: the name after them is the writer', () => {
    const doc = story('<div>By</div><div><a href="/planning/" rel="tag">Wedding Planning</a><a href="/engaged/" rel="category tag">Just Engaged</a></div><div><a href="/people/jane-doe/">Jane Doe</a></div>');
    expect(detectArticle(doc, { url: doc.URL }).authors).toEqual(['Jane Doe']);
  });
});

describe('a dateline run on after the byline', () => {
  it('gives its place to no one: the place before a comma and a date is where the story was filed', () => {
    for (const line of ['By Jane Doe | LONDON, March 14, 2025', 'By Jane Doe, London, March 14, 2025', 'By JANE DOE | NEW YORK, March 14, 2025', 'Por Lucía Fernández | Sevilla, 14 de marzo de 2025 - 09:45 h']) {
      expect(cleanAuthors([line]).length, line).toBe(1);
      expect(detectArticle(story(`<p class="byline">${line}</p>`)).authors, line).toHaveLength(1);
    }
  });

  it('keeps a second writer, listed in the names\' own case, and a date after the names alone', () => {
    expect(cleanAuthors(['By JANE DOE, JOHN ROE, March 14, 2025'])).toEqual(['JANE DOE', 'JOHN ROE']);
    expect(cleanAuthors(['By Jane Doe and John Roe | March 14, 2025'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors(['By Jane Doe, March 14, 2025'])).toEqual(['Jane Doe']);
  });
});

describe('a byline row led by a credit\'s label', () => {
  it('names no one in its other parts: after the date comes the category the post is filed in', () => {
    expect(detectArticle(story('<p>On Behalf of Tunstall Law Group | Apr 21, 2017 | Products Liability</p>')).authors).not.toContain('Products Liability');
    expect(detectArticle(story('<p>Jane Doe | Apr 21, 2017 | Products Liability</p>')).authors).toEqual(['Jane Doe']);
  });
});
