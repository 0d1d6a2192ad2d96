import { describe, expect, it } from 'vitest';
import { articleIdentity } from '../../../src/url';

const GUARDIAN = 'https://www.theguardian.com/world/2024/may/01/ukraine-grain-deal-talks';

describe('articleIdentity', () => {
  it('uses the page address when there are no hints', () => {
    expect(articleIdentity(`${GUARDIAN}?utm_source=twitter#comments`, {})).toEqual({ key: GUARDIAN, aliases: [GUARDIAN] });
  });

  it('uses a sane canonical link and keeps the page address as an alias', () => {
    const page = 'https://www.example-news.com/politics/senate-passes-budget-123456?share=1';
    const canonical = 'https://www.example-news.com/politics/senate-passes-budget-123456';
    expect(articleIdentity(page, { canonicalUrl: canonical })).toEqual({ key: canonical, aliases: [canonical, page] });
  });

  it('resolves a relative canonical link against the page', () => {
    const { key } = articleIdentity('https://example.com/news/2024/story-of-the-year?x=1', {
      canonicalUrl: '/news/2024/story-of-the-year',
    });
    expect(key).toBe('https://example.com/news/2024/story-of-the-year');
  });

  it('falls back to og:url when the canonical link is not sane', () => {
    const og = 'https://www.example.com/2024/05/01/city-council-vote/';
    const identity = articleIdentity('https://www.example.com/2024/05/01/city-council-vote/?ref=home', {
      canonicalUrl: 'https://www.example.com/',
      ogUrl: og,
    });
    expect(identity.key).toBe(og);
  });

  it('ignores a canonical link to the home page and keeps it out of the aliases', () => {
    const identity = articleIdentity(GUARDIAN, { canonicalUrl: 'https://www.theguardian.com/' });
    expect(identity).toEqual({ key: GUARDIAN, aliases: [GUARDIAN] });
    // The home page by its index file, or with a tracked link's parameters, is the home page too.
    for (const canonicalUrl of ['https://www.theguardian.com/index.html', 'https://www.theguardian.com/?utm_source=twitter']) {
      expect(articleIdentity(GUARDIAN, { canonicalUrl })).toEqual({ key: GUARDIAN, aliases: [GUARDIAN] });
    }
  });

  it('ignores a canonical link to a section above the page', () => {
    expect(articleIdentity(GUARDIAN, { canonicalUrl: 'https://www.theguardian.com/world' }).key).toBe(GUARDIAN);
    expect(articleIdentity(GUARDIAN, { canonicalUrl: 'https://www.theguardian.com/world/2024/may/01/' }).key).toBe(
      GUARDIAN,
    );
  });

  it('ignores a canonical link to a bare section elsewhere on the site', () => {
    const page = 'https://example.com/2024/05/01/mayor-resigns-after-audit.html';
    expect(articleIdentity(page, { canonicalUrl: 'https://example.com/politics/' }).key).toBe(page);
  });

  it('ignores a canonical link on another site', () => {
    const page = 'https://news.yahoo.com/mayor-resigns-after-audit-101500123.html';
    expect(articleIdentity(page, { canonicalUrl: 'https://www.reuters.com/world/mayor-resigns-2024-05-01/' }).key).toBe(
      page,
    );
  });

  it('ignores an empty, blank or invalid canonical link', () => {
    for (const canonicalUrl of ['', '   ', 'http://', 'javascript:void(0)', null, undefined]) {
      expect(articleIdentity(GUARDIAN, { canonicalUrl }).key, String(canonicalUrl)).toBe(GUARDIAN);
    }
  });

  it('ignores a canonical link to a clearly different article', () => {
    const page = 'https://www.example.com/sport/football-cup-final-report';
    expect(articleIdentity(page, { canonicalUrl: 'https://www.example.com/business/interest-rates-rise' }).key).toBe(
      page,
    );
  });

  it('ignores a canonical link with a different article id even when the words match', () => {
    const page = 'https://www.bbc.com/news/world-europe-68912345';
    expect(articleIdentity(page, { canonicalUrl: 'https://www.bbc.com/news/world-europe-68000001' }).key).toBe(page);
  });

  it('accepts a canonical link whose slug was edited with the headline', () => {
    const canonical = 'https://example.com/politics/2024/05/01/senate-votes-on-budget-bill/';
    const identity = articleIdentity('https://example.com/politics/2024/05/01/senate-budget-vote/', {
      canonicalUrl: canonical,
    });
    expect(identity.key).toBe(canonical);
  });

  it('accepts a canonical slug for a short link or a WordPress post id', () => {
    const canonical = 'https://blog.example.org/2024/05/the-long-title-of-a-post/';
    expect(articleIdentity('https://blog.example.org/?p=4321', { canonicalUrl: canonical }).key).toBe(canonical);
  });

  it('allows www., amp. and m. host differences', () => {
    const canonical = 'https://www.example.com/news/flood-warning-issued';
    for (const page of [
      'https://example.com/news/flood-warning-issued',
      'https://amp.example.com/news/flood-warning-issued',
      'https://m.example.com/news/flood-warning-issued',
    ]) {
      expect(articleIdentity(page, { canonicalUrl: canonical }).key, page).toBe(canonical);
    }
  });

  it('maps every AMP shape to the regular page key, with or without a canonical link', () => {
    const key = 'https://www.example.com/news/flood-warning-issued';
    for (const amp of [
      'https://www.example.com/news/flood-warning-issued/amp',
      'https://www.example.com/amp/news/flood-warning-issued',
      'https://www.example.com/news/flood-warning-issued?amp=1',
      'https://www.example.com/news/flood-warning-issued?amp',
      'https://amp.example.com/news/flood-warning-issued',
      'https://www.example.com/news/flood-warning-issued.amp',
    ]) {
      expect(articleIdentity(amp, {}).key, amp).toBe(key);
      expect(articleIdentity(amp, { canonicalUrl: key }).key, amp).toBe(key);
    }
  });

  it('keeps the AMP address as an alias', () => {
    const amp = 'https://www.bbc.co.uk/news/world-europe-68912345.amp';
    const canonical = 'https://www.bbc.co.uk/news/world-europe-68912345';
    expect(articleIdentity(amp, { canonicalUrl: canonical }).aliases).toEqual([canonical, amp]);
  });

  it('lists every normalized address seen, the key first and each once', () => {
    const identity = articleIdentity('https://m.example.com/news/flood-warning-issued?utm_source=x#top', {
      canonicalUrl: 'https://www.example.com/news/flood-warning-issued',
      ogUrl: 'https://example.com/news/flood-warning-issued',
    });
    expect(identity).toEqual({
      key: 'https://www.example.com/news/flood-warning-issued',
      aliases: [
        'https://www.example.com/news/flood-warning-issued',
        'https://example.com/news/flood-warning-issued',
        'https://m.example.com/news/flood-warning-issued',
      ],
    });
  });

  it('keeps an address that is not a URL as its own key', () => {
    expect(articleIdentity(' file-without-scheme.html ', {})).toEqual({
      key: 'file-without-scheme.html',
      aliases: ['file-without-scheme.html'],
    });
  });

  it('normalizes the canonical link too', () => {
    const canonicalUrl = 'HTTPS://WWW.TheGuardian.com:443/world/2024/may/01/ukraine-grain-deal-talks?utm_medium=x#top';
    expect(articleIdentity(GUARDIAN, { canonicalUrl }).key).toBe(GUARDIAN);
  });
});

describe('articleIdentity on an AMP cache', () => {
  it('trusts the publisher\'s canonical link, as the page is the publisher\'s', () => {
    const canonical = 'https://www.example.com/news/flood-warning-issued';
    const cached = 'https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/flood-warning-issued/amp/';
    const identity = articleIdentity(cached, { canonicalUrl: canonical });
    expect(identity.key).toBe(canonical);
    expect(identity.aliases).toContain(cached);
  });
});
