import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story whose head declares `head` and whose header shows `header` under the headline. */
function story(head: string, header: string): Document {
  return page(`<!doctype html><html><head>${head}</head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`);
}

const declared = '<meta property="article:published_time" content="2024-09-06T10:00:00-04:00"><meta property="article:modified_time" content="2025-11-14T08:00:00-05:00">';

describe('the publication date readers see', () => {
  it('is the date shown under the headline, with the metadata time of that day', () => {
    expect(detectArticle(story(declared, '<p>November 14, 2025</p>')).publishedTime).toBe('2025-11-14T08:00:00-05:00');
  });

  it('is a shown day without metadata for it, as a day', () => {
    expect(detectArticle(story(declared, '<p>March 3, 2025</p>')).publishedTime).toBe('2025-03-03');
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
    expect(detectArticle(doc('')).publishedTime).toBe('2025-11-14');
    // A byline block's date only chooses between declared times: here the update the page shows.
    expect(detectArticle(doc(declared)).publishedTime).toBe('2025-11-14T08:00:00-05:00');
    expect(detectArticle(doc('<meta property="article:published_time" content="2019-04-16T12:30:00Z">')).publishedTime).toBe('2019-04-16T12:30:00Z');
  });

  it('takes a shown day one off the declared time for the same moment in another time zone', () => {
    expect(detectArticle(story('<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">', '<p>July 4, 2025</p>')).publishedTime).toBe('2025-07-05T00:04:00+00:00');
  });

  it('reads a name and a date that markup ran together', () => {
    expect(detectArticle(story('', '<p><span>By</span><span>Kathryn Giuffrida</span><span>Mar 5, 2025</span></p>')).publishedTime).toBe('2025-03-05');
    expect(detectArticle(story('', '<p><span>Dec 17, 2025</span><span>Julian Arni</span></p>')).publishedTime).toBe('2025-12-17');
  });
});
