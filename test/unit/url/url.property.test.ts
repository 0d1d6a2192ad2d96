import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleIdentity, normalizeUrl, stripAmp } from '../../../src/url';

const webUrl = fc.webUrl({ withQueryParameters: true, withFragments: true });

describe('url properties', () => {
  it('normalizeUrl is idempotent', () => {
    fc.assert(fc.property(webUrl, (url) => normalizeUrl(normalizeUrl(url)) === normalizeUrl(url)));
  });

  it('normalizeUrl drops every fragment', () => {
    fc.assert(fc.property(webUrl, (url) => !normalizeUrl(url).includes('#')));
  });

  it('stripAmp is idempotent', () => {
    fc.assert(fc.property(webUrl, (url) => stripAmp(stripAmp(url)) === stripAmp(url)));
  });

  it('the key is the first alias and aliases are unique, whatever the hints', () => {
    const hint = fc.option(fc.oneof(webUrl, fc.string()), { nil: null });
    fc.assert(
      fc.property(webUrl, hint, hint, (page, canonicalUrl, ogUrl) => {
        const { key, aliases } = articleIdentity(page, { canonicalUrl, ogUrl });
        expect(aliases[0]).toBe(key);
        expect(new Set(aliases).size).toBe(aliases.length);
        expect(aliases).toContain(normalizeUrl(page));
      }),
    );
  });
});
