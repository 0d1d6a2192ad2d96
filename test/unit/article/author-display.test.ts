// How a found byline is shown: a profile address beside the name is not a name, and a name run on into its role next to
// the same name alone is shown once.
import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';
import { detectArticle } from '../../../src/article/detect-article';
import { page, storyParagraphs } from './helpers';

function byline(header: string): string | null {
  const d = page(`<!doctype html><html lang="en"><body><main><article><h1>Council approves budget</h1>${header}<div class="story">${storyParagraphs(6)}</div></article></main></body></html>`);
  return detectArticle(d).byline;
}

describe('names the byline lists twice', () => {
  it('drops a profile address written beside the name', () => {
    expect(cleanAuthors(['janedoe, www.facebook.com/janedoe'], { digits: true })).toEqual(['janedoe']);
    expect(cleanAuthors(['Jane Doe | facebook.com/janedoe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Doe For Dailymail.com'])).toEqual(['Jane Doe']);
  });

  it('keeps the name, not the name run on into its role', () => {
    expect(byline('<div class="byline">Jane Doe Head Winemaker</div><p>Intro.</p><div class="byline">Jane Doe</div>')).toBe('Jane Doe');
  });
});
