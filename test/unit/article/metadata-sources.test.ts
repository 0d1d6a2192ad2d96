import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A page whose <head> holds `head` and whose article holds `top` above plain story paragraphs. */
function withHead(head: string, top = '', h1 = '<h1>Council approves budget</h1>', url?: string): Document {
  return page(`<!doctype html><html><head>${head}</head><body><article>${h1}${top}<div class="story">${storyParagraphs(6)}</div></article></body></html>`, url);
}

describe('metadata sources', () => {
  it('reads JSON-LD NewsArticle inside @graph, with authors as objects and @id references', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '#site', name: 'Example News' },
        { '@type': 'Person', '@id': '#ana', name: 'Ana Lima' },
        {
          '@type': 'NewsArticle', headline: 'Council approves budget', datePublished: '2025-04-04T09:30:00+03:00', dateModified: '2025-04-05T10:00:00Z',
          author: [{ '@id': '#ana' }, { '@type': 'Person', name: 'By Ben Okafor' }], articleSection: 'Politics', keywords: ['budget', 'council'],
          publisher: { '@type': 'Organization', name: 'Example News' }, image: { '@type': 'ImageObject', url: '/img/lead.jpg' },
        },
      ],
    };
    const d = detectArticle(withHead(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(d.title).toBe('Council approves budget');
    expect(d.authors).toEqual(['Ana Lima', 'Ben Okafor']);
    expect(d.publishedTime).toBe('2025-04-04T09:30:00+03:00');
    expect(d.modifiedTime).toBe('2025-04-05T10:00:00Z');
    expect(d.section).toBe('Politics');
    expect(d.keywords).toEqual(['budget', 'council']);
    expect(d.siteName).toBe('Example News');
    expect(d.leadImage).toBe('https://news.example.org/img/lead.jpg');
    expect(d.isArticle).toBe(true);
  });

  it('reads a JSON-LD array of nodes and survives a broken script next to it', () => {
    const d = detectArticle(withHead(`<script type="application/ld+json">{ not json </script>
      <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Council approves budget","author":"Jane Doe","datePublished":"2025-04-04"}]</script>`));
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.publishedTime).toBe('2025-04-04');
  });

  it('reads JSON-LD that a site builder left in a <meta>\'s content', () => {
    const ld = '{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Council approves budget&quot;,&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;}';
    const d = detectArticle(withHead(`<meta name="script:ld+json" content="${ld}">`, '', undefined, 'https://news.example.org/story'));
    expect(d.publishedTime).toBe('2025-11-17T09:00:00-05:00');
  });

  it('reads OpenGraph and article:* tags', () => {
    const d = detectArticle(withHead(`<meta property="og:title" content="Council approves budget"><meta property="og:site_name" content="The Daily">
      <meta property="og:image" content="https://cdn.example.org/a.jpg"><meta property="og:description" content="The council met.">
      <meta property="article:published_time" content="2025-04-04T06:30:00Z"><meta property="article:modified_time" content="2025-04-04T08:00:00Z">
      <meta property="article:section" content="Local"><meta property="article:tag" content="budget"><meta property="og:locale" content="en_GB">`));
    expect(d.publishedTime).toBe('2025-04-04T06:30:00Z');
    expect(d.modifiedTime).toBe('2025-04-04T08:00:00Z');
    expect(d.siteName).toBe('The Daily');
    expect(d.leadImage).toBe('https://cdn.example.org/a.jpg');
    expect(d.excerpt).toBe('The council met.');
    expect(d.section).toBe('Local');
    expect(d.keywords).toEqual(['budget']);
    expect(d.lang).toBe('en-GB');
  });

  it('reads Twitter cards', () => {
    const d = detectArticle(withHead('<meta name="twitter:title" content="Council approves budget"><meta name="twitter:image" content="/t.jpg"><meta name="twitter:description" content="Short.">', '', ''));
    expect(d.title).toBe('Council approves budget');
    expect(d.leadImage).toBe('https://news.example.org/t.jpg');
    expect(d.excerpt).toBe('Short.');
  });

  it('reads citation_* tags of scholarly pages', () => {
    const d = detectArticle(withHead('<meta name="citation_title" content="Council approves budget"><meta name="citation_author" content="Doe, Jane"><meta name="citation_publication_date" content="2025/04/04">'));
    expect(d.publishedTime).toBe('2025-04-04');
    expect(d.authors).toEqual(['Jane Doe']);
  });

  it('reads Dublin Core', () => {
    const d = detectArticle(withHead('<meta name="DC.title" content="Council approves budget"><meta name="DC.creator" content="Jane Doe"><meta name="DC.date" content="2025-04-04">'));
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.publishedTime).toBe('2025-04-04');
  });

  it('reads Parse.ly tags', () => {
    const d = detectArticle(withHead('<meta name="parsely-title" content="Council approves budget"><meta name="parsely-author" content="Jane Doe"><meta name="parsely-pub-date" content="2025-04-04T12:00:00Z"><meta name="parsely-section" content="City">'));
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.publishedTime).toBe('2025-04-04T12:00:00Z');
    expect(d.section).toBe('City');
  });

  it('reads microdata itemprop author and datePublished', () => {
    const d = detectArticle(withHead('', '<p class="meta"><span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span> <time itemprop="datePublished" datetime="2025-04-04T08:00:00+02:00">4 April</time></p>'));
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.publishedTime).toBe('2025-04-04T08:00:00+02:00');
  });

  it('reads a <time datetime> in the article header and a rel=author link', () => {
    const d = detectArticle(withHead('', '<header><a rel="author" href="/people/jane">Jane Doe</a> <time datetime="2025-04-04">April 4</time></header>'));
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.publishedTime).toBe('2025-04-04');
  });

  it('reads a visible byline and dateline under the headline', () => {
    const d = detectArticle(withHead('', '<div class="info"><span>By Jane Doe and John Roe</span></div><div class="when">Published April 4, 2025</div>'));
    expect(d.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(d.publishedTime).toBe('2025-04-04');
  });

  it('takes the headline, not the <title> with the site name appended', () => {
    const d = detectArticle(withHead('<title>Council approves budget | The Daily Example</title>', '', ''));
    expect(d.title).toBe('Council approves budget');
    const e = detectArticle(withHead('<title>Council approves budget - The Daily</title><meta property="og:site_name" content="The Daily">', '', ''));
    expect(e.title).toBe('Council approves budget');
  });

  it('reads canonical URL, language and direction', () => {
    const doc = page(`<html lang="ar" dir="rtl"><head><link rel="canonical" href="/canon"></head><body>${storyParagraphs(3)}</body></html>`);
    const d = detectArticle(doc, { url: 'https://x.example/a?utm_source=y' });
    expect(d.url).toBe('https://x.example/a?utm_source=y');
    expect(d.canonicalUrl).toBe('https://x.example/canon');
    expect(d.lang).toBe('ar');
    expect(d.dir).toBe('rtl');
  });

  it('leaves a field it cannot find null rather than guessing', () => {
    const d = detectArticle(withHead('', '', '<h1>Council approves budget</h1>', 'https://news.example.org/story'));
    expect(d.publishedTime).toBeNull();
    expect(d.byline).toBeNull();
    expect(d.authors).toEqual([]);
    expect(d.siteName).toBeNull();
    expect(d.leadImage).toBeNull();
  });

  it('reads publication dates under the meta names CMSs use', () => {
    const undated = 'https://news.example.org/story';
    expect(detectArticle(withHead('<meta name="published-date" content="2021-02-16"><meta name="published-time" content="2026-03-09T08:45:32Z">', '', undefined, undated)).publishedTime).toBe('2021-02-16');
    expect(detectArticle(withHead('<meta name="published" content="July 17, 2025">', '', undefined, undated)).publishedTime).toBe('2025-07-17');
  });

  it('reads a publication meta under a vendor\'s own name, but not a last publication or an expiry', () => {
    const undated = 'https://news.example.org/story';
    const d = (head: string): string | null => detectArticle(withHead(head, '', undefined, undated)).publishedTime;
    expect(d('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">')).toBe('2025-05-27T06:03:43Z');
    expect(d('<meta name="cms:publishtime" content="2024-02-01">')).toBe('2024-02-01');
    expect(d('<meta name="page:last_published_date" content="2025-05-27">')).toBeNull();
    expect(d('<meta name="offer-publish-end-date" content="2025-05-27">')).toBeNull();
  });

  it('reads the day from a dated URL path only when the page has no date', () => {
    const bare = (url: string): string | null => detectArticle(withHead('', '', undefined, url)).publishedTime;
    expect(bare('https://blog.example.org/archives/2025/12/16/vibe_coding.html')).toBe('2025-12-16');
    expect(bare('https://blog.example.org/articles/2025-12-15+Rust+backend')).toBe('2025-12-15');
    expect(bare('https://example.org/blog/2023/october/03/wine-styles/')).toBe('2023-10-03');
    // A year and month are not a day; a number run is not a date.
    expect(bare('https://blog.example.org/2008/09/lean-startup.html')).toBeNull();
    expect(bare('https://example.org/p/2025123456/story')).toBeNull();
    expect(bare('https://example.org/story?from=/2025/12/16/other')).toBeNull();
    expect(detectArticle(withHead('<meta property="article:published_time" content="2025-12-14T22:00:00Z">', '', undefined, 'https://blog.example.org/2025/12/16/story')).publishedTime).toBe('2025-12-14T22:00:00Z');
  });

  it('reads a <time> that hAtom\'s class marks as published, away from the header, but not a teaser\'s', () => {
    const t = (times: string): string | null => detectArticle(page(`<!doctype html><html><body><div class="wrap"><h1>Council approves budget</h1></div><div class="hero"><div>${times}</div></div>
      <div class="story">${storyParagraphs(40)}</div></body></html>`, 'https://news.example.org/story')).publishedTime;
    expect(t('<time class="entry-date published" datetime="2024-04-02T10:20:00+00:00">April 2, 2024</time>')).toBe('2024-04-02T10:20:00+00:00');
    expect(t('<ul class="related-posts"><li><time class="published" datetime="2024-04-02T10:20:00+00:00">April 2, 2024</time></li></ul>')).toBeNull();
  });

  it('reads a <time> without datetime by its text, as HTML defines its value', () => {
    const t = (time: string): string | null => detectArticle(page(`<!doctype html><html><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(40)}</div>
      <p>${time}</p></article></body></html>`, 'https://news.example.org/story')).publishedTime;
    expect(t('<time class="article__date">Sep 27, 2024</time>')).toBe('2024-09-27');
    expect(t('<time>Sep 27, 2024</time>')).toBe('2024-09-27');
    expect(t('<time>Updated Sep 27, 2024</time>')).toBeNull();
    expect(t('<time>03/04/2024</time>')).toBeNull();
  });

  it('reads a <time>\'s numeric text as the page\'s language writes dates', () => {
    const t = (lang: string, time: string): string | null => detectArticle(page(`<!doctype html><html lang="${lang}"><body><article><h1>Haushalt beschlossen</h1><div class="story">${storyParagraphs(40)}</div>
      <p>${time}</p></article></body></html>`, 'https://news.example.org/story')).publishedTime;
    expect(t('de-DE', '<time>03.04.2024</time>')).toBe('2024-04-03');
    expect(t('de', '<span itemprop="datePublished">03.04.2024</span>')).toBe('2024-04-03');
    // Plain English pages write either order: still no date.
    expect(t('en', '<time>03.04.2024</time>')).toBeNull();
  });

  it('does not take a <time> that says it is an update as the publication', () => {
    // The <time> closes the story, away from the header lines where shown dates are read.
    const t = (text: string): string | null => detectArticle(page(`<!doctype html><html><body><article><h1>Council approves budget</h1><div class="story">${storyParagraphs(40)}</div>
      <p><time datetime="2025-04-10T06:00">${text}</time></p></article></body></html>`, 'https://news.example.org/story')).publishedTime;
    expect(t('April 10, 2025')).toBe('2025-04-10T06:00:00');
    expect(t('Updated April 10, 2025')).toBeNull();
  });
});

describe('the site name', () => {
  it('is the part of a declared name with a tagline that spells the domain', () => {
    const d = detectArticle(withHead('<meta property="og:site_name" content="Acme Plumbing | Fast Drain Repairs Near You, Day and Night">', '', undefined, 'https://www.acmeplumbing.example/blog/drains'));
    expect(d.siteName).toBe('Acme Plumbing');
    const e = detectArticle(withHead('<meta property="og:site_name" content="Find a Dentist Near You - Book Online - Bright Smile">', '', undefined, 'https://brightsmile.example/blog/floss'));
    expect(e.siteName).toBe('Bright Smile');
  });

  it('stays whole without such a part', () => {
    const d = detectArticle(withHead('<meta property="og:site_name" content="Ideas | The Weekly Review">', '', undefined, 'https://news.example.org/ideas/story'));
    expect(d.siteName).toBe('Ideas | The Weekly Review');
    const e = detectArticle(withHead('<meta property="og:site_name" content="NRC - National Rail Council of Examplia">', '', undefined, 'https://www.nrc.example/news/fares'));
    expect(e.siteName).toBe('NRC - National Rail Council of Examplia');
  });

  it('loses a separator a template left at its end or start', () => {
    const d = detectArticle(withHead('<meta property="og:site_name" content="Harbour Hair Tools -">', '', undefined, 'https://shop.example/blog/dryers'));
    expect(d.siteName).toBe('Harbour Hair Tools');
    const e = detectArticle(withHead('<meta property="og:site_name" content="| The Weekly Review">', '', undefined, 'https://news.example.org/ideas/story'));
    expect(e.siteName).toBe('The Weekly Review');
  });
});

describe('the excerpt', () => {
  it('is not a description that only repeats the title', () => {
    const d = detectArticle(withHead('<title>Council approves budget</title><meta property="og:title" content="Council approves budget"><meta property="og:description" content="Council approves budget"><meta name="description" content="The city council voted 7 to 2 for next year\'s budget.">'));
    expect(d.excerpt).toBe('The city council voted 7 to 2 for next year\'s budget.');
    const e = detectArticle(withHead('<meta property="og:title" content="Council approves budget"><meta name="description" content="Council Approves Budget">'));
    expect(e.excerpt).toBeNull();
  });
});
