// Small pages in the styles a probe of unseen news families found misread: a JSON-LD author list with the desk beside the
// writers, a comment's <time> inside the story's <article>, a health site's row of credits, Urdu dates, names in scripts
// without capitals in links to writers' pages, Taiwanese reporters' tags, place names beside dates, newspapers and guest books
// on obituaries.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

describe('a JSON-LD author list of an Organization and Persons', () => {
  it('names the people, not the desk', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'City opens cooling centers', datePublished: '2025-03-05T10:15:00-06:00',
      author: [{ '@type': 'Organization', name: 'Metro Desk' }, { '@type': 'Person', name: 'Dan Hill' }, { '@type': 'Person', name: 'Eva Ross' }] });
    const d = page(`<!doctype html><html lang="en"><head><script type="application/ld+json">${ld}</script></head><body><article><h1>City opens cooling centers</h1>${storyParagraphs(5)}</article></body></html>`);
    expect(detectArticle(d).authors).toEqual(['Dan Hill', 'Eva Ross']);
  });
});

describe("a comment's <time> in its own meta header inside the story's <article>", () => {
  it("is not the story's date: the URL's day is", () => {
    const d = page(`<!doctype html><html lang="en"><body><div id="content"><article class="post hentry"><h1 class="entry-title">Pruning roses early</h1><div class="entry-content">${storyParagraphs(5)}</div>
      <div id="comments" class="comments-area"><ol class="commentlist"><li class="comment"><article class="comment"><header class="comment-meta comment-author vcard"><cite><b class="fn">Tom</b></cite>
      <a href="#c1"><time datetime="2025-03-06T09:12:00+00:00">March 6, 2025 at 9:12 am</time></a></header><section class="comment-content"><p>Same thing happened to me.</p></section></article></li></ol></div>
      </article></div></body></html>`, 'https://garden.example/2025/03/05/pruning-roses-early/');
    expect(detectArticle(d).publishedTime).toBe('2025-03-05');
  });
});

describe("a row of credits set apart by dashes", () => {
  it('names the writer, not the reviewer, and reads the date at its end', () => {
    const d = detectArticle(page(`<!doctype html><html lang="en"><body><article><h1>Is it safe to exercise with a cold?</h1>
      <div class="article-meta"><p>Medically reviewed by <a href="/reviewers/oh">Omar Haddad, MD</a> — Written by <a href="/authors/km">Kate Morrison</a> — Updated on March 4, 2025</p></div>
      ${storyParagraphs(6)}</article></body></html>`, 'https://health.example/exercise-with-a-cold'));
    expect(d.authors).toEqual(['Kate Morrison']);
    expect(d.publishedTime).toBe('2025-03-04');
  });
});

describe('an Urdu dateline', () => {
  it('dates the page by its month name', () => {
    const d = page(`<!doctype html><html lang="ur" dir="rtl"><body><article><h1>کراچی میں پانی کا نیا منصوبہ</h1><div class="story__time">شائع <span>05 مارچ 2025</span> <span>02:30pm</span></div>${storyParagraphs(5)}</article></body></html>`, 'https://news.example.pk/news/1234567/');
    expect(detectArticle(d).publishedTime).toBe('2025-03-05');
  });
});

describe("a link to a writer's page whose text is in a script without capitals", () => {
  it('names the writer (also where the page numbers its writers: /authors/1234/slug)', () => {
    const story = (lang: string, link: string): string[] => detectArticle(page(`<!doctype html><html lang="${lang}" dir="rtl"><body><main><h1>כותרת הכתבה החשובה</h1><div class="byline">${link}</div>${storyParagraphs(6)}</main></body></html>`, 'https://news.example/a/123')).authors;
    expect(story('he', '<a href="/author/dana-levi">דנה לוי</a>')).toEqual(['דנה לוי']);
    expect(story('ur', '<a href="/authors/1234/ahmed-ali">احمد علی</a>')).toEqual(['احمد علی']);
  });
});

describe("a Taiwanese reporter's tag opening the story", () => {
  it('names the reporter', () => {
    const d = page(`<!doctype html><html lang="zh-Hant-TW"><body><div class="articlebody"><h1>北市公車將全面改用電動車</h1><span class="time">2025/03/05 14:30</span><div class="text">
      <p>〔記者王小明／台北報導〕台北市政府今（5）日宣布，市區公車將在2030年前全面汰換為電動車，目前約3500輛柴油公車將分階段退場，市府並將補助業者興建充電站。</p>
      <p>交通局長表示，目前北市已有約1200輛電動公車上路，占整體車隊約三分之一，今年起每年將再汰換400輛以上，並優先於空氣品質較差的路線投入電動車。</p>
      <p>市府估計，全面電動化後每年可減少約12萬公噸的二氧化碳排放，乘客也將享有更安靜、更平穩的乘車體驗。業者則希望中央與市府提高購車補助，以減輕營運壓力。</p></div></div></body></html>`, 'https://news.example.tw/news/life/4976543');
    expect(detectArticle(d).authors).toEqual(['王小明']);
  });
});

describe('a place name beside the date', () => {
  it('is not a writer', () => {
    for (const line of ['New York March 3, 2025', '<span>Salt Lake City</span> <span>March 3, 2025</span>']) {
      const d = detectArticle(page(`<!doctype html><html lang="en"><body><main><h1>Transit union reaches tentative deal</h1><div class="dateline">${line}</div>${storyParagraphs(6)}</main></body></html>`, 'https://wire.example/news/transit-deal'));
      expect(d.authors).toEqual([]);
      expect(d.publishedTime).toBe('2025-03-03');
    }
  });
});

describe('an obituary', () => {
  const obituary = (after: string): string[] => detectArticle(page(`<!doctype html><html lang="en"><body><main><h1>Margaret Ann Doyle</h1><div class="obit-text">${storyParagraphs(5, 'the family')}</div>${after}</main></body></html>`, 'https://tributes.example/obituaries/margaret-doyle')).authors;
  it('"Published by <newspaper> on <date>" names the paper, not a writer', () => {
    expect(obituary('<p class="obit-published">Published by Springfield Herald on Mar. 2, 2025.</p>')).toEqual([]);
  });
  it("the guest book's signers are not its writers", () => {
    expect(obituary(`<section id="guestbook" class="guestbook"><h2>Guest Book</h2><div class="entry"><p>My sympathies to the whole family.</p><span class="entry-author">Linda Carver</span> <span class="entry-date">March 3, 2025</span></div></section>`)).toEqual([]);
  });
});

describe("a live blog whose updates are <article>s of one paragraph with share links", () => {
  it('keeps the updates in the body (they are not teaser cards of other stories)', () => {
    const updates = Array.from({ length: 8 }, (_, i) => `<article class="block" id="b${i}"><header><time datetime="2025-03-05T1${i}:00:00Z">1${i}:00</time> <span>Tom Baker</span></header>
      <p>Update ${i + 1}: turnout in district ${i + 1} stood at ${40 + i} percent at this hour, the electoral commission said, up on the last regional election at the same time.</p>
      <div class="share"><a href="#b${i}">Copy link</a> <a href="https://social.example/sharer?u=x">Share</a></div></article>`).join('\n');
    const d = detectArticle(page(`<!doctype html><html lang="en"><body><main><h1>Regional election live: polls close</h1><p class="byline">Tom Baker</p>
      <div class="live-blog"><div class="filter"><button>Latest</button></div>${updates}</div>
      <section class="related"><h2>More on this story</h2><article><a href="/world/guide">Who are the candidates? A quick guide</a></article></section></main></body></html>`, 'https://news.example/world/live/regional-election'));
    expect(d.text).toContain('Update 1: turnout');
    expect(d.text).toContain('Update 8: turnout');
  });
  it("judges the updates' permalinks against the page's address the caller gives, not the document's own (a copy parsed elsewhere)", () => {
    const at = 'https://news.example/world/live/regional-election';
    const updates = Array.from({ length: 8 }, (_, i) => `<article class="block" id="b${i}"><p>Update ${i + 1}: turnout in district ${i + 1} stood at ${40 + i} percent at this hour, the electoral commission said, up on the last regional election at the same time.</p>
      <div class="share"><a href="${at}#b${i}">Copy link</a></div></article>`).join('\n');
    const copy = page(`<!doctype html><html lang="en"><body><main><h1>Regional election live: polls close</h1><div class="live-blog">${updates}</div></main></body></html>`, 'https://copies.example/parsed.html');
    const d = detectArticle(copy, { url: at });
    expect(d.text).toContain('Update 1: turnout');
    expect(d.text).toContain('Update 8: turnout');
  });
});

describe('a story told in paragraphs shorter than prose length', () => {
  it('still leaves its dateline out of the body', () => {
    const d = detectArticle(page(`<!doctype html><html lang="bn"><head><title>ঢাকায় নতুন মেট্রোরেল লাইনের কাজ শুরু</title></head><body><main><article><h1>ঢাকায় নতুন মেট্রোরেল লাইনের কাজ শুরু</h1>
      <div class="info"><span>নিজস্ব প্রতিবেদক</span> <span>প্রকাশ: ০৫ মার্চ ২০২৫, ১৪:৩০</span></div><div class="content">
      <p>রাজধানী ঢাকায় নতুন মেট্রোরেল লাইনের নির্মাণকাজ আনুষ্ঠানিকভাবে শুরু হয়েছে। বুধবার সকালে এক অনুষ্ঠানের মাধ্যমে এই কাজের উদ্বোধন করা হয়।</p>
      <p>কর্তৃপক্ষ জানিয়েছে, নতুন লাইনটি চালু হলে যানজট অনেকটাই কমবে এবং যাত্রীদের সময় বাঁচবে।</p><p>প্রকল্পটি ২০২৮ সালের মধ্যে শেষ হওয়ার কথা রয়েছে।</p></div></article></main></body></html>`, 'https://news.example/bn/2025/story-123'));
    expect(d.text.startsWith('রাজধানী ঢাকায়')).toBe(true);
  });
});

describe('numeric dates of languages that write the day first', () => {
  const dated = (lang: string, line: string): string | null => detectArticle(page(`<!doctype html><html lang="${lang}" dir="rtl"><body><main><h1>כותרת הכתבה החשובה</h1><div class="meta"><span>${line}</span></div>${storyParagraphs(6)}</main></body></html>`, 'https://news.example/a/123')).publishedTime;
  it('read a Hebrew page\'s "05.03.2025" day first', () => {
    expect(dated('he', 'פורסם: 05.03.2025 | 14:30')).toBe('2025-03-05');
  });
  it('read a zero-padded date with a two-digit year ("05.03.25")', () => {
    expect(dated('he', 'פורסם: 05.03.25 | 14:30')).toBe('2025-03-05');
    expect(dated('de', 'Veröffentlicht: 05.03.25, 14:30 Uhr')).toBe('2025-03-05');
  });
});

describe("a photo gallery's credit", () => {
  it('"Compiled by Jane Doe" names its author', () => {
    const figs = Array.from({ length: 6 }, (_, i) => `<li><figure><img src="/g/${i}.jpg" alt=""><figcaption>${i + 1} / 6 Crowds line the seafront on the first warm weekend of the year, photograph ${i + 1}.</figcaption></figure></li>`).join('');
    // A story with its pictures (a page not judged a story keeps only the writers it declares, detect-article.ts).
    const d = detectArticle(page(`<!doctype html><html lang="en-GB"><body><main><h1>Spring arrives early: the week in pictures</h1><p class="standfirst">The best photographs from around the country this week</p>
      <p class="meta">Compiled by <a href="/profile/lucy-hart">Lucy Hart</a> · Fri 7 Mar 2025 16.00 GMT</p><ul class="gallery">${figs}</ul>${storyParagraphs(6)}</main></body></html>`, 'https://news.example/uk/gallery/spring'));
    expect(d.isArticle).toBe(true);
    expect(d.authors).toEqual(['Lucy Hart']);
  });
});

describe('a run-on row of credits after the story', () => {
  it("ends the writer's name at the next credit's label", () => {
    const d = detectArticle(page(`<!doctype html><html lang="en"><body><article><h1>Is it safe to exercise with a cold?</h1>${storyParagraphs(6)}
      <div class="sources"><p>Current Version<br>Mar 4, 2025 Written By Kate Morrison Edited By Jo Perez Medically Reviewed By Omar Haddad, MD</p></div></article></body></html>`, 'https://health.example/exercise-with-a-cold'));
    expect(d.authors).toEqual(['Kate Morrison']);
  });
});
