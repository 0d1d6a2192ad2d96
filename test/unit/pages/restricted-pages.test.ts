// The popup names why a page is closed to extensions.
import { describe, expect, it } from 'vitest';
import { restrictedReason } from '../../../src/pages/popup/restricted-pages';

describe('restrictedReason', () => {
  it('tells browser pages, stores, PDFs and files apart', () => {
    expect(restrictedReason('chrome://newtab/')).toBe('browser');
    expect(restrictedReason('about:addons')).toBe('browser');
    expect(restrictedReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictedReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(restrictedReason('https://example.com/report.PDF?download=1')).toBe('pdf');
    expect(restrictedReason('file:///home/me/article.html')).toBe('file');
  });

  it('leaves ordinary web pages alone', () => {
    expect(restrictedReason('https://www.example.com/news/pdf-reader-story.html')).toBeNull();
  });
});
