// Writers named where other sources are silent or weak: an administrator account in the metadata, a group byline with a
// lower-case "the", a details box styled as a card, a name heading over its bio, a mail address, a tag manager's data layer.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with `header` under its headline, `head` in <head> and `extra` after the article. */
function story(header: string, head = '', extra = ''): Document {
  return page(`<!doctype html><html lang="en"><head>${head}</head><body><article><h1>Council approves the new budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article>${extra}</body></html>`);
}

const ldScript = (node: object): string => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;

describe('an administrator account in the metadata', () => {
  it('passes over it for the name the page shows', () => {
    const d = detectArticle(story('<p>Denise Everheart</p><p>August 23, 2023</p>', '<meta name="author" content="Site Admin">'));
    expect(d.byline).toBe('Denise Everheart');
  });

  it('keeps it when the page shows no other', () => {
    expect(detectArticle(story('', '<meta name="author" content="Site Admin">')).byline).toBe('Site Admin');
  });
});

describe('a group byline with a lower-case "the"', () => {
  it('names the group', () => {
    expect(cleanAuthors(['By the Gazette Team'])).toEqual(['Gazette Team']);
    expect(detectArticle(story('<span class="hero__author">By the Gazette Team</span>')).byline).toBe('Gazette Team');
  });

  it('leaves other lines with "the" alone', () => {
    expect(cleanAuthors(['the Gazette'])).toEqual(['the Gazette']);
    expect(cleanAuthors(['the team behind it'])).toEqual(['the team behind it']);
  });
});

describe("the story's details box styled as a card", () => {
  it('reads the author under its label', () => {
    const aside = '<aside class="details card-shadow"><div><h3>Published</h3><p>August 30, 2024</p></div><div><h3>Author</h3><p>Lisa D. Ellis</p></div></aside>';
    expect(detectArticle(story('', '', aside)).byline).toBe('Lisa D. Ellis');
  });

  it('still passes over a teaser card', () => {
    const teaser = '<div class="card"><p>Author</p><p>Jane Doe</p><a href="/other">Another story</a></div>';
    expect(detectArticle(story('', '', teaser)).byline).toBeNull();
  });
});

describe('a name heading over its bio', () => {
  it('names the writer when nothing else does', () => {
    const card = '<section><div class="callout"><h3>Alban Brooke</h3><p>Alban Brooke is the head of marketing at the Gazette and has written about budgets for ten years. He lives in Ohio.</p></div></section>';
    const d = detectArticle(story('', '<meta name="author" content="Gazette"><meta property="og:site_name" content="Gazette">', card));
    expect(d.byline).toBe('Alban Brooke');
  });

  it('reads a bio that opens with the first name', () => {
    const card = '<section><h2>Jane Doe</h2><p>Jane has covered the council since 2019. Before that she wrote about schools.</p></section>';
    expect(detectArticle(story('', '', card)).byline).toBe('Jane Doe');
  });

  it("does not read a company's or product's bio", () => {
    const sponsor = '<section><h3>Acme Business</h3><p>Acme Business is a password manager for teams. Its vault keeps every login safe.</p></section>';
    expect(detectArticle(story('', '', sponsor)).byline).toBeNull();
  });

  it('does not read a list of profiles or a past-tense life story', () => {
    const list = '<section><h2>Ada Lovelace</h2><p>Ada Lovelace is remembered for her notes.</p><h2>Grace Hopper</h2><p>Grace Hopper is known for COBOL.</p></section>';
    expect(detectArticle(story('', '', list)).byline).toBeNull();
    const past = '<section><h2>Ada Lovelace</h2><p>Ada Lovelace was a mathematician. Her notes hold the first program.</p></section>';
    expect(detectArticle(story('', '', past)).byline).toBeNull();
  });
});

describe('a mail address as the declared name', () => {
  it('keeps its login part when the page names no one', () => {
    const ld = { '@type': 'BlogPosting', headline: 'Council approves the new budget', author: { '@type': 'Person', name: 'jane.doe@example.org' } };
    expect(detectArticle(story('', ldScript(ld))).byline).toBe('jane.doe');
  });

  it('does not read a mailbox as a person', () => {
    expect(detectArticle(story('', '<meta name="author" content="info@example.org">')).byline).toBeNull();
  });
});

describe("a tag manager's data layer", () => {
  it('names the post author when nothing else does', () => {
    const script = '<script>var dataLayer_content = {"pagePostType":"post","pagePostAuthor":"Krystyna"};</script>';
    expect(detectArticle(story('', script)).byline).toBe('Krystyna');
  });

  it('gives way to a byline on the page', () => {
    const script = '<script>var dataLayer_content = {"pagePostAuthor":"Krystyna"};</script>';
    expect(detectArticle(story('<p>By Jane Doe</p>', script)).byline).toBe('Jane Doe');
  });
});

describe('a personal blog named after its writer', () => {
  /** A blog post speaking as "I" (or as "we" with `voice`), on a site with `head` in <head> and `footer` at the end. */
  function blog(head: string, footer = '', voice = 'I'): Document {
    const my = voice === 'I' ? 'my' : 'our';
    const text = [1, 2, 3, 4].map((i) => `<p>Part ${i}: ${voice} wanted a home server for a while, so ${voice} built one from ${my} old parts and tested it for a week before writing this up.</p>`).join('');
    return page(`<!doctype html><html lang="en"><head>${head}</head><body><main><h1>Turning an old box into a home server</h1>${text}</main><footer>${footer}</footer></body></html>`);
  }

  it("names the person from the site's name, its feed's title or its copyright line", () => {
    expect(detectArticle(blog('<meta property="og:site_name" content="Owain Brennan">')).byline).toBe('Owain Brennan');
    expect(detectArticle(blog('<link rel="alternate" type="application/rss+xml" title="Cassidy Williams" href="/rss.xml">')).byline).toBe('Cassidy Williams');
    expect(detectArticle(blog('', '© 2025 Toby Hede. All rights reserved.')).byline).toBe('Toby Hede');
  });

  it('does not name a business or a publication, nor a site whose story speaks as "we"', () => {
    expect(detectArticle(blog('<meta property="og:site_name" content="Engora Data Blog">')).byline).toBeNull();
    expect(detectArticle(blog('', '© 2025 Acme Plumbing. All rights reserved.', 'we')).byline).toBeNull();
    expect(detectArticle(blog('<meta property="og:site_name" content="Storage Depot">', '', 'we')).byline).toBeNull();
    // Three full words are a place or an organization; "The" starts a title.
    expect(detectArticle(blog('<meta property="og:site_name" content="Chicago Botanic Garden">')).byline).toBeNull();
    expect(detectArticle(blog('<meta property="og:site_name" content="The Coffee Chronicler">')).byline).toBeNull();
    // A holder with a company's legal form, and a forum, are not people.
    expect(detectArticle(blog('', 'Copyright © Acme Platforms, Inc.')).byline).toBeNull();
    expect(detectArticle(blog('<meta property="og:site_name" content="FlyerTalk Forums">')).byline).toBeNull();
  });
});

describe('job titles whose field has an "and"', () => {
  it('cuts the title after a comma, "and" and all', () => {
    expect(cleanAuthors(['Paul Frew, Home and Digital Security Expert'])).toEqual(['Paul Frew']);
    expect(cleanAuthors(['Jane Doe, Food & Drink Editor'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Doe, Home- and Garden-Care Expert'])).toEqual(['Jane Doe']);
  });

  it('does not take the title for a second writer when no comma sets it apart', () => {
    expect(cleanAuthors(['Paul Frew Home and Digital Security Expert'])).toEqual(['Paul Frew Home']);
    expect(cleanAuthors(['Jane Doe and Senior Writer'])).toEqual(['Jane Doe']);
  });

  it('still lists several writers', () => {
    expect(cleanAuthors(['Jane Doe, John Roe and Ann Poe'])).toEqual(['Jane Doe', 'John Roe', 'Ann Poe']);
    expect(cleanAuthors(['Jane Doe and John Roe, Staff Writers'])).toEqual(['Jane Doe', 'John Roe']);
  });
});
