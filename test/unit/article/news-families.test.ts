// Small pages in the styles a probe of unseen news families found misread: a posted-by line whose date is its own element,
// other languages' month names and byline labels, an infinite-scroll page with the next story appended.
import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

describe('a posted-by line whose date is its own element', () => {
  it('leaves the "on" before the date out of the name', () => {
    const d = page(`<!doctype html><html lang="en"><body><article><h1>The year the leeks failed</h1><div class="e-content">${storyParagraphs(5)}</div>
      <footer class="entry-footer">Posted by <a href="/about/">Ruth Ellison</a> on <time datetime="2024-10-14T18:05:00+01:00">14 October 2024</time></footer></article></body></html>`);
    expect(detectArticle(d).authors).toEqual(['Ruth Ellison']);
  });
});

describe("a share bar's links beside a date", () => {
  it('are not a writer', () => {
    for (const [lang, date] of [['en', 'March 3, 2025'], ['nl', '3 maart 2025 om 14:30']]) {
      const d = page(`<!doctype html><html lang="${lang}"><body><article><h1>Council approves budget</h1><div class="meta"><span>${date}</span></div><div class="share"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div><div class="story">${storyParagraphs(6)}</div></article></body></html>`);
      expect(detectArticle(d).authors).toEqual([]);
    }
  });
});

describe('a dateline with an Indonesian month name', () => {
  it('dates the page', () => {
    const d = page(`<!doctype html><html lang="id"><body><div class="read__header"><h1>MRT Jakarta fase 2 mulai beroperasi</h1><div class="read__time">Rabu, 12 Maret 2025 14:30 WIB</div></div><div class="read__content">${storyParagraphs(6)}</div></body></html>`, 'https://news.example.id/read/mrt-jakarta-fase-2');
    expect(detectArticle(d).publishedTime).toBe('2025-03-12');
  });
});

describe('byline labels in Indonesian and Hindi', () => {
  const story = (lang: string, header: string): string[] => detectArticle(page(`<!doctype html><html lang="${lang}"><body><div class="header"><h1>Council approves budget</h1>${header}</div><div class="story">${storyParagraphs(6)}</div></body></html>`)).authors;
  it('name the writer, not the editor', () => {
    expect(story('id', '<div class="credit"><div>Penulis: <a href="/penulis/budi">Budi Santoso</a></div><div>Editor: <a href="/editor/siti">Siti Rahma</a></div></div>')).toEqual(['Budi Santoso']);
    expect(story('id', '<div class="credit"><div>Penulis</div><div><a href="/penulis/budi">Budi Santoso</a></div></div>')).toEqual(['Budi Santoso']);
  });
  it('read a name in Devanagari up to the next label', () => {
    expect(story('hi', '<div class="meta"><span>लेखक: राहुल शर्मा</span> <span>अपडेटेड: बुध, 12 मार्च 2025 02:30 PM (IST)</span></div>')).toEqual(['राहुल शर्मा']);
    expect(story('hi', '<div class="meta"><span>रिपोर्ट: अनीता देवी</span></div>')).toEqual(['अनीता देवी']);
  });
});

describe('an infinite-scroll page with the next story appended', () => {
  it("keeps the body to the page's own story", () => {
    const d = detectArticle(page(`<!doctype html><html lang="en"><head><title>Ferry fares to rise | Coastline News</title></head><body><main id="stream">
      <article data-id="1"><h1>Ferry fares to rise</h1><p class="byline">By Sam Okafor</p><div class="body">${storyParagraphs(5, 'the ferry board')}</div></article>
      <div class="divider">Next article</div>
      <article data-id="2"><h1>Libraries cut Sunday hours</h1><p class="byline">By Lena Fischer</p><div class="body">${storyParagraphs(4, 'the library board')}</div></article>
      </main></body></html>`));
    expect(d.title).toBe('Ferry fares to rise');
    expect(d.text).toContain('the ferry board');
    expect(d.text).not.toContain('the library board');
  });
  it("not on a blog's home of full posts, titled otherwise", () => {
    const d = detectArticle(page(`<!doctype html><html lang="en"><head><title>Industry News | Acme</title></head><body><h1 class="page-title">Industry News</h1><main id="posts">
      <article><h1>Ferry fares to rise</h1><div class="body">${storyParagraphs(5, 'the ferry board')}</div></article>
      <article><h1>Libraries cut Sunday hours</h1><div class="body">${storyParagraphs(4, 'the library board')}</div></article>
      </main></body></html>`));
    expect(d.text).toContain('the library board');
  });
});

describe('a story signed at its end', () => {
  const story = (sign: string): string[] => detectArticle(page(`<!doctype html><html lang="vi"><body><div class="header"><h1>Tuyến metro số 2 khởi công</h1></div><article class="detail">${storyParagraphs(5)}${sign}</article></body></html>`)).authors;
  it('names the writer in a right-aligned bold last paragraph', () => {
    expect(story('<p class="Normal" style="text-align:right;"><strong>Nguyễn Văn An</strong></p>')).toEqual(['Nguyễn Văn An']);
    expect(story('<p align="right"><b>Trần Thị Bình</b></p>')).toEqual(['Trần Thị Bình']);
  });
  it('not from a bold line that is not set apart, nor a one-word sign-off', () => {
    expect(story('<p><strong>Final Thoughts</strong></p>')).toEqual([]);
    expect(story('<p style="text-align:right"><strong>Cheers!</strong></p>')).toEqual([]);
  });
});

describe("a dateline's numeric date in the page language's order", () => {
  it('is left out of the body like other datelines', () => {
    const d = detectArticle(page(`<!doctype html><html lang="tr"><body><div class="haber"><h1>Yeni metro hattı açıldı</h1><div class="icerik"><div class="tarih">Giriş: 12.03.2025 14:30 Güncelleme: 12.03.2025 16:05</div>${storyParagraphs(6)}</div></div></body></html>`));
    expect(d.text).not.toContain('Giriş');
    expect(d.text).toContain('Paragraph 1');
  });
});
