// Finds the people who wrote the article: JSON-LD, author meta tags, microdata, rel=author links and
// visible bylines, in that order of trust. Returns cleaned names only.

import { cleanAuthors } from './authors';
import { ldNames, type JsonLd } from './json-ld';
import { allMeta, type MetaTags } from './meta-tags';
import { textOf } from './text';

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name'];
/** Visible byline containers (classes/ids/rel/itemprop used across publishing systems). */
const BYLINE_SELECTOR = '[itemprop~="author"], [rel~="author"], [class*="byline" i], [class*="author-name" i], [class*="author__name" i], [class*="AuthorName"], [data-testid*="author" i]';

function microdataNames(doc: Document): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll(BYLINE_SELECTOR);
  for (let i = 0; i < els.length && i < 20; i++) {
    const el = els[i]!;
    // itemprop=author often wraps a Person with its own itemprop=name.
    const nameEl = el.querySelector('[itemprop~="name"]');
    const content = el.getAttribute('content');
    const text = content ?? textOf(nameEl ?? el);
    if (text && text.length < 120) out.push(text);
  }
  return out;
}

/** The article's authors, by source in order of trust; the first source that yields names wins. */
export function findAuthors(doc: Document, meta: MetaTags, ld: JsonLd): string[] {
  const art = ld.article;
  if (art) {
    const names = cleanAuthors(ldNames(ld, art['author'] ?? art['creator']));
    if (names.length) return names;
  }
  const metaNames = cleanAuthors(allMeta(meta, ...AUTHOR_META).filter((v) => !/^@/.test(v)));
  if (metaNames.length) return metaNames;
  return cleanAuthors(microdataNames(doc)).slice(0, 4);
}
