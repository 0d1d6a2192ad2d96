import { describe, expect, it } from 'vitest';
import { isAmpUrl, stripAmp } from '../../../src/url';

describe('stripAmp', () => {
  it('drops an /amp/ path segment at the end or in front', () => {
    expect(stripAmp('https://www.example.com/2024/05/01/senate-passes-budget/amp/')).toBe(
      'https://www.example.com/2024/05/01/senate-passes-budget/',
    );
    expect(stripAmp('https://www.example.com/amp/news/senate-passes-budget')).toBe(
      'https://www.example.com/news/senate-passes-budget',
    );
  });

  it('drops the ?amp flag in its spellings', () => {
    expect(stripAmp('https://example.com/news/story-slug?amp')).toBe('https://example.com/news/story-slug');
    expect(stripAmp('https://example.com/news/story-slug?amp=1&id=7')).toBe('https://example.com/news/story-slug?id=7');
    expect(stripAmp('https://www.washingtonpost.com/politics/2024/05/01/slug/?outputType=amp')).toBe(
      'https://www.washingtonpost.com/politics/2024/05/01/slug/',
    );
  });

  it('maps the amp. host to the www. host', () => {
    expect(stripAmp('https://amp.theguardian.com/world/2024/may/01/some-story')).toBe(
      'https://www.theguardian.com/world/2024/may/01/some-story',
    );
  });

  it('drops a .amp suffix, also before .html', () => {
    expect(stripAmp('https://www.bbc.co.uk/news/world-europe-68912345.amp')).toBe(
      'https://www.bbc.co.uk/news/world-europe-68912345',
    );
    expect(stripAmp('https://example.com/2024/story.amp.html')).toBe('https://example.com/2024/story.html');
  });

  it('leaves words that merely contain amp alone', () => {
    const url = 'https://example.com/news/camp-david-talks-ampersand?campaign=spring';
    expect(stripAmp(url)).toBe(url);
    expect(isAmpUrl(url)).toBe(false);
    expect(isAmpUrl('https://amp.cnn.com/cnn/2024/05/01/politics/story/index.html')).toBe(true);
  });
});

describe('stripAmp on AMP caches', () => {
  it('finds the publisher address inside a cdn.ampproject.org URL', () => {
    expect(stripAmp('https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/flood-warning-issued/amp/')).toBe(
      'https://www.example.com/news/flood-warning-issued/',
    );
    expect(stripAmp('https://example-com.cdn.ampproject.org/v/example.com/story.amp?amp_js_v=0.1')).toBe(
      'http://example.com/story',
    );
  });

  it('finds the publisher address inside a google.com/amp/ viewer URL', () => {
    expect(stripAmp('https://www.google.com/amp/s/www.bbc.co.uk/news/world-europe-68912345.amp')).toBe(
      'https://www.bbc.co.uk/news/world-europe-68912345',
    );
  });

  it('leaves other google.com pages alone', () => {
    expect(stripAmp('https://www.google.com/search?q=amp')).toBe('https://www.google.com/search?q=amp');
  });
});
