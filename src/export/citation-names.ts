// Names and keys for citations: reference managers want family and given names apart, and short ASCII keys.
import type { ArticleRecord } from '../shared/model';
import { singleLine } from './text-safety';

export type PersonName = { family: string; given: string } | { literal: string };

/** Title words that make poor key words. */
const KEY_STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'why', 'how', 'what']);

/** "Family, Given" as written, else the last word is the family name; a single word stays whole (an agency). */
export function splitPersonName(name: string): PersonName {
  const clean = singleLine(name);
  const comma = clean.indexOf(',');
  if (comma > 0) return { family: clean.slice(0, comma).trim(), given: clean.slice(comma + 1).trim() };
  const words = clean.split(' ');
  if (words.length < 2) return { literal: clean };
  return { family: words[words.length - 1] ?? clean, given: words.slice(0, -1).join(' ') };
}

/** The article's authors as names; with none, nothing (a citation without author beats a guessed one). */
export function authorNames(article: ArticleRecord): PersonName[] {
  return article.authors.filter((name) => name.trim() !== '').map(splitPersonName);
}

/** The year of publication, or null. */
export function yearOf(article: ArticleRecord): number | null {
  const match = article.publishedTime?.match(/^(\d{4})-/);
  return match ? Number(match[1]) : null;
}

/** A key like `haddad2024grain`, ASCII only, unique against `taken` (which it extends). */
export function citationKey(article: ArticleRecord, taken: Set<string>): string {
  const first = authorNames(article)[0];
  const who = asciiWord(first ? ('family' in first ? first.family : first.literal) : (article.siteName ?? '')) || 'anon';
  const titleWords = (article.title ?? '').split(/\s+/).map(asciiWord).filter((w) => w !== '' && !KEY_STOP_WORDS.has(w));
  const base = `${who}${yearOf(article) ?? 'nd'}${titleWords[0] ?? ''}`;
  let key = base;
  for (let n = 0; taken.has(key); n++) key = `${base}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
  taken.add(key);
  return key;
}

/** Lower-case ASCII letters and digits of a word, accents dropped ("Tomás" → "tomas"). */
function asciiWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}
