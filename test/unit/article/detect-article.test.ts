import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

const ARTICLE = `<!doctype html><html lang="en"><head>
<title>Council approves budget | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Council approves budget">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2025-04-04T09:30:00+03:00">
<meta name="author" content="By Jane Doe">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Council approves budget</h1>
<div class="byline">By Jane Doe</div>
<div class="article-body">${storyParagraphs(8)}</div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a></div>
</article></main>
<footer><p>Copyright 2025 The Daily Example. All rights reserved, all the time, everywhere.</p></footer>
</body></html>`;

describe('detectArticle', () => {
  it('reads title, author, date and site name of a plain article', () => {
    const d = detectArticle(page(ARTICLE));
    expect(d.title).toBe('Council approves budget');
    expect(d.authors).toEqual(['Jane Doe']);
    expect(d.byline).toBe('Jane Doe');
    expect(d.publishedTime).toBe('2025-04-04T09:30:00+03:00');
    expect(d.siteName).toBe('The Daily Example');
    expect(d.lang).toBe('en');
    expect(d.dir).toBe('ltr');
    expect(d.isArticle).toBe(true);
  });

  it('returns the story paragraphs without navigation, share bar or footer', () => {
    const d = detectArticle(page(ARTICLE));
    expect(d.text).toContain('Paragraph 1: members of the council');
    expect(d.text).toContain('Paragraph 8:');
    expect(d.text).not.toMatch(/Share on|Copyright|Home/);
    expect(d.text.split('\n\n')).toHaveLength(8);
    expect(d.roots).toHaveLength(1);
    expect(d.roots[0]!.className).toBe('article-body');
  });

  it('counts words and reading time', () => {
    const d = detectArticle(page(ARTICLE));
    expect(d.wordCount).toBeGreaterThan(200);
    expect(d.wordCount).toBeLessThan(260);
    expect(d.readingTimeMinutes).toBe(1);
  });

  it('does not change the document', () => {
    const doc = page(ARTICLE);
    const before = doc.documentElement.outerHTML;
    detectArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('never throws on an empty or odd document', () => {
    const d = detectArticle(page(''));
    expect(d.text).toBe('');
    expect(d.wordCount).toBe(0);
    expect(d.readingTimeMinutes).toBe(0);
    expect(d.isArticle).toBe(false);
    expect(d.title).toBeNull();
  });

  it('tells onError of a part that threw, and still returns what the other parts found', () => {
    const doc = page(ARTICLE);
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    Object.defineProperty(script, 'textContent', { get: () => { throw new Error('scripts unreadable'); } });
    doc.head.append(script);
    const errors: unknown[] = [];
    const d = detectArticle(doc, { onError: (e) => errors.push(e) });
    expect(errors.map((e) => (e as Error).message)).toContain('scripts unreadable');
    expect(d.title).toBe('Council approves budget');
    expect(d.text).toContain('Paragraph 8:');
  });

  it('says a short page with a product schema is not an article', () => {
    const d = detectArticle(page(`<html><head><script type="application/ld+json">{"@type":"Product","name":"Kettle"}</script></head>
      <body><h1>Kettle</h1><p>A kettle that boils water quickly and quietly, in three colours.</p><button>Add to cart</button></body></html>`));
    expect(d.isArticle).toBe(false);
  });
});

describe('a front page', () => {
  const teaser = (i: number): string => `<article><h2><a href="/2025/03/0${i}/story-${i}">Story number ${i} about the harbour ferry plan</a></h2>
    <p class="byline">By Writer Number${i} · <time datetime="2025-03-0${i}">March ${i}, 2025</time></p>
    <p>A short summary of story ${i}, with a link to read on.</p></article>`;
  const front = `<!doctype html><html><head><title>Riverton Herald</title></head><body><header><a href="/">Riverton Herald</a></header>
    <main><h1>Latest news</h1>${[1, 2, 3, 4, 5, 6].map(teaser).join('\n')}</main></body></html>`;

  it('gives no writer or date of its own: those on it are its teasers\'', () => {
    for (const url of ['https://herald.example.org/?utm_source=ad', 'https://herald.example.org/index.html']) {
      const result = detectArticle(page(front, url), { url });
      expect(result.isArticle).toBe(false);
      expect([result.authors, result.byline, result.publishedTime, result.modifiedTime]).toEqual([[], null, null, null]);
    }
  });

  it('keeps the writer and date of a story set on the front page', () => {
    const story = `<!doctype html><html><head><title>Harbour ferry returns</title><meta property="og:type" content="article">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry returns","datePublished":"2025-03-04","author":{"@type":"Person","name":"Jane Doe"}}</script></head>
      <body><article><h1>Harbour ferry returns</h1><p class="byline">By Jane Doe</p>${storyParagraphs(12)}</article></body></html>`;
    const result = detectArticle(page(story, 'https://herald.example.org/'), { url: 'https://herald.example.org/' });
    expect(result.isArticle).toBe(true);
    expect([result.authors, result.publishedTime]).toEqual([['Jane Doe'], '2025-03-04']);
  });
});

describe('a page that is neither a story nor a discussion', () => {
  const teaser = (i: number): string => `<article><h2><a href="/2025/03/0${i}/story-${i}">Story number ${i} about the harbour ferry plan</a></h2>
    <p class="byline">By <a rel="author" href="/staff/writer-${i}/">Writer Number${i}</a></p>
    <p>A short summary of story ${i}, with a link to read on.</p></article>`;

  it('gives none of its teasers\' writers as its own', () => {
    const section = `<!doctype html><html><head><title>Business | Riverton Herald</title></head><body><header><a href="/">Riverton Herald</a></header>
      <main><h1>Business</h1>${[1, 2, 3, 4, 5, 6].map(teaser).join('\n')}</main></body></html>`;
    const url = 'https://herald.example.org/business/';
    const result = detectArticle(page(section, url), { url });
    expect(result.isArticle).toBe(false);
    expect([result.authors, result.byline]).toEqual([[], null]);
  });

  it('gives no customer who reviewed a product as its writer, nor a review\'s date as its own; keeps what its metadata declares', () => {
    const review = (name: string): string => `<div class="review"><cite class="review-author">${name}</cite><p>Works well, boils fast and the handle stays cool.</p></div>`;
    const product = (head: string): string => `<!doctype html><html><head><title>Kettle | Acme Shop</title>${head}
      <script type="application/ld+json">{"@type":"Product","name":"Kettle","offers":{"@type":"Offer","price":"29.00"}}</script></head>
      <body><h1>Kettle</h1><p>A kettle that boils water quickly and quietly, in three colours.</p><button>Add to cart</button>
      <section class="reviews"><h2>Reviews</h2><p class="byline">By Ash C. · <time datetime="2026-02-11">February 11, 2026</time></p>${review('Ash C.')}${review('Michael T.')}</section></body></html>`;
    const url = 'https://shop.example.com/kettle';
    const bare = detectArticle(page(product(''), url), { url });
    expect(bare.isArticle).toBe(false);
    expect([bare.authors, bare.byline, bare.publishedTime]).toEqual([[], null, null]);
    // Questions in an FAQ's markup do not make the page a discussion.
    const faq = '<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Does it work on induction?","acceptedAnswer":{"@type":"Answer","text":"Yes."}}]}</script>';
    expect(detectArticle(page(product(faq), url), { url }).authors).toEqual([]);
    const signed = detectArticle(page(product('<meta name="author" content="Dana Field"><meta name="date" content="2025-11-02">'), url), { url });
    expect([signed.authors, signed.publishedTime]).toEqual([['Dana Field'], '2025-11-02']);
  });

  it('keeps the opening poster of a discussion as its writer', () => {
    const post = (i: number, name: string): string => `<div class="post"><a class="username" href="/members/${name.toLowerCase()}.${i}/">${name}</a>
      <time datetime="2025-03-0${(i % 9) + 1}">March ${(i % 9) + 1}, 2025</time><p>Reply number ${i}: I had the same trouble with my router after the update.</p></div>`;
    const names = ['Wrenfield', 'Ostara', 'Kelpie', 'Marlow', 'Tansy', 'Ibbot', 'Quell', 'Rook', 'Saffi', 'Thorne', 'Umber', 'Vesper'];
    const thread = `<!doctype html><html><head><title>Router drops Wi-Fi after update | Example Forums</title></head><body>
      <h1>Router drops Wi-Fi after update</h1><p class="byline">By Wrenfield</p>
      <div class="thread">${names.map((n, i) => post(i, n)).join('\n')}</div></body></html>`;
    const url = 'https://forums.example.com/threads/router-drops-wifi.1234/';
    const result = detectArticle(page(thread, url), { url });
    expect(result.isArticle).toBe(false);
    expect(result.authors).toEqual(['Wrenfield']);
  });
});

describe('a discussion known by its address', () => {
  it('keeps its opening poster as its writer, with few replies on the page', () => {
    const thread = `<!doctype html><html><head><title>Encoder settings for old DVDs - Video Forum</title></head><body>
      <h1>Encoder settings for old DVDs</h1>
      <div class="post"><p class="byline">By Harrow Lane</p><p>Which settings keep the grain of an old DVD without making the file huge?</p></div>
      <div class="post"><p>Quill replied: try a slower preset and a lower quality number.</p></div></body></html>`;
    for (const url of ['https://forum.example.org/showthread.php?t=186269', 'https://community.example.org/index.php?topic=589061.0', 'https://links.example.com/r/video/comments/1rl4mew/encoder_settings/']) {
      const result = detectArticle(page(thread, url), { url });
      expect(result.isArticle).toBe(false);
      expect(result.authors).toEqual(['Harrow Lane']);
    }
  });
});
