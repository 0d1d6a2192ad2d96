// The fast tree walks that stand in for slower jsdom reads must read exactly what those reads give.
import { describe, expect, it } from 'vitest';
import { foldedTextFits, foldSpace, nextElement } from '../../../src/article/text';
import { microdataHeadline } from '../../../src/article/title';
import { collectHints } from '../../../src/article/markup-hints';
import { authorCardNames } from '../../../src/article/author-card';
import { scannedLines, textLines } from '../../../src/article/head-lines';
import { holdsOtherVoices } from '../../../src/article/boilerplate';
import { scanPage } from '../../../src/article/page-scan';
import { BLOCK_TAGS } from '../../../src/article/heuristics';
import { page } from './helpers';

describe('foldedTextFits', () => {
  it('agrees with foldSpace(textContent).length at every bound', () => {
    const doc = page('<div id="x">  By <b>Jane\u00a0 Doe</b>\n<script>var a = 1;</script><span>\u200b on </span>  <i></i>May\u2003 2 </div>');
    const el = doc.getElementById('x')!;
    const length = foldSpace(el.textContent ?? '').length;
    for (let max = 0; max <= length + 2; max++) expect(foldedTextFits(el, max)).toBe(length <= max);
  });

  it('reads nothing outside the element', () => {
    const doc = page('<p>before</p><div id="x"><span>ab</span></div><p>after text</p>');
    expect(foldedTextFits(doc.getElementById('x')!, 2)).toBe(true);
    expect(foldedTextFits(doc.getElementById('x')!, 1)).toBe(false);
  });
});

describe('nextElement', () => {
  it('visits the elements in the order getElementsByTagName gives them', () => {
    const doc = page('<header><h1>T</h1><nav><a>x</a><a>y</a></nav></header><main><p>a<b>b</b></p><template><i>t</i></template></main><footer></footer>');
    const walked: Element[] = [];
    for (let el: Element | null = doc.documentElement; el; el = nextElement(el, doc)) walked.push(el);
    expect(walked).toEqual(Array.from(doc.getElementsByTagName('*')));
    const under: Element[] = [];
    const main = doc.querySelector('main')!;
    for (let el = main.firstElementChild; el; el = nextElement(el, main)) under.push(el);
    expect(under).toEqual(Array.from(main.querySelectorAll('*')));
  });
});

describe('the microdata headlines collected with the markup hints', () => {
  it('are the elements a selector query finds', () => {
    const doc = page('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="name headline">Story</h1><span itemprop="Headline">no</span><meta itemprop="headlines" content="no"></div>');
    const hints = collectHints(doc);
    expect(hints.itemHeadlines).toEqual(Array.from(doc.querySelectorAll('[itemprop~="headline"]')));
    expect(microdataHeadline(doc, hints.itemHeadlines)).toBe('Story');
    expect(microdataHeadline(doc)).toBe('Story');
  });
});

describe('the author-card candidates collected with the markup hints', () => {
  const html =
    '<body class="author-bio-page"><h1>Story</h1><p>Text.</p>' +
    '<div class="sidebar"><h4>About the author</h4><p>Sam Roe</p></div>' +
    '<section id="about-the-author" class="box"><p>Jane Doe is a reporter.</p></section>' +
    '<div class="Author-Box"><h3>Ann Lee</h3></div><span id="author-card">no class, not a candidate</span>' +
    '<h2 class="x">Related</h2><h5>About the author</h5></body>';

  it('are the h2–h4 and the class- or id-named cards of the body, in document order', () => {
    const doc = page(html);
    const marks = collectHints(doc).cardMarks!;
    expect(marks.map((el) => el.localName + (el.className ? '.' + el.className : ''))).toEqual(['h4', 'section.box', 'div.Author-Box', 'h3', 'h2.x']);
  });

  it('give the name the page walk gives', () => {
    const doc = page(html);
    expect(authorCardNames(doc, collectHints(doc).cardMarks)).toEqual(authorCardNames(doc));
    expect(authorCardNames(doc)).toEqual(['Sam Roe']);
  });
});

describe('scannedLines', () => {
  it('reads from the page scan the lines textLines reads from the page, at every bound', () => {
    // A class-hidden block (the scan leaves it out, the lines keep it), a markup-hidden one, a comment thread, a script, a <time>.
    const doc = page(`<main><p>Posted by <b>Jane</b> Doe</p><div class="hidden"><p>Published:</p><p>May 2, 2025</p></div>
      <div hidden><p>gone</p></div><section class="comments"><p>Posted on June 9, 2025</p></section><script>var x = "<p>no</p>";</script>
      <p>On <time>May 3, 2025</time> at noon</p><div style="display: none">none</div><span>tail</span></main><p>after</p>`);
    const scan = scanPage(doc.body);
    const breaks = (tag: string): boolean => BLOCK_TAGS.has(tag) || tag === 'TIME';
    const full = textLines(doc.body, 100, breaks, holdsOtherVoices);
    expect(full).toEqual(['Posted by Jane Doe', 'Published:', 'May 2, 2025', 'On', 'May 3, 2025', 'at noon', 'tail', 'after']);
    for (let max = 0; max <= full.length + 1; max++) expect(scannedLines(scan, max, breaks, holdsOtherVoices)).toEqual(textLines(doc.body, max, breaks, holdsOtherVoices));
  });
});
