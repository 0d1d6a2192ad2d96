// The deep fields of what content scripts send: the page report's facts and each selector's parts are checked
// for type and size, so a page cannot make the library store a megabyte title or a selector that breaks anchoring.
import { describe, expect, it } from 'vitest';
import {
  MAX_CONTEXT_CHARS, MAX_FACT_CHARS, MAX_FACT_ITEMS, MAX_PATH_CHARS, MAX_SELECTORS, MAX_TAG_CHARS, MAX_TAGS, MAX_TEXT_CHARS, MAX_URL_CHARS,
  validateRequest,
} from '../../../src/background/validate-request';
import { withField } from './with-field';

const URL_A = 'https://news.example.org/2025/01/ferry-returns';
const INFO = {
  url: URL_A, canonicalUrl: null, title: 'Ferry returns', byline: 'By A. Writer', authors: ['A. Writer'], publishedTime: '2025-01-02',
  modifiedTime: null, siteName: 'Example News', lang: 'en', dir: 'ltr', excerpt: 'A ferry.', leadImage: null, section: null,
  keywords: ['ferry'], isArticle: true, wordCount: 812, readingTimeMinutes: 4,
};
const PAGE = { type: 'page-opened', page: { url: URL_A, canonicalUrl: null, ogUrl: null, info: INFO } };
const QUOTE = { type: 'TextQuoteSelector', exact: 'a ferry', prefix: 'Today ', suffix: ' returns' };
const POSITION = { type: 'TextPositionSelector', start: 10, end: 17 };
const RANGE = { type: 'RangeSelector', startContainer: '/p[1]', startOffset: 0, endContainer: '/p[1]', endOffset: 7 };
const CREATE = { type: 'annotation-create', articleKey: URL_A, draft: { quote: 'a ferry', selectors: [QUOTE, POSITION, RANGE], color: 'yellow' } };

const errorOf = (message: unknown): string => {
  const result = validateRequest(message, 'content-script');
  expect(result.ok, JSON.stringify(message).slice(0, 300)).toBe(false);
  return result.ok ? '' : result.error;
};
const long = (n: number) => 'x'.repeat(n);

describe('the page report of page-opened', () => {
  it('accepts a full report from the detector, and one without facts', () => {
    expect(validateRequest(PAGE, 'content-script').ok).toBe(true);
    expect(validateRequest(withField(PAGE, 'page.info', null), 'content-script').ok).toBe(true);
  });

  it.each([
    ['page.canonicalUrl', 42], ['page.canonicalUrl', undefined], ['page.ogUrl', ['x']], ['page.url', long(MAX_URL_CHARS + 1)],
    ['page.canonicalUrl', long(MAX_URL_CHARS + 1)], ['page.info', 'an article'], ['page.info', []],
  ] as const)('refuses %s = %j', (path, value) => {
    expect(errorOf(withField(PAGE, path, value))).toContain(path);
  });

  it.each([
    ['title', 7], ['title', long(MAX_FACT_CHARS + 1)], ['byline', {}], ['excerpt', long(MAX_FACT_CHARS + 1)], ['siteName', true],
    ['lang', ['en']], ['dir', 'up'], ['dir', undefined], ['url', null], ['url', long(MAX_URL_CHARS + 1)], ['leadImage', long(MAX_URL_CHARS + 1)],
    ['authors', 'A. Writer'], ['authors', [1]], ['authors', Array(MAX_FACT_ITEMS + 1).fill('A')], ['authors', [long(MAX_FACT_CHARS + 1)]],
    ['keywords', null], ['isArticle', 'yes'], ['wordCount', -1], ['wordCount', 1.5], ['wordCount', Number.NaN], ['wordCount', '800'],
    ['readingTimeMinutes', Infinity], ['readingTimeMinutes', -3], ['publishedTime', 20250102], ['section', []],
  ] as const)('refuses info.%s = %j and names it', (field, value) => {
    const error = errorOf(withField(PAGE, `page.info.${field}`, value));
    expect(error).toContain('page.info');
    expect(error).toContain(field);
  });
});

describe('the selectors of a highlight', () => {
  it('accepts the three selectors describe() makes', () => {
    expect(validateRequest(CREATE, 'content-script').ok).toBe(true);
    expect(validateRequest(withField(CREATE, 'draft.selectors', [QUOTE, POSITION, { ...RANGE, lookalikeFit: 0.75 }]), 'content-script').ok).toBe(true);
  });

  it.each([
    ['an unknown type', [{ type: 'CssSelector', value: 'p' }]],
    ['a quote selector without exact', [{ type: 'TextQuoteSelector' }]],
    ['a numeric exact', [{ ...QUOTE, exact: 7 }]],
    ['an over-long exact', [{ ...QUOTE, exact: long(MAX_TEXT_CHARS + 1) }]],
    ['an over-long prefix', [{ ...QUOTE, prefix: long(MAX_CONTEXT_CHARS + 1) }]],
    ['a null suffix', [{ ...QUOTE, suffix: null }]],
    ['a negative start', [{ ...POSITION, start: -1 }]],
    ['a fractional end', [{ ...POSITION, end: 17.5 }]],
    ['a string offset', [{ ...POSITION, start: '10' }]],
    ['an end before its start', [{ ...POSITION, start: 20, end: 3 }]],
    ['an unsafe integer', [{ ...POSITION, end: 2 ** 60 }]],
    ['a numeric container', [{ ...RANGE, startContainer: 3 }]],
    ['an over-long container path', [{ ...RANGE, endContainer: '/div[1]'.repeat(MAX_PATH_CHARS / 7 + 1) }]],
    ['a negative range offset', [{ ...RANGE, endOffset: -7 }]],
    ['a lookalike fit above 1', [{ ...RANGE, lookalikeFit: 1.5 }]],
    ['a lookalike fit that is a string', [{ ...RANGE, lookalikeFit: '0.5' }]],
    ['too many selectors', Array(MAX_SELECTORS + 1).fill(QUOTE)],
    ['a selector that is a list', [[QUOTE]]],
  ])('refuses %s', (_what, selectors) => {
    expect(errorOf(withField(CREATE, 'draft.selectors', selectors))).toContain('draft.selectors');
  });

  it('accepts the path of a highlight 5,000 elements deep, as a page built by script may nest', () => {
    const deep = '/div[1]'.repeat(5_000);
    expect(validateRequest(withField(CREATE, 'draft.selectors', [QUOTE, { ...RANGE, startContainer: deep, endContainer: deep }]), 'content-script').ok).toBe(true);
  });

  it('checks the selectors of a new place the same way', () => {
    const update = { type: 'annotation-update', id: 'a', patch: { quote: 'a ferry', selectors: [{ ...POSITION, start: -1 }] } };
    expect(errorOf(update)).toContain('patch.selectors');
  });
});

describe('sizes of the other fields', () => {
  it.each([
    ['articleKey', MAX_URL_CHARS + 1],
    ['draft.quote', MAX_TEXT_CHARS + 1],
    ['draft.note', MAX_TEXT_CHARS + 1],
  ] as const)('refuses annotation-create with an over-long %s', (path, length) => {
    expect(errorOf(withField(CREATE, path, long(length)))).toContain(path);
  });

  it('refuses too many tags, or an over-long one', () => {
    const update = (tags: string[]) => ({ type: 'annotation-update', id: 'a', patch: { tags } });
    expect(validateRequest(update(['ferries', 'council']), 'content-script').ok).toBe(true);
    expect(errorOf(update(Array(MAX_TAGS + 1).fill('t')))).toContain('patch.tags');
    expect(errorOf(update([long(MAX_TAG_CHARS + 1)]))).toContain('patch.tags');
  });
});
