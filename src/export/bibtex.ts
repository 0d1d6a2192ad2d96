// BibTeX/biblatex `@online` entries for articles. Field values are brace-delimited; every character TeX treats
// specially is escaped so a headline like "50% of #1 fans & {others}" compiles and prints as written.
import type { ArticleRecord } from '../shared/model';
import { authorNames, citationKey, type PersonName } from './citation-names';
import { dayOf, sortArticles, titleOf } from './snapshot';
import { singleLine } from './text-safety';

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** One `@online` entry; `now` is the access date (`urldate`). */
export function toBibtex(article: ArticleRecord, now: Date, taken: Set<string> = new Set()): string {
  const fields: [string, string][] = [];
  const authors = authorNames(article);
  if (authors.length > 0) fields.push(['author', authors.map(bibtexName).join(' and ')]);
  fields.push(['title', `{${escapeBibtex(titleOf(article))}}`]); // inner braces keep the headline's capitals
  if (article.siteName) fields.push(['organization', escapeBibtex(article.siteName)]);
  const day = dayOf(article.publishedTime);
  if (day) fields.push(['date', day]);
  fields.push(['url', escapeBibtexUrl(article.url)]);
  fields.push(['urldate', now.toISOString().slice(0, 10)]);
  if (article.lang) fields.push(['langid', escapeBibtex(article.lang)]);
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${citationKey(article, taken)},\n${body}\n}\n`;
}

/** Every article of the snapshot, keys unique within the file. */
export function toBibtexLibrary(articles: ArticleRecord[], now: Date): string {
  const taken = new Set<string>();
  return sortArticles(articles).map((article) => toBibtex(article, now, taken)).join('\n');
}

/** Text for a brace-delimited field: one line, TeX specials escaped. */
export function escapeBibtex(text: string): string {
  return singleLine(text).replace(/[\\{}$&%#_^~]/g, (char) => TEX_SPECIALS[char] ?? char);
}

/** URLs are read verbatim by biblatex; only braces and backslashes (never in a normalized URL) are encoded. */
function escapeBibtexUrl(url: string): string {
  return singleLine(url).replace(/[{}\\]/g, encodeURIComponent);
}

/** "Family, Given"; a name that is one word, or holds " and ", is braced so BibTeX keeps it whole. */
function bibtexName(name: PersonName): string {
  if ('literal' in name) return `{${escapeBibtex(name.literal)}}`;
  const family = escapeBibtex(name.family);
  const given = escapeBibtex(name.given);
  const brace = (part: string) => (/\band\b/i.test(part) ? `{${part}}` : part);
  return `${brace(family)}, ${brace(given)}`;
}
