import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { articleFeatures, type ArticleFeatures } from '../../../src/article/is-article';
import { page, storyParagraphs } from './helpers';

/** The isArticle features the detector computes for a hand-written page. */
function featuresOf(html: string, url = 'https://www.example.com/notes/council-approves-the-new-budget'): ArticleFeatures {
  let x: ArticleFeatures = {};
  detectArticle(page(html, url), { url, onEvidence: (e) => (x = articleFeatures(e)) });
  return x;
}

const signed = '<p class="byline">By <span class="author">Jane Roe</span></p>';
const dated = '<time datetime="2024-03-02">March 2, 2024</time>';

describe('dateAndAuthor (a signed, dated piece)', () => {
  it('is 1 when the page gives both a date and an author, 0 when it gives one', () => {
    expect(featuresOf(`<body><article><h1>Council approves budget</h1>${signed}${dated}${storyParagraphs(8)}</article></body>`)['dateAndAuthor']).toBe(1);
    expect(featuresOf(`<body><article><h1>Council approves budget</h1>${dated}${storyParagraphs(8)}</article></body>`)['dateAndAuthor']).toBe(0);
    expect(featuresOf(`<body><article><h1>Council approves budget</h1>${signed}${storyParagraphs(8)}</article></body>`)['dateAndAuthor']).toBe(0);
  });
});

describe('logCodePerParagraph (reference pages are code between short notes)', () => {
  it('is low for a post that explains between a few samples and high for a page of samples', () => {
    const post = featuresOf(`<body><article><h1>Why we moved to Rust</h1>${storyParagraphs(8)}<pre><code>fn main() {}</code></pre><pre><code>let x = 1;</code></pre></article></body>`);
    const samples = Array.from({ length: 16 }, (_, i) => `<pre><code>call_${i}(arg)</code></pre>`).join('');
    const reference = featuresOf(`<body><article><h1>String functions</h1>${storyParagraphs(2)}${samples}</article></body>`);
    // Two <pre><code> samples are four code elements (the detector counts both tags), over eight paragraphs.
    expect(post['logCodePerParagraph']).toBeCloseTo(Math.log2(1 + 4 / 8), 5);
    expect(reference['logCodePerParagraph']).toBeGreaterThan(2);
  });
});

describe('logHeadingsPerKiloword (service pages head every short block)', () => {
  it('is higher for short blocks under headings than for a story under one heading', () => {
    const story = featuresOf(`<body><article><h1>Council approves budget</h1><h2>The vote</h2>${storyParagraphs(10)}</article></body>`);
    const blocks = Array.from({ length: 6 }, (_, i) => `<h2>Service ${i}</h2>${storyParagraphs(1, `service ${i}`)}`).join('');
    const service = featuresOf(`<body><main><h1>Our services</h1>${blocks}</main></body>`, 'https://www.example.com/services');
    expect(story['logHeadingsPerKiloword']).toBeLessThan(3);
    expect(service['logHeadingsPerKiloword']).toBeGreaterThan(story['logHeadingsPerKiloword']! + 1);
  });
});

describe('fileAddressNoMeta (generated pages are served as files)', () => {
  it('is 1 for an undated, unsigned page at a ".html" address, 0 for a dated one or a clean address', () => {
    const body = `<body><main><h1>Configure the network interface</h1>${storyParagraphs(8)}</main></body>`;
    expect(featuresOf(body, 'https://www.example.com/manual/network.html')['fileAddressNoMeta']).toBe(1);
    expect(featuresOf(body, 'https://www.example.com/manual/network')['fileAddressNoMeta']).toBe(0);
    expect(featuresOf(body.replace('</h1>', `</h1>${dated}`), 'https://www.example.com/manual/network.html')['fileAddressNoMeta']).toBe(0);
    expect(featuresOf(body.replace('</h1>', `</h1>${signed}`), 'https://www.example.com/manual/network.html')['fileAddressNoMeta']).toBe(0);
  });
});

describe('docLinks (documentation tooling links each page to its source)', () => {
  it('is 1 for an "Edit this page" link, 0 for a story that mentions editing', () => {
    const guide = `<h1>Configure the network interface</h1>${storyParagraphs(8)}`;
    expect(featuresOf(`<body><main>${guide}<a href="https://git.example.com/docs/network.md">Edit this page</a></main></body>`)['docLinks']).toBe(1);
    expect(featuresOf(`<body><main>${guide}<a href="/notes/editing">Edit this page and others: our editors explain how</a></main></body>`)['docLinks']).toBe(0);
  });
});

describe('declaredArticle (the page calls itself a story in og:type or JSON-LD)', () => {
  const story = `<h1>Council approves budget</h1>${storyParagraphs(8)}`;
  const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Council approves budget"}</script>';
  it('is 1 for og:type=article alone and for an Article in JSON-LD alone, 0 for a page that declares neither', () => {
    expect(featuresOf(`<head><meta property="og:type" content="article"></head><body><main>${story}</main></body>`)['declaredArticle']).toBe(1);
    expect(featuresOf(`<head>${ld}</head><body><main>${story}</main></body>`)['declaredArticle']).toBe(1);
    expect(featuresOf(`<head><meta property="og:type" content="website"></head><body><main>${story}</main></body>`)['declaredArticle']).toBe(0);
  });
});
