// Finds the people who wrote the article: JSON-LD, author meta tags, microdata, rel=author links and
// visible bylines, in that order of trust. Returns cleaned names only.

import { cleanAuthors } from './authors';
import { visibleAuthors } from './visible-byline';
import { ldNames, resolve, type JsonLd, type JsonNode } from './json-ld';
import type { MarkupHints } from './markup-hints';
import { allMeta, type MetaTags } from './meta-tags';
import { textOf } from './text';

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name'];
/** A byline longer than this is a bio or a whole header, not a name line. */
const MAX_BYLINE_CHARS = 120;
/** Visible bylines past this many are lists of other stories' authors. */
const MAX_VISIBLE_BYLINES = 4;

function visibleNames(hints: MarkupHints): string[] {
  const out: string[] = [];
  for (const el of hints.bylines.slice(0, 20)) {
    // itemprop=author often wraps a Person with its own itemprop=name.
    const nameEl = el.querySelector('[itemprop~="name"]');
    const text = (nameEl ?? el).getAttribute('content') ?? textOf(nameEl ?? el);
    if (text && text.length < MAX_BYLINE_CHARS) out.push(text);
  }
  return out;
}

/** Whether JSON-LD names an organization rather than people as the author. */
function organizationAuthor(ld: JsonLd, v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  return list.length > 0 && list.every((x) => {
    const node = resolve(ld, x);
    const t = node && typeof node === 'object' ? (node as JsonNode)['@type'] : null;
    return typeof t === 'string' && /Organization|Corporation|NewsMediaOrganization/.test(t);
  });
}

/**
 * The article's authors, by source in order of trust: JSON-LD, author meta tags, the byline near the
 * headline, byline markup. An organization or the site's own name only counts when no person is named.
 */
export function findAuthors(meta: MetaTags, ld: JsonLd, hints: MarkupHints, lines: string[], siteName: string | null): string[] {
  const site = siteName?.toLowerCase() ?? null;
  let fallback: string[] = [];
  const art = ld.article;
  if (art) {
    const raw = art['author'] ?? art['creator'];
    const names = cleanAuthors(ldNames(ld, raw));
    if (names.length && !organizationAuthor(ld, raw) && !names.some((n) => n.toLowerCase() === site)) return names;
    fallback = names;
  }
  // citation_author is "Family, Given" by Highwire convention: turn it around before splitting on commas.
  const citation = allMeta(meta, 'citation_author').map((v) => v.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'));
  const metaNames = cleanAuthors([...allMeta(meta, ...AUTHOR_META.filter((k) => k !== 'citation_author')), ...citation].filter((v) => !/^@/.test(v)));
  if (metaNames.length && !metaNames.some((n) => n.toLowerCase() === site)) return metaNames;
  if (!fallback.length) fallback = metaNames;
  const seen = visibleAuthors(lines);
  if (seen.length) return seen;
  const marked = cleanAuthors(visibleNames(hints)).slice(0, MAX_VISIBLE_BYLINES);
  return marked.length ? marked : fallback;
}
