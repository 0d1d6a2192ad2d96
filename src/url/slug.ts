// What names an article inside its URL: the words of its slug and its numeric id. Used to tell a canonical link
// that renames the same story (edited headline) from one that points at a different story (a CMS bug).

/** Digits this long are article ids (BBC 68912345, WordPress ?p=12345); shorter ones are dates and page numbers. */
const MIN_ID_DIGITS = 5;
/** Words this short carry no meaning on their own ("a", "of", "us"). */
const MIN_WORD_LENGTH = 3;
/** Words that appear in slugs of unrelated stories, or are file extensions and AMP markers. */
const NON_NAMING_WORDS = new Set([
  'the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'was', 'how', 'why', 'what', 'who', 'its', 'has',
  'html', 'htm', 'php', 'asp', 'aspx', 'amp', 'index', 'www',
]);
/** Separators of words inside a slug segment. */
const SLUG_SEPARATOR = /[-_.+,~]+/;

export interface UrlNames {
  /** Meaningful words of the slug segment (the last segment with several words), lower-cased. */
  slugWords: Set<string>;
  /** Numeric article ids anywhere in the path or query. */
  ids: Set<string>;
}

/** The slug words and ids of a URL. */
export function namesOf(url: URL): UrlNames {
  const segments = url.pathname.split('/').filter(Boolean).map(safeDecode);
  const ids = new Set<string>();
  for (const token of [...segments, url.search].join(' ').match(/\d+/g) ?? []) {
    if (token.length >= MIN_ID_DIGITS) ids.add(token);
  }
  const slug = [...segments].reverse().find((segment) => wordsOf(segment).length >= 2);
  return { slugWords: new Set(slug ? wordsOf(slug).filter(isNaming) : []), ids };
}

/** True only when both URLs name an article and the names have nothing in common. */
export function nameDifferentArticles(a: URL, b: URL): boolean {
  const left = namesOf(a);
  const right = namesOf(b);
  if (left.ids.size > 0 && right.ids.size > 0) return !intersects(left.ids, right.ids);
  if (left.slugWords.size > 0 && right.slugWords.size > 0) return !intersects(left.slugWords, right.slugWords);
  return false; // one of them has no name (a short link, ?p=123): nothing says they differ
}

function wordsOf(segment: string): string[] {
  return segment
    .toLowerCase()
    .split(SLUG_SEPARATOR)
    .filter((word) => /\p{L}/u.test(word));
}

function isNaming(word: string): boolean {
  return [...word].length >= MIN_WORD_LENGTH && !NON_NAMING_WORDS.has(word);
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
