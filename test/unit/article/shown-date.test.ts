import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story whose head declares `head` and whose header shows `header` under the headline (at a URL without a date). */
function story(head: string, header: string, url = 'https://news.example.org/story'): Document {
  return page(`<!doctype html><html><head>${head}</head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`, url);
}

const declared = '<meta property="article:published_time" content="2024-09-06T10:00:00-04:00"><meta property="article:modified_time" content="2025-11-14T08:00:00-05:00">';
/** The same times declared in JSON-LD only, without Open Graph's publication. */
const ldOnly = '<script type="application/ld+json">{"@type":"Article","headline":"Council approves budget","datePublished":"2024-09-06T10:00:00-04:00","dateModified":"2025-11-14T08:00:00-05:00"}</script>';

describe('the publication date readers see', () => {
  it('is the date shown under the headline, with the metadata time of that day', () => {
    expect(detectArticle(story(ldOnly, '<p>November 14, 2025</p>')).publishedTime).toBe('2025-11-14T08:00:00-05:00');
  });

  it('is a shown update when the page declares no other publication in Open Graph', () => {
    expect(detectArticle(story(ldOnly, '<p>Last updated: March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
    expect(detectArticle(story('', '<p>Last updated: March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
    // Open Graph's publication on the update's own day: the update stands, with the modification's time.
    const sameDay = '<meta property="article:published_time" content="2025-11-14T08:00:00-05:00"><meta property="article:modified_time" content="2025-11-14T08:00:00-05:00">';
    expect(detectArticle(story(sameDay + ldOnly, '<p>Updated November 14, 2025</p>')).publishedTime).toBe('2025-11-14T08:00:00-05:00');
  });

  it('is the declared publication when Open Graph declares one before the shown update or modification', () => {
    expect(detectArticle(story(declared, '<p>Last updated: March 3, 2025</p>')).publishedTime).toBe('2024-09-06T10:00:00-04:00');
    expect(detectArticle(story(declared, '<p>November 14, 2025</p>')).publishedTime).toBe('2024-09-06T10:00:00-04:00');
  });

  it('takes a shown update over an Open Graph publication that is not a stamped moment (a bare day or a time without zone)', () => {
    const bareDay = '<meta property="article:published_time" content="2024-12-03"><meta property="article:modified_time" content="2025-11-14">';
    expect(detectArticle(story(bareDay, '<p>Updated November 14, 2025</p>')).publishedTime).toBe('2025-11-14');
    const zoneless = '<meta property="article:published_time" content="2023-09-30 19:49:39"><meta property="article:modified_time" content="2025-11-14 15:34:11">';
    expect(detectArticle(story(zoneless, '<p>November 14 2025 - Average reading time: 12 min</p>')).publishedTime).toBe('2025-11-14T15:34:11');
  });

  it('reads a label from the line before the date', () => {
    expect(detectArticle(story(declared, '<p><span>By Ana Lima</span> <span>Updated on</span></p><p>March 3, 2025</p>')).publishedTime).toBe('2024-09-06T10:00:00-04:00');
    expect(detectArticle(story('', '<p>March 5, 2025</p><p>Published</p><p>|</p><p>March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
  });

  it('is not a teaser\'s date from a related-stories list under the headline', () => {
    const related = '<div class="related-stories"><ul><li><a href="/mayor">Mayor resigns</a> <span>March 3, 2025</span></li></ul></div>';
    expect(detectArticle(story(declared, related)).publishedTime).toBe('2024-09-06T10:00:00-04:00');
    expect(detectArticle(story('', related)).publishedTime).toBeNull();
    // Commentary is a kind of story, not a comment thread.
    expect(detectArticle(story('', '<div class="commentary-meta"><p>March 3, 2025</p></div>')).publishedTime).toBe('2025-03-03');
  });

  it('reads a numeric date whose day and month could swap as the header\'s other numeric date shows', () => {
    expect(detectArticle(story('', '<p>Published 8/1/2025</p><p>Updated 8/27/2025</p>')).publishedTime).toBe('2025-08-01');
    expect(detectArticle(story('', '<p>Published 03/04/2025</p>')).publishedTime).toBeNull();
  });

  it('reads a numeric date whose day and month could swap as the page\'s language writes them', () => {
    const inLanguage = (lang: string, header: string): Document =>
      page(`<!doctype html><html lang="${lang}"><head></head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`, 'https://news.example.org/story');
    expect(detectArticle(inLanguage('de-DE', '<p>Veröffentlicht: 03.04.2025</p>')).publishedTime).toBe('2025-04-03');
    expect(detectArticle(inLanguage('en-GB', '<p>Published 03/04/2025</p>')).publishedTime).toBe('2025-04-03');
    // The header's own dates outrank the language: this one is written month first.
    expect(detectArticle(inLanguage('de', '<p>03/04/2025</p><p>Updated 03/27/2025</p>')).publishedTime).toBe('2025-03-04');
    // English pages without a day-first region write either order, and "en-US" is also many templates' default: no date.
    expect(detectArticle(inLanguage('en', '<p>Published 03/04/2025</p>')).publishedTime).toBeNull();
    expect(detectArticle(inLanguage('en-US', '<p>Published 03/04/2025</p>')).publishedTime).toBeNull();
  });

  it('reads a numeric date after a label word without a colon (the label is no month)', () => {
    expect(detectArticle(story('', '<p>Published 27.05.2024</p>')).publishedTime).toBe('2024-05-27');
    expect(detectArticle(story('', '<p>Updated 2025-02-22</p>')).publishedTime).toBe('2025-02-22');
  });

  it('is a shown day without metadata for it, as a day', () => {
    expect(detectArticle(story(declared, '<p>March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
  });

  it('does not read "on" in a sentence as a publication label', () => {
    expect(detectArticle(story('', '<p>December 15, 2025 // 8 min read</p><p>Prices fall by up to 39% on January 1, 2026.</p>')).publishedTime).toBe('2025-12-15');
  });

  it('prefers the published-labelled date of a dateline that shows two', () => {
    expect(detectArticle(story('', '<p>Updated May 3, 2025 · Published May 1, 2025</p>')).publishedTime).toBe('2025-05-01');
  });

  it('is the declared date when the page shows none', () => {
    expect(detectArticle(story(declared, '')).publishedTime).toBe('2024-09-06T10:00:00-04:00');
  });

  it('is read from the story\'s byline block when neither the header lines nor metadata hold it', () => {
    const doc = (head: string): Document => page(`<!doctype html><html><head>${head}</head><body><div><div><div><div><h1>Council approves budget</h1></div></div></div></div>
      <div class="wrap"><div class="post-byline">By Ana Lima <span>Updated November 14, 2025</span></div><div class="story">${storyParagraphs(6)}</div></div></body></html>`);
    // A shown update is the date unless Open Graph declares another publication.
    expect(detectArticle(doc('')).publishedTime).toBe('2025-11-14');
    expect(detectArticle(doc(ldOnly)).publishedTime).toBe('2025-11-14T08:00:00-05:00');
    expect(detectArticle(doc(declared)).publishedTime).toBe('2024-09-06T10:00:00-04:00');
    expect(detectArticle(doc('<meta property="article:published_time" content="2019-04-16T12:30:00Z">')).publishedTime).toBe('2019-04-16T12:30:00Z');
  });

  it('is read from the small block around the story\'s byline mark, where the date sits beside the name', () => {
    const doc = (byline: string): Document => page(`<!doctype html><html><head></head><body><div><div><div><div><h1>Council approves budget</h1></div></div></div></div>
      <div class="wrap">${byline}<div class="story">${storyParagraphs(6)}</div></div></body></html>`, 'https://news.example.org/story');
    expect(detectArticle(doc('<div class="meta"><p><span><a class="author-link" href="/people/ana">Ana Lima</a></span><span>•</span><span>Oct 20, 2025</span></p></div>')).publishedTime).toBe('2025-10-20');
    expect(detectArticle(doc('<div class="card"><p class="author-name">Ana Lima</p><p><span>2022-11-23T08:10+02:00</span></p></div>')).publishedTime).toBe('2022-11-23');
    // A block of more than a few lines around the name is more than its byline: its dates are not read.
    const big = `<div class="meta"><p class="author-name">Ana Lima</p><p>One</p><p>Two</p><p>Three</p><p>Four</p><p>Five</p><p>Six</p><p>Oct 20, 2025</p></div>`;
    expect(detectArticle(doc(big)).publishedTime).toBeNull();
    // An update beside the name stands for a publication the page no longer shows: none is read.
    const updated = '<div class="meta"><p>By <a class="author-link" href="/people/ana">Ana Lima</a></p><p>Updated Feb. 27, 2025</p></div>';
    expect(detectArticle(doc(updated)).publishedTime).toBeNull();
    // The same update declared as the page's modification is the page's date, as under the headline.
    const declaredUpdate = page(`<!doctype html><html><head><meta property="article:modified_time" content="2025-02-27T09:00:00Z"></head><body><div><div><div><div><h1>Council approves budget</h1></div></div></div></div>
      <div class="wrap">${updated}<div class="story">${storyParagraphs(6)}</div></div></body></html>`, 'https://news.example.org/story');
    expect(detectArticle(declaredUpdate).publishedTime).toBe('2025-02-27T09:00:00Z');
  });

  it('takes the declared time when the shown day is the same moment in another time zone', () => {
    const justAfterMidnight = '<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">';
    expect(detectArticle(story(justAfterMidnight, '<p>July 4, 2025</p>')).publishedTime).toBe('2025-07-05T00:04:00+00:00');
    // The URL's day is the publisher's own: when it is the shown day, the shown day stands.
    expect(detectArticle(story(justAfterMidnight, '<p>July 4, 2025</p>', 'https://news.example.org/2025/07/04/budget')).publishedTime).toBe('2025-07-04');
    // 22:00 UTC is July 5 everywhere from UTC−12 on (10:00 there), never July 4: not the same moment, the shown day stands.
    expect(detectArticle(story('<meta property="article:published_time" content="2025-07-05T22:00:00Z">', '<p>July 4, 2025</p>')).publishedTime).toBe('2025-07-04');
    // A declared wall-clock time without a zone is no moment: the shown day stands.
    expect(detectArticle(story('<meta property="article:published_time" content="2025-07-05 00:04:00">', '<p>July 4, 2025</p>')).publishedTime).toBe('2025-07-04');
  });

  it('reads a name and a date that markup ran together', () => {
    expect(detectArticle(story('', '<p><span>By</span><span>Kathryn Giuffrida</span><span>Mar 5, 2025</span></p>')).publishedTime).toBe('2025-03-05');
    expect(detectArticle(story('', '<p><span>Dec 17, 2025</span><span>Julian Arni</span></p>')).publishedTime).toBe('2025-12-17');
  });

  it('is not a deadline, an offer\'s or an event\'s date, nor a member\'s join date', () => {
    // A grant page: its only shown date is the deadline to apply, written with a soft hyphen as some sites do.
    expect(detectArticle(story('', '<p>*Dead\u00adline to apply: March 1st, 2026</p>')).publishedTime).toBeNull();
    expect(detectArticle(story('', '<p>Offer valid until</p><p>June 30, 2025</p>')).publishedTime).toBeNull();
    expect(detectArticle(story('', '<p>Joined: 4 Jul 2012</p><p>September 11, 2024</p>')).publishedTime).toBe('2024-09-11');
    // A headline that only mentions a deadline keeps its date.
    expect(detectArticle(story('', '<p>Tax deadline looms for small firms</p><p>March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
  });
  it('reads publication and update labels in other languages and as "Publication date"', () => {
    expect(detectArticle(story('', '<p>Aktualisiert: 2025-11-14</p><p>Veröffentlicht: 2025-03-03</p>')).publishedTime).toBe('2025-03-03');
    expect(detectArticle(story('', '<p>Mis à jour le 2025-11-14</p><p>Publié le 2025-03-03</p>')).publishedTime).toBe('2025-03-03');
    expect(detectArticle(story('', '<p>2025-11-14</p><p>Publication date: 2025-03-03</p>')).publishedTime).toBe('2025-03-03');
  });

  it('reads Ukrainian and Russian month names and labels', () => {
    expect(detectArticle(story('', '<p>Оновлено 5 квітня 2025</p><p>Опубліковано 3 квітня 2025 р.</p>')).publishedTime).toBe('2025-04-03');
    expect(detectArticle(story('', '<p>3 марта 2025 г., 14:30</p>')).publishedTime).toBe('2025-03-03');
  });
});

describe('a date under a standfirst', () => {
  /** A standfirst of prose right under the headline, then `byline` (no byline markup), then the story. */
  const standfirst = '<p>HR shared services have evolved into a cornerstone of modern operating models, enabling organisations to drive both efficiency and value creation at scale. Far from being just a cost-control tactic, this model helps organisations simplify delivery, enhance compliance and ensure consistent experiences across many countries.</p>';
  const withDek = (head: string, byline: string): Document => story(head, `${standfirst}${byline}`);

  it('is read when the standfirst ends the header and the page has no other date', () => {
    expect(detectArticle(withDek('', '<p>Jane Doe</p><p><span>23.07.2025</span> · <span>6 min read</span></p>')).publishedTime).toBe('2025-07-23');
  });

  it('only chooses between declared times, as a byline block\'s date does', () => {
    const declaredOnly = '<meta property="article:published_time" content="2024-09-06T10:00:00-04:00">';
    expect(detectArticle(withDek(declaredOnly, '<p>Jane Doe</p><p>July 23, 2025</p>')).publishedTime).toBe('2024-09-06T10:00:00-04:00');
  });

  it('is not read past the story\'s second paragraph', () => {
    expect(detectArticle(withDek('', `${standfirst.replace('HR shared', 'Shared')}<p>July 23, 2025</p>`)).publishedTime).toBeNull();
  });
});
