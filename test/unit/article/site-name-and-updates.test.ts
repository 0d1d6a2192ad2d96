import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { visibleDates } from '../../../src/article/visible-byline';
import { siteNameFromTitle } from '../../../src/article/title-site';
import { page, storyParagraphs } from './helpers';

/** A page with `head` in its <head>, and `top` under the headline above plain story paragraphs. */
function withHead(head: string, top = '', lang = 'en'): Document {
  return page(`<!doctype html><html lang="${lang}"><head>${head}</head><body><article><h1>Council approves budget</h1>${top}<div class="story">${storyParagraphs(6)}</div></article></body></html>`);
}

describe('site name', () => {
  it('takes the JSON-LD WebSite name over the publisher, which is the company behind it', () => {
    const ld = { '@graph': [
      { '@type': 'WebSite', '@id': '#site', name: 'Riverton Herald' },
      { '@type': 'NewsArticle', headline: 'Council approves budget', publisher: { '@type': 'Organization', name: 'Riverton Herald Media Group' } },
    ] };
    expect(detectArticle(withHead(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`)).siteName).toBe('Riverton Herald');
  });

  it('reads the name the <title> sets off from the headline when none is declared', () => {
    expect(detectArticle(withHead('<title>Council approves budget - Coastal Daily News</title>')).siteName).toBe('Coastal Daily News');
    expect(siteNameFromTitle('東京で桜の開花を発表｜東都新聞', '東京で桜の開花を発表')).toBe('東都新聞');
    expect(siteNameFromTitle('Wander Often | Council approves budget', 'Council approves budget')).toBe('Wander Often');
  });

  it('leaves it unknown when the rest of the <title> is not the headline', () => {
    expect(siteNameFromTitle('Council approves budget - Page 1 - Forum', 'Council approves budget')).toBeNull();
    expect(siteNameFromTitle('Council approves budget', 'Council approves budget')).toBeNull();
    expect(siteNameFromTitle('Council approves budget - Page 2', 'Council approves budget')).toBeNull();
  });
});

describe('shown updates', () => {
  it('keeps each date of a line with its own label in French', () => {
    expect(visibleDates(['Par Marie Dupont, publié le 3 mars 2025 à 14h20, mis à jour le 4 mars 2025 à 08h05'])).toEqual([
      { day: '2025-03-03', label: 'published' },
      { day: '2025-03-04', label: 'updated' },
    ]);
  });

  it('gives the shown update as the modification when nothing declares one', () => {
    const d = detectArticle(withHead('', '<p class="meta">Par Marie Dupont, publié le 3 mars 2025, mis à jour le 4 mars 2025</p>', 'fr'));
    expect(d.publishedTime).toBe('2025-03-03');
    expect(d.modifiedTime).toBe('2025-03-04');
  });
});

describe('title behind a colon', () => {
  it('drops the site name set before the headline with a colon when the logo took the h1 and an h2 shows the headline', () => {
    const doc = page(`<!doctype html><html lang="en"><head><title>Riverton Herald: Ferry fares frozen for another year</title></head><body>
      <header><h1 class="logo"><a href="/">Riverton Herald</a></h1></header>
      <main><div class="story"><h2>Ferry fares frozen for another year</h2>${storyParagraphs(5)}</div></main></body></html>`, 'https://herald.example.org/news/ferry-fares');
    expect(detectArticle(doc).title).toBe('Ferry fares frozen for another year');
  });

  it('keeps a colon title whole when no heading shows its second part', () => {
    const doc = page(`<!doctype html><html lang="en"><head><title>Review: Ferry fares frozen for another year</title></head><body>
      <main><div class="story"><p>${'Ferry fares will stay where they are. '.repeat(12)}</p>${storyParagraphs(5)}</div></main></body></html>`, 'https://herald.example.org/news/ferry-fares');
    expect(detectArticle(doc).title).toBe('Review: Ferry fares frozen for another year');
  });
});
