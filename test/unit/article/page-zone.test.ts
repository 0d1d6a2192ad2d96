import { describe, expect, it } from 'vitest';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

/** A story whose head declares `head` and whose header shows `header` under the headline (at a URL without a date). */
function story(head: string, header: string): Document {
  return page(`<!doctype html><html><head>${head}</head><body><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></body></html>`, 'https://news.example.org/story');
}

const utcOg = '<meta property="article:published_time" content="2024-03-06T04:30:00Z"><meta property="article:modified_time" content="2024-03-07T03:15:00+00:00">';

describe('the publication time in the page\'s own time zone', () => {
  it('is the local form of a UTC moment that the page also writes with its offset, keeping the local day', () => {
    const doc = story(utcOg, '<p><time datetime="2024-03-05T23:30:00-05:00">March 5, 2024</time></p>');
    expect(detectArticle(doc).publishedTime).toBe('2024-03-05T23:30:00-05:00');
  });

  it('takes the local form from JSON-LD, also for the modification time', () => {
    const ld = '<script type="application/ld+json">{"@type":"WebPage","datePublished":"2024-03-05T23:30:00-05:00","dateModified":"2024-03-06T22:15:00-05:00"}</script>';
    const info = detectArticle(story(utcOg + ld, ''));
    expect(info.publishedTime).toBe('2024-03-05T23:30:00-05:00');
    expect(info.modifiedTime).toBe('2024-03-06T22:15:00-05:00');
  });

  it('keeps the UTC moment when the page writes it in no other zone, or writes another instant', () => {
    expect(detectArticle(story(utcOg, '')).publishedTime).toBe('2024-03-06T04:30:00Z');
    const other = '<script type="application/ld+json">{"@type":"WebPage","dateModified":"2024-03-05T20:00:00-05:00"}</script>';
    expect(detectArticle(story(utcOg + other, '')).publishedTime).toBe('2024-03-06T04:30:00Z');
  });

  it('never replaces a moment the page already gives with its own offset', () => {
    const local = '<meta property="article:published_time" content="2024-03-05T23:30:00-05:00"><meta name="parsely-pub-date" content="2024-03-06T04:30:00Z">';
    expect(detectArticle(story(local, '')).publishedTime).toBe('2024-03-05T23:30:00-05:00');
  });
});
