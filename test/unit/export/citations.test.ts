import { describe, expect, it } from 'vitest';
import { escapeBibtex, toBibtex, toBibtexLibrary } from '../../../src/export/bibtex';
import { toCslItem, toCslJson } from '../../../src/export/csl-json';
import { quoteWithCitation } from '../../../src/export/quote-citation';
import { splitPersonName } from '../../../src/export/citation-names';
import { makeAnnotation, makeArticle, NOW, TRICKY_TEXTS } from './sample-library';

/** Undoes our TeX escapes, as LaTeX would print them. */
function printedByTex(value: string): string {
  return value
    .replace(/\\textbackslash\{\}/g, '\\')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\([{}$&%#_])/g, '$1');
}

/** True when every brace not escaped is balanced, which BibTeX requires of a field. */
function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const match of text.matchAll(/\\[{}]|[{}]/g)) {
    if (match[0] === '{') depth++;
    if (match[0] === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('toBibtex', () => {
  it('writes an @online entry with authors, title, site, date, url and access date', () => {
    expect(toBibtex(makeArticle({ authors: ['Amira Haddad', 'Tomás Ortega'] }), NOW)).toBe(
      [
        '@online{haddad2024ceasefire,',
        '  author = {Haddad, Amira and Ortega, Tomás},',
        '  title = {{Ceasefire talks resume in Cairo}},',
        '  organization = {Example News},',
        '  date = {2024-05-01},',
        '  url = {https://www.example-news.com/world/2024/05/01/ceasefire-talks-resume},',
        '  urldate = {2026-11-25},',
        '  langid = {en},',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what is unknown and still makes a key', () => {
    const entry = toBibtex(makeArticle({ authors: [], siteName: null, publishedTime: null, lang: null, title: null }), NOW);
    expect(entry.startsWith('@online{anonnd')).toBe(true);
    expect(entry).not.toMatch(/author|organization|\bdate = |langid/);
  });

  it('makes keys unique within a library', () => {
    const library = toBibtexLibrary([makeArticle({ key: 'a' }), makeArticle({ key: 'b' }), makeArticle({ key: 'c' })], NOW);
    expect([...library.matchAll(/@online\{([^,]+),/g)].map((m) => m[1])).toEqual(['haddad2024ceasefire', 'haddad2024ceasefirea', 'haddad2024ceasefireb']);
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters printable and braces balanced', (_, text) => {
    const entry = toBibtex(makeArticle({ title: text, siteName: text, authors: [`Jo ${text.slice(0, 20)} Doe`] }), NOW);
    expect(bracesBalance(entry)).toBe(true);
    const title = entry.match(/^ {2}title = \{\{(.*)\}\},$/m)?.[1] ?? '';
    expect(printedByTex(title)).toBe(text.replace(/\s+/gu, ' ').trim());
  });

  it('escapes every TeX special character', () => {
    expect(escapeBibtex('\\{}$&%#_^~')).toBe('\\textbackslash{}\\{\\}\\$\\&\\%\\#\\_\\textasciicircum{}\\textasciitilde{}');
  });
});

describe('toCslJson', () => {
  it('writes an article-newspaper item', () => {
    expect(toCslItem(makeArticle(), NOW)).toEqual({
      id: 'haddad2024ceasefire',
      type: 'article-newspaper',
      title: 'Ceasefire talks resume in Cairo',
      author: [{ family: 'Haddad', given: 'Amira' }, { family: 'Smith', given: 'John' }],
      'container-title': 'Example News',
      issued: { 'date-parts': [[2024, 5, 1]] },
      accessed: { 'date-parts': [[2026, 11, 25]] },
      URL: makeArticle().url,
      language: 'en',
      abstract: 'Negotiators met again on Wednesday.',
    });
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps %s characters intact', (_, text) => {
    const [item] = JSON.parse(toCslJson([makeArticle({ title: text, siteName: text })], NOW));
    expect(item.title).toBe(text.trim());
    expect(item['container-title']).toBe(text);
  });
});

describe('splitPersonName', () => {
  it.each([
    ['Amira Haddad', { family: 'Haddad', given: 'Amira' }],
    ['Haddad, Amira', { family: 'Haddad', given: 'Amira' }],
    ['Reuters', { literal: 'Reuters' }],
    ['Mary Ann  Evans', { family: 'Evans', given: 'Mary Ann' }],
  ])('splits %s', (name, expected) => {
    expect(splitPersonName(name)).toEqual(expected);
  });
});

describe('quoteWithCitation', () => {
  it('gives the quote and its source', () => {
    expect(quoteWithCitation(makeAnnotation({ quote: 'Line one\nline two' }), makeArticle())).toBe(
      '“Line one\nline two”\n— Amira Haddad and John Smith, “Ceasefire talks resume in Cairo”, Example News, 2024-05-01, https://www.example-news.com/world/2024/05/01/ceasefire-talks-resume',
    );
  });

  it.each(Object.entries(TRICKY_TEXTS))('keeps a %s quote intact', (_, text) => {
    const citation = quoteWithCitation(makeAnnotation({ quote: text }), makeArticle());
    expect(citation.startsWith(`“${text.replace(/\r\n?/g, '\n')}”\n— `)).toBe(true);
  });
});
