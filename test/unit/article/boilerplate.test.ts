import { describe, expect, it } from 'vitest';
import { boilerplateToken, Furniture } from '../../../src/article/boilerplate';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story page with one kind of furniture placed where sites put it, marked by `marker` text. */
function storyWith(furniture: string, where: 'inside' | 'after' | 'before' = 'inside'): Document {
  const story = `<div class="entry-content">${storyParagraphs(4)}${where === 'inside' ? furniture : ''}${storyParagraphs(4, 'the board')}</div>`;
  return page(`<!doctype html><html><head><title>Budget</title></head><body>${where === 'before' ? furniture : ''}
    <main><article><h1>Council approves budget</h1>${story}${where === 'after' ? furniture : ''}</article></main></body></html>`);
}

const MARKER = /MARKER/;

const CASES: [string, string, 'inside' | 'after' | 'before'][] = [
  ['navigation', '<nav><ul><li><a href="/">MARKER Home</a></li><li><a href="/world">World news and analysis from everywhere</a></li></ul></nav>', 'before'],
  ['a share bar', '<div class="social-share"><span>MARKER Share this article with your friends and family today</span><a href="#">Facebook</a><a href="#">X</a></div>', 'inside'],
  ['related stories', '<section class="related-posts"><h3>Related stories</h3><p><a href="/a">MARKER The mayor resigns after a long and bitter dispute over the budget</a></p><p><a href="/b">Another story that is only a teaser for a different article</a></p></section>', 'after'],
  ['a "Read more" list without classes', '<div><h2>Read more</h2><p>MARKER Foreign ministers condemned the crackdown and called for pressure on the government, officials said.</p></div>', 'after'],
  ['an author bio card', '<div class="author-bio"><img src="a.jpg" width="60" height="60"><p>MARKER Jane Doe is a reporter covering city hall. She previously worked at several newspapers and holds a degree in journalism.</p></div>', 'after'],
  ['a newsletter promo', '<div class="newsletter-signup"><p>MARKER Sign up for our morning newsletter and get the best of the news in your inbox every day.</p><form><input type="email"><button>Subscribe</button></form></div>', 'inside'],
  ['comments', '<section id="comments"><h2>3 comments</h2><ol><li><p>MARKER I think the council has got this completely wrong and they should reconsider the budget.</p></li></ol></section>', 'after'],
  ['a cookie banner', '<div class="cookie-consent" role="dialog"><p>MARKER We use cookies to improve your experience on our site. By continuing you accept our use of cookies.</p><button>Accept</button></div>', 'before'],
  ['a call-to-action box', '<div class="inline-cta"><p>MARKER Thinking of selling your business? Our advisers will value it for free, call us today.</p></div>', 'inside'],
  ['a disclaimer box', '<div class="post-disclaimer"><p>MARKER The views expressed here are the author\'s own and may have changed since this page went up.</p></div>', 'inside'],
  ['footnotes', '<section class="footnotes"><ol><li><p>MARKER The figures come from the annual report of the council, page twelve, as published.</p></li></ol></section>', 'inside'],
  ['customer testimonials', '<div class="testimonials-wrapper"><div class="testimonial-card"><blockquote>MARKER This podcast changed my mornings, and every episode teaches me something I can use the same day.</blockquote><p>Jane D.</p></div></div>', 'inside'],
  ['an author details box', '<div class="author_detail_box"><p>MARKER Executive editor at the paper. Technology journalist since 2008, with stints at two national dailies and a weekly.</p></div>', 'inside'],
  ['an advertisement', '<div class="ad-slot"><p>MARKER Advertisement: the best mattress deals of the season, only this week at your local store.</p></div>', 'inside'],
];

describe('boilerplate is left out of the body', () => {
  for (const [name, html, where] of CASES) {
    it(`leaves out ${name}`, () => {
      const d = detectArticle(storyWith(html, where));
      expect(d.text).not.toMatch(MARKER);
      expect(d.text).toContain('Paragraph 1: members of the council');
      expect(d.text).toContain('Paragraph 4: members of the board');
    });
  }

  it("leaves out a consent tool's banner even when its legal text outweighs a short page", () => {
    // Complianz names its banner "cmplz-…" only: no cookie or consent word in the markup.
    const legal = Array.from({ length: 5 }, (_, i) => `<p>MARKER ${i}: we store and access information on your device to provide the best experience, and you may withdraw consent at any time.</p>`).join('');
    const d = detectArticle(page(`<body><div id="cmplz-message-1-optout" class="cmplz-message"><div class="cmplz-categories">${legal}</div></div><main><h1>Council approves budget</h1>${storyParagraphs(2)}</main></body>`));
    expect(d.text).toContain('Paragraph 2: members of the council');
    expect(d.text).not.toMatch(MARKER);
  });

  it("names consent tools' containers as furniture, not Adobe's cmp- components", () => {
    for (const t of ['cmplz-message-1-optout', 'cky-consent-container', 'onetrust-banner-sdk', 'CybotCookiebotDialog', 'didomi-popup', 'qc-cmp2-container', 'usercentrics-root', 'osano-cm-window', 'iubenda-cs-banner']) {
      expect(boilerplateToken(t), t).toBe(Furniture.Strong);
    }
    expect(boilerplateToken('cmp-text')).toBe(Furniture.No);
    expect(boilerplateToken('trustees')).toBe(Furniture.No);
  });

  it('names a spelled-out call to action as furniture, as "cta" is', () => {
    for (const t of ['CallToActionLarge_callout__j_g7m', 'call-to-action', 'calltoaction-box']) expect(boilerplateToken(t), t).toBe(Furniture.Strong);
    const d = detectArticle(storyWith('<div class="CallToActionLarge_callout__x1"><h3>Track every client in one dashboard</h3><p>MARKER Save billable hours with a report template your clients will love, free for 14 days.</p></div>'));
    expect(d.text).not.toMatch(MARKER);
  });

  it("keeps a part of the story whose class only says whether the sidebar is shown", () => {
    expect(boilerplateToken('sidebar-enabled--false')).toBe(Furniture.No);
    expect(boilerplateToken('cs-sidebar-disabled')).toBe(Furniture.No);
    expect(boilerplateToken('sidebar-left')).toBe(Furniture.Strong);
    const d = detectArticle(page(`<body><main><h1>Council approves budget</h1><div class="inner">${storyParagraphs(6)}</div><div class="blog-article__main sidebar-enabled--false"><h3>Key takeaways</h3>${storyParagraphs(3, 'the board')}</div></main></body>`));
    expect(d.text).toContain('Paragraph 6: members of the council');
    expect(d.text).toContain('Paragraph 3: members of the board');
  });

  it('leaves out the page footer even when its legal text outweighs a short story', () => {
    const legal = Array.from({ length: 4 }, (_, i) => `<p>MARKER ${i}: products and services referenced on this site are for general information only, and terms, conditions and exclusions apply to every policy we sell.</p>`).join('');
    const d = detectArticle(page(`<body><main><h1>Council approves budget</h1>${storyParagraphs(2)}</main><footer id="page-footer"><section><div>${legal}</div></section></footer></body>`));
    expect(d.text).toContain('Paragraph 2: members of the council');
    expect(d.text).not.toMatch(MARKER);
  });

  it('keeps a story whose wrapper carries a furniture-looking class', () => {
    // Layout classes like "has-sidebar" describe neighbours; a container holding the story is the story.
    const d = detectArticle(page(`<body><div class="content-sidebar-wrap has-sidebar"><main>${storyParagraphs(6)}</main><aside class="sidebar"><p>MARKER Popular posts from this week, all in one place for you.</p></aside></div></body>`));
    expect(d.text).toContain('Paragraph 6');
    expect(d.text).not.toMatch(MARKER);
  });

  it("leaves out the author's bio at the end when its markup says nothing, by the byline's name", () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}
      <p>Jane Doe said last year that Paragraph 7 would come, members of the council recalled on Tuesday.</p>
      <div><p>Jane Doe</p><p>Jane Doe is a reporter (MARKER) covering city hall and the regional budget for the paper.</p><p>Jane has written about local politics since 2009 (MARKER).</p></div></div></article></body></html>`));
    expect(d.text).not.toMatch(MARKER);
    expect(d.text).not.toMatch(/Jane Doe$/);
    // The name inside the story is story.
    expect(d.text).toContain('Jane Doe said last year');
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it("leaves out a bio that opens with a hyphenated first name and how the writer began, or sits in parentheses", () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="Jean-Luc Martin"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}
      <p>(Jean-Luc Martin is an associate attorney (MARKER) who advises councils on their budgets.)</p>
      <p>Jean-Luc started the newsletter in 2010 (MARKER) as a part-time endeavour before writing full time.</p></div></article></body></html>`));
    expect(d.text).not.toMatch(MARKER);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it("leaves out a bio set as a footnote with an asterisk, or giving the writer's title", () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}
      <p>*Jane Doe, MD, is a family physician (MARKER) at the city's hospital.</p>
      <p>Dr. Jane Doe is a 2017 graduate (MARKER) of the state university.</p></div></article></body></html>`));
    expect(d.text).not.toMatch(MARKER);
    expect(d.text).toContain('Paragraph 6: members of the council');
  });

  it("leaves out a bio whose name follows a phrase, a nickname or a job title line, one signed under the story, and a blogger's greeting", () => {
    const card = (name: string, lines: string): Document => page(`<html><head><meta name="author" content="${name}"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}${lines}</div></article></body></html>`);
    const a = detectArticle(card('Emmet White', '<p>Associate Editor</p><p>A New York transplant hailing from the Pacific Northwest, Emmet White has a passion (MARKER) for anything that goes.</p>'));
    const b = detectArticle(card('Ludo Fourrage', '<p>Ludovic (Ludo) Fourrage is an education veteran (MARKER) who founded a school.</p>'));
    const c = detectArticle(card('Amanda Furrer', '<p>Amanda Furrer, Editor, Running Reviews, studied journalism (MARKER) at the state university.</p>'));
    const e = detectArticle(card('Kalyn Keen', '<p>Thanks for reading, and see you at the next council meeting on Tuesday.</p><p>-Kalyn Keen</p>'));
    const f = detectArticle(card('Shivya Nath', '<p>Hi there! I’m Shivya, and I started this travel blog (MARKER) back in 2011.</p>'));
    for (const d of [a, b, c, e, f]) {
      expect(d.text).not.toMatch(/MARKER|Associate Editor|Kalyn Keen/);
      expect(d.text).toContain('Paragraph 6: members of the council');
    }
  });

  it("keeps the story's later sentences naming someone else with the writer's given name", () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="John Smith"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}
      <p>After the vote, John Baker, the treasurer, said the budget was balanced for the first time in a decade.</p>
      <p>In the end, John is the only member who voted against the budget, officials said on Tuesday.</p></div></article></body></html>`));
    expect(d.text).toContain('John Baker, the treasurer');
    expect(d.text).toContain('In the end, John is the only member');
  });

  it('keeps a signature with the writer\'s name between paragraphs (a letter the story quotes)', () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="Kalyn Keen"></head><body><article><h1>Council approves budget</h1><div>${storyParagraphs(6)}
      <p>-Kalyn Keen</p>${storyParagraphs(2, 'the board')}</div></article></body></html>`));
    expect(d.text).toContain('-Kalyn Keen');
  });

  it("keeps the story's sentences about a brand that signs the post ('QCY is …')", () => {
    const d = detectArticle(page(`<html><head><meta name="author" content="QCY Official"></head><body><article><h1>The future of wireless headphones</h1><div>${storyParagraphs(6)}
      <p>QCY is already embracing many of these trends with its range of headphones, from hi-res audio to long battery life.</p>${storyParagraphs(2, 'the board')}</div></article></body></html>`));
    expect(d.text).toContain('QCY is already embracing');
  });

  it('leaves out a legal notice appended to the post', () => {
    const d = detectArticle(storyWith('<p>MARKER The content of this post is for informational purposes only and does not constitute financial advice.</p>', 'after'));
    expect(d.text).not.toMatch(MARKER);
  });

  it('leaves out a legal notice that names two purposes ("educational and informational purposes only")', () => {
    const d = detectArticle(storyWith('<p>MARKER Disclaimer: this article is intended for educational and informational purposes only. Always ask a qualified professional.</p>', 'inside'));
    expect(d.text).not.toMatch(MARKER);
  });

  it("leaves out a sign-up box's consent line and a rating widget's prompts", () => {
    const d = detectArticle(storyWith('<div><p>Get our deals texted to your phone!</p><p>By signing up, you agree to receive recurring automated messages (MARKER) at the number provided.</p></div><p>Was this article helpful?</p><p>Click on a star to rate it!</p>', 'inside'));
    expect(d.text).not.toMatch(/MARKER|Was this article helpful|Click on a star/);
    expect(d.text).toContain('Paragraph 4: members of the board');
  });

  it('ends the story at a "Related …" or "About the reviewer" heading without classes', () => {
    for (const heading of ['Related Blog Posts', 'About the Reviewer', 'Recent Articles', 'Disclaimer']) {
      const d = detectArticle(storyWith(`<h2>${heading}</h2><p>MARKER A paragraph under a heading that is the site's, not the story's, as readers see.</p>`, 'inside'));
      expect(d.text, heading).not.toMatch(MARKER);
      expect(d.text, heading).toContain('Paragraph 4: members of the council');
    }
  });

  it('keeps a story heading that only starts like furniture', () => {
    const d = detectArticle(storyWith('<h2>Related risks for small lenders and the wider market</h2><p>MARKER The story goes on under a heading of its own, officials said on Tuesday.</p>', 'inside'));
    expect(d.text).toMatch(MARKER);
  });

  it('leaves out promo sections beside the story in a page layout without telling classes', () => {
    const promo = '<section><div><h2>Why teams choose us</h2><p>MARKER Our seasoned professionals bring years of industry experience to every client we serve.</p><p>MARKER Talk to our team today to learn how we can take your company to the next level.</p></div></section>';
    const d = detectArticle(page(`<body><main><section><div><h1>Council approves budget</h1>${storyParagraphs(8)}</div></section>${promo}</main></body>`));
    expect(d.text).not.toMatch(MARKER);
    expect(d.text).toContain('Paragraph 1: members of the council');
    expect(d.text).toContain('Paragraph 8: members of the council');
  });

  it('keeps the intro in its own block before the story when the root moves down past the promos', () => {
    const promo = '<section><div><h2>Why teams choose us</h2><p>MARKER Our seasoned professionals bring years of industry experience to every client we serve.</p><p>MARKER Talk to our team today to learn how we can take your company to the next level.</p></div></section>';
    const d = detectArticle(page(`<body><main><h1>Council approves budget</h1><div class="widget"><p>INTRO The council met late into the night before it agreed on next year's budget.</p></div><div>${storyParagraphs(8)}</div>${promo}</main></body>`));
    expect(d.text).toMatch(/^INTRO The council met/);
    expect(d.text).toContain('Paragraph 8: members of the council');
    expect(d.text).not.toMatch(MARKER);
  });

  it('keeps the intro a page builder sets in its own block with the headline, before a much longer story', () => {
    const intro = `<div class="intro"><h1>Council approves budget</h1><p>INTRO The council met late into the night before it agreed on next year's budget, the largest in its history.</p><p>Here is what the budget means for schools, roads and the city's parks, item by item.</p></div>`;
    const d = detectArticle(page(`<body><main><div class="page">${intro}<div class="content">${storyParagraphs(40)}</div></div></main></body>`));
    expect(d.text).toMatch(/^INTRO The council met/);
    expect(d.text).toContain('Paragraph 40: members of the council');
  });

  it('keeps the paragraphs before a list that holds most of the story', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><p>Lesson ${i + 1}: keep an eye on cash flow, since a business without cash cannot pay its staff or its suppliers on time.</p></li>`).join('');
    const d = detectArticle(page(`<body><article><div class="entry"><p>INTRO I started the first of my six businesses thirty years ago, without a degree.</p><p>Here are the lessons I learned along the way, the hard way and in order.</p><ol>${items}</ol></div></article></body>`));
    expect(d.text).toContain('INTRO I started');
    expect(d.text).toContain('Lesson 12: keep an eye');
  });

  it('keeps a story split into sibling blocks around an ad', () => {
    const d = detectArticle(page(`<body><article><div class="body-part">${storyParagraphs(5)}</div><div class="advert">Ad</div><div class="body-part">${storyParagraphs(5, 'the board')}</div></article></body>`));
    expect(d.text).toContain('Paragraph 5: members of the council');
    expect(d.text).toContain('Paragraph 5: members of the board');
  });

  it("keeps a story section whose id is the anchor of its own heading, even when the heading holds a furniture word", () => {
    // "popular" names a trending box in a template's class, but here the id only spells out the section's heading.
    const section = `<div id="2-heading-how-popular-is-meditation-today"><h2 id="how-popular-is-meditation-today">How popular is meditation today?</h2>${storyParagraphs(2, 'the survey')}</div>`;
    const d = detectArticle(page(`<body><article><h1>Meditation</h1><div class="entry-content">${storyParagraphs(4)}${section}${storyParagraphs(3, 'the board')}</div></article></body>`));
    expect(d.text).toContain('How popular is meditation today?');
    expect(d.text).toContain('Paragraph 2: members of the survey');
    expect(boilerplateToken('2-heading-how-popular-is-meditation-today')).toBe(Furniture.Strong);
  });

  it('reads an anchor id that its slug maker wrote without the heading\'s accents and symbols', () => {
    const section = (id: string, heading: string, topic: string): string => `<section id="${id}"><h2>${heading}</h2>${storyParagraphs(2, topic)}</section>`;
    const d = detectArticle(page(`<body><article><h1>Lisbon</h1><div class="entry-content">${storyParagraphs(4)}${section('h-cafes-most-popular-dishes', 'Café’s most popular dishes', 'the café')}${section('h-2-the-most-popular-trams', '★ 2 ★ The most popular trams', 'the tram')}${storyParagraphs(3, 'the board')}</div></article></body>`));
    expect(d.text).toContain('Paragraph 2: members of the café');
    expect(d.text).toContain('Paragraph 2: members of the tram');
  });

  it('still leaves out a box whose id names furniture in words its heading does not say', () => {
    const box = `<div id="popular-posts-widget"><h3>What readers liked this week</h3><p>MARKER A teaser for another story that the site wants you to read next week.</p><p>Another teaser for a different story that readers may like as well.</p></div>`;
    const d = detectArticle(storyWith(box, 'inside'));
    expect(d.text).not.toMatch(MARKER);
  });
});
