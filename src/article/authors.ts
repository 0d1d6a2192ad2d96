// Turns raw bylines ("By Jane Doe and John Roe, Staff Writers | May 3, 2025") into names.

import { AUTHOR_SPLIT, BYLINE_NOISE, BYLINE_PREFIX, MAX_AUTHOR_WORDS, NOT_AUTHOR } from './heuristics';
import { decodeEntities, foldSpace } from './text';

/** Cleans one name: no prefix, role, date or trailing punctuation. Null when it is not a name. */
export function cleanName(raw: string): string | null {
  let s = foldSpace(decodeEntities(raw));
  s = s.replace(BYLINE_PREFIX, '').replace(BYLINE_NOISE, '');
  s = s.replace(/^[\s"'“”‘’(\[@:·•|,-]+|[\s"'“”‘’)\]:·•|,.-]+$/g, '');
  if (!s || NOT_AUTHOR.test(s)) return null;
  if (s.split(' ').length > MAX_AUTHOR_WORDS) return null;
  // Names have letters; a line of digits or symbols is a date or a count.
  if (!/\p{L}/u.test(s)) return null;
  return s;
}

/** Splits a byline into names and cleans each; keeps order and drops duplicates. */
export function cleanAuthors(raws: Iterable<string>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    if (!raw || /^https?:\/\//i.test(raw.trim())) continue;
    const stripped = foldSpace(decodeEntities(raw)).replace(BYLINE_PREFIX, '').replace(BYLINE_NOISE, '');
    for (const part of stripped.split(AUTHOR_SPLIT)) {
      const name = cleanName(part);
      if (!name) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
