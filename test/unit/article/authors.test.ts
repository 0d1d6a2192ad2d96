import { describe, expect, it } from 'vitest';
import { cleanAuthors } from '../../../src/article/authors';

describe('cleanAuthors', () => {
  it('drops "By", roles and dates', () => {
    expect(cleanAuthors(['By Jane Doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Written by: Jane Doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['Jane Doe, Staff Writer'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['By Jane Doe | May 3, 2025'])).toEqual(['Jane Doe']);
  });

  it('splits several names on "and", "&" and commas', () => {
    expect(cleanAuthors(['By Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe']);
    expect(cleanAuthors(['Jane Doe & John Roe, Ana Lima'])).toEqual(['Jane Doe', 'John Roe', 'Ana Lima']);
  });

  it('drops duplicates, URLs, handles and placeholders', () => {
    expect(cleanAuthors(['Jane Doe', 'jane doe'])).toEqual(['Jane Doe']);
    expect(cleanAuthors(['https://www.facebook.com/janedoe'])).toEqual([]);
    expect(cleanAuthors(['admin'])).toEqual([]);
    expect(cleanAuthors(['This sentence is much too long to be the name of any person at all'])).toEqual([]);
  });

  it('drops a credential that carries a footnote mark', () => {
    expect(cleanAuthors(['Angela Holliday-Bell, MD*'])).toEqual(['Angela Holliday-Bell']);
  });
});

describe('an organization named as the author', () => {
  it('keeps its "and" inside the name', () => {
    expect(cleanAuthors(['Center for Drug Evaluation and Research'], { digits: true })).toEqual(['Center for Drug Evaluation and Research']);
    expect(cleanAuthors(['Department of Health and Human Services'])).toEqual(['Department of Health and Human Services']);
    expect(cleanAuthors(['Jane Doe and John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('a paid post\'s byline', () => {
  it('drops the sponsor label and badge around the name', () => {
    expect(cleanAuthors(['Sponsored by Acme Tools'], { digits: true })).toEqual(['Acme Tools']);
    expect(cleanAuthors(['Acme Security Sponsored'])).toEqual(['Acme Security']);
  });
});
