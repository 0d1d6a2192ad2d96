import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { stripSiteName } from '../../../src/article/title';
import { page, storyParagraphs } from './helpers';

describe('stripSiteName', () => {
  it('cuts a segment that is a host name', () => {
    expect(stripSiteName('GAME CHANGER | Newegg.com', null)).toBe('GAME CHANGER');
  });

  it('cuts short section and site segments from the end when the site is not known', () => {
    expect(stripSiteName("How to help babies sleep through the night | Patient Education | UC Davis Children's Hospital", null)).toBe('How to help babies sleep through the night');
  });

  it("cuts the page's own host name written as the title's first word without a separator", () => {
    expect(stripSiteName('example.com Vibe Coding', null, 'www.example.com')).toBe('Vibe Coding');
    expect(stripSiteName('example.com - Vibe Coding', null, 'example.com')).toBe('Vibe Coding');
  });

  it('keeps a host name that is not the page\'s own', () => {
    expect(stripSiteName('Amazon.com sued over prices', null, 'news.example.org')).toBe('Amazon.com sued over prices');
  });

  it("cuts a first or last segment that spells the page's host name, spaces aside", () => {
    expect(stripSiteName('Daily Planet | Council approves budget', null, 'www.dailyplanet.com')).toBe('Council approves budget');
    expect(stripSiteName('Council approves budget for the schools, libraries and the new tram line - Daily-Planet', null, 'daily-planet.co.uk')).toBe('Council approves budget for the schools, libraries and the new tram line');
    // A segment that is only the top-level domain's word is not the site's name.
    expect(stripSiteName('News: why the council approved a budget', null, 'dailyplanet.news')).toBe('News: why the council approved a budget');
    expect(stripSiteName('Planets: the council approves a budget for the observatory and its new telescope', null, 'www.dailyplanet.com')).toBe('Planets: the council approves a budget for the observatory and its new telescope');
  });

  it('cuts the site name after other separators: "::", "//", "~", "›" and the full-width bar without spaces', () => {
    for (const sep of [' :: ', ' // ', ' ~ ', ' › ']) expect(stripSiteName(`Council approves budget${sep}Daily Planet`, 'Daily Planet')).toBe('Council approves budget');
    expect(stripSiteName('市議会が予算を承認｜デイリー・プラネット', 'デイリー・プラネット')).toBe('市議会が予算を承認');
  });

  it('keeps a title whose segments are all long', () => {
    const t = 'Why the council approved the budget - and what it means for the schools next year';
    expect(stripSiteName(t, null)).toBe(t);
  });
});

describe('the headline', () => {
  it('drops the site name a visible h1 carries', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:site_name" content="Artlyst"><meta property="og:title" content="Best exhibitions of 2025 – Artlyst - Artlyst"></head>
      <body><article><h1>Best exhibitions of 2025 – Artlyst</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Best exhibitions of 2025');
  });

  it('keeps an h1 whose last words only resemble the site name', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:site_name" content="Budget"><meta property="og:title" content="Council approves budget"></head>
      <body><article><h1>Council approves budget</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Council approves budget');
  });

  it('cuts a section or site label set off by a pipe in the h1', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="Meditation rewires brains"></head>
      <body><article><h1>How meditation rewires brains | Opinion</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('How meditation rewires brains');
  });

  it('skips an h1 that is the site name ending the metadata title (the logo)', () => {
    const doc = page(`<!doctype html><html><head><title>Best yoga retreat travel insurance options | Ambuja Yoga</title></head>
      <body><header><div><h1>Ambuja Yoga</h1></div></header><article>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Best yoga retreat travel insurance options');
  });

  it('keeps a long subtitle after a pipe in the h1 (labels after a pipe are short)', () => {
    const doc = page(`<!doctype html><html><head><title>Top 10 cameras of 2025 | The best mirrorless cameras on the market — Studio</title></head>
      <body><article><h1>Top 10 cameras of 2025 | The best mirrorless cameras on the market</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Top 10 cameras of 2025 | The best mirrorless cameras on the market');
  });

  it('does not take a one-word h1 for the headline because the metadata title mentions it', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="How we broke into Discord, Vercel and hundreds of companies"></head>
      <body><article><h1>Discord</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('How we broke into Discord, Vercel and hundreds of companies');
  });

  it('drops a short kicker the h1 puts before the metadata title', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="Preparing a transition in the archive"></head>
      <body><article><h1><time datetime="2025-12-18">Dec 18 2025</time> Preparing a transition in the archive</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Preparing a transition in the archive');
  });

  it('keeps a long lead-in of the h1 that is part of the headline', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="The best oral care products"></head>
      <body><article><h1><span>Our annual healthy beauty awards:</span> The best oral care products</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Our annual healthy beauty awards: The best oral care products');
  });

  it('skips an h1 that links to the front page (the name of the blog)', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="The lean startup"></head>
      <body><header><h1><a href="https://news.example.org/">Lessons Learned</a></h1></header><article><h2>The lean startup</h2>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('The lean startup');
  });

  it('takes the metadata title an h1 wraps in its own element beside a source and a comment count', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="Grads find their degrees no longer guarantee jobs - Newsdot"></head>
      <body><article><h1><span><a href="/story/1">Grads find their degrees no longer guarantee jobs</a> <a href="https://wire.com/x">(wire.com)</a></span> <span><a href="#comments">87</a></span></h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Grads find their degrees no longer guarantee jobs');
  });

  it('takes the one microdata headline over a section label in the h1 when the page has no other metadata title', () => {
    const doc = page(`<!doctype html><html><head><title>Hi-Fi Monthly | hifi.example.com - The five best noise-canceling headphones</title></head>
      <body><div><h1>Pulse!</h1></div><article itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">The five best noise-canceling headphones</h2>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('The five best noise-canceling headphones');
  });

  it('ignores microdata headlines when the page has several (teasers of other stories)', () => {
    const doc = page(`<!doctype html><html><head><title>Hi-Fi Monthly</title></head>
      <body><article><h1>Pulse!</h1>${storyParagraphs(5)}</article><aside><div itemscope itemtype="https://schema.org/BlogPosting"><h3 itemprop="headline">Another story</h3></div><div itemscope itemtype="https://schema.org/BlogPosting"><h3 itemprop="headline">A third story</h3></div></aside></body></html>`);
    expect(detectArticle(doc).title).toBe('Pulse!');
  });

  it('repairs a headline whose UTF-8 was encoded twice', () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="A DIY investor\u00e2\u0080\u0099s guide to calculators | Site"></head>
      <body><article><h1>A DIY investor\u00e2\u0080\u0099s guide to calculators in 2025</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('A DIY investor\u2019s guide to calculators in 2025');
  });

  it('takes the h1 the <title> words alike when og:title is a teaser in other words', () => {
    const doc = page(`<!doctype html><html><head><title>The Best Smart Home Hubs of 2026, Tested by Editors</title>
      <meta property="og:title" content="Not sure if you need a hub? Here is everything to know before buying one"></head>
      <body><article><h1>The best smart home hubs of 2026, tested by our editors</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('The best smart home hubs of 2026, tested by our editors');
  });

  it("takes the web page's microdata headline heading over og:title when the only h1 is the site's logo", () => {
    const doc = page(`<!doctype html><html><head><meta property="og:title" content="Introductions to my woodworking projects blog"></head>
      <body itemscope itemtype="http://schema.org/WebPage"><header itemscope itemtype="http://schema.org/WPHeader"><h1 itemprop="headline"><a href="https://news.example.org/">Jan's Blog</a></h1></header>
      <main><h2 itemprop="headline">About my beginner woodworking blog and journal</h2><div>${storyParagraphs(5)}</div></main></body></html>`);
    expect(detectArticle(doc).title).toBe('About my beginner woodworking blog and journal');
  });

  it("ignores a site header's microdata headline (the site's name)", () => {
    const doc = page(`<!doctype html><html><head><title>Outdoor gear for every trip</title></head>
      <body><header itemscope itemtype="https://schema.org/WPHeader"><p itemprop="headline">The Garden Shop</p></header><article>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Outdoor gear for every trip');
  });
});

describe('invisible and doubled headline text', () => {
  it('drops soft hyphens and word joiners from the headline', () => {
    const doc = page(`<!doctype html><html><head><title>Stadtrat beschließt Haushalt | Tagesblatt</title></head>
      <body><article><h1>Stadt&shy;rat be&shy;schließt Haus\u2060halt</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Stadtrat beschließt Haushalt');
  });

  it('says once a headline that its h1 sets twice (desktop and mobile copies)', () => {
    const doc = page(`<!doctype html><html><head><title>Council approves the budget | Daily Planet</title></head>
      <body><article><h1><span class="d">Council approves the budget</span><span class="m">Council approves the budget</span></h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Council approves the budget');
  });

  it('keeps a short phrase a headline repeats on purpose', () => {
    const doc = page(`<!doctype html><html><head><title>Tora! Tora! Tora!</title></head>
      <body><article><h1>Tora! Tora! Tora!</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Tora! Tora! Tora!');
  });
});

describe("a heading's permalink mark", () => {
  it('is not part of the headline', () => {
    const doc = page(`<!doctype html><html><head><title>Tutorial - User Guide — Docs</title></head>
      <body><main><h1>Tutorial - User Guide<a class="headerlink" href="#tutorial" title="Permalink to this heading">¶</a></h1>${storyParagraphs(5)}</main></body></html>`);
    expect(detectArticle(doc).title).toBe('Tutorial - User Guide');
  });

  it('keeps a "#" that belongs to the headline', () => {
    const doc = page(`<!doctype html><html><head><title>Why we still use C#</title></head>
      <body><article><h1>Why we still use C# at work</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(doc).title).toBe('Why we still use C# at work');
  });
});

describe('a metadata title cut at a length limit', () => {
  it('is read whole from the metadata that kept it whole', () => {
    const whole = 'We Help 4 Readers Find Solutions For Their Living Rooms (Including One Universal Trick That Works)';
    const doc = page(`<html><head><title>${whole} - Daily Home</title>
      <meta property="og:title" content="${whole} - Daily Home">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${whole.slice(0, 70)}"}</script>
      </head><body><article>${storyParagraphs(6)}</article></body></html>`);
    expect(detectArticle(doc, { url: doc.URL }).title).toBe(whole);
  });
});

describe('an h1 inside a link to the front page', () => {
  it('is the site name, not the headline', () => {
    const doc = page(`<html><head><title>Compiler backend: progress report #39</title></head><body>
      <header><a href="/"><h1>Jane's Blog</h1></a></header>
      <main><p>November 2025</p>${storyParagraphs(6)}</main></body></html>`, 'https://blog.example.org/progress-report-39');
    expect(detectArticle(doc, { url: doc.URL }).title).toBe('Compiler backend: progress report #39');
  });
});
