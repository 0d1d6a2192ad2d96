// The detector's one walk must give exactly what the markup hints walk and the page scan give on their own.
import { describe, expect, it } from 'vitest';
import { collectHints } from '../../../src/article/markup-hints';
import { scanPage } from '../../../src/article/page-scan';
import { walkPage } from '../../../src/article/page-walk';
import { page } from './helpers';

const PAGE = `<html lang="en" class="x"><head><title>T</title><meta property="og:title" content="T"><link rel="canonical" href="https://example.com/a">
<script type="application/ld+json">{}</script><base href="https://example.com/"></head>
<body class="post"><header><h1 itemprop="headline">Title</h1><a rel="author" href="/author/jane-doe">Jane Doe</a>
<time datetime="2025-03-05">March 5</time><time>March 6</time></header>
<div hidden><span class="byline">Hidden Byline</span><h2>About the author</h2></div>
<div class="d-none"><a href="/members/joe">Joe</a></div>
<main><article itemscope itemtype="https://schema.org/NewsArticle"><p>Some story text that is long enough to count as a paragraph of the story.</p>
<svg><a href="/x"><text>svg link</text></a></svg><template><span class="author-name">In template</span></template>
<form><input name="q"><button>Go</button><select><option>1</option></select></form><pre><code>x = 1</code></pre>
<h2 class="author-bio">About the author</h2><span itemprop="author">Jane</span><span itemprop="datePublished">2025-03-05</span></article></main>
<footer>© Example</footer><noscript><span class="byline">No script</span></noscript></body></html>`;

describe('walkPage', () => {
  it('gives the hints and the scan of the two walks it stands in for', () => {
    const doc = page(PAGE);
    const walked = walkPage(doc, doc.body)!;
    expect(walked.hints).toEqual(collectHints(doc));
    const scan = scanPage(doc.body);
    expect(walked.scan!.order).toEqual(scan.order);
    expect(walked.scan!.log).toEqual(scan.log);
    expect(Array.from(walked.scan!.good)).toEqual(Array.from(scan.good));
    expect(Array.from(walked.scan!.flagged)).toEqual(Array.from(scan.flagged));
  });

  it('lists elements after the body, and scans the root element of a page without a body', () => {
    const doc = page('<p>x</p>');
    doc.documentElement.appendChild(doc.createElement('time'));
    const walked = walkPage(doc, doc.body)!;
    expect(walked.hints.dateMarks).toHaveLength(1);
    expect(walked.hints).toEqual(collectHints(doc));
    doc.body.remove();
    const bare = walkPage(doc, doc.documentElement)!;
    expect(bare.hints).toEqual(collectHints(doc));
    expect(bare.scan!.order).toEqual(scanPage(doc.documentElement).order);
  });
});
