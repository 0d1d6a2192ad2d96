// Reads schema.org JSON-LD: finds the node that describes the page's article (inside @graph, arrays,
// mainEntity) and the page's declared types, so metadata and isArticle can trust it first.

import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from './heuristics';

export type JsonNode = Record<string, unknown>;

export interface JsonLd {
  /** The node describing the article, if any. */
  article: JsonNode | null;
  /** Every @type seen at the top of the page's graphs. */
  types: string[];
  /** Nodes by @id, to resolve references such as "author": {"@id": "#person"}. */
  byId: Map<string, JsonNode>;
  /** Other nodes worth a look for metadata: WebPage with a headline, the publisher Organization. */
  webPage: JsonNode | null;
  /** The first WebSite node: its name is the site's, where the publisher's is often the company behind it. */
  webSite?: JsonNode | null;
}

function typesOf(node: JsonNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** Parses one script's text; some sites leave HTML comments, CDATA or trailing semicolons around it. */
function parseLenient(text: string): unknown {
  const cleaned = text.replace(/^\s*(<!--|\/\*<!\[CDATA\[\*\/|<!\[CDATA\[)/, '').replace(/(-->|\/\*\]\]>\*\/|\]\]>)\s*$/, '').trim().replace(/;\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      // Raw newlines and tabs inside strings are the most common breakage.
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function collect(value: unknown, out: JsonNode[], depth: number): void {
  if (depth > 6 || value == null) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const node = value as JsonNode;
  out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
  if (node['mainEntity'] && typeof node['mainEntity'] === 'object') collect(node['mainEntity'], out, depth + 1);
}

/** A <meta> name that says its content is JSON-LD ("script:ld+json"): some site builders put the page's schema there instead of in a script. */
const LD_META_NAME = /ld\+json$/i;

/** Reads all JSON-LD scripts of the document (and JSON-LD that site builders leave in a <meta>'s content). Never throws.
 * `scripts`, `metas`: the page's <script> and <meta> elements, when the caller has them. */
export function readJsonLd(doc: Document, scripts: ArrayLike<Element> = doc.getElementsByTagName('script'), metas: ArrayLike<Element> = doc.getElementsByTagName('meta')): JsonLd {
  const nodes: JsonNode[] = [];
  // Read once: jsdom answers an HTMLCollection's .length by scanning all its elements for one named "length".
  const total = scripts.length;
  for (let i = 0; i < total; i++) {
    const s = scripts[i]!;
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    collect(parseLenient(s.textContent ?? ''), nodes, 0);
  }
  const metaCount = metas.length;
  for (let i = 0; i < metaCount; i++) {
    const m = metas[i]!;
    if (LD_META_NAME.test(m.getAttribute('name') ?? '')) collect(parseLenient(m.getAttribute('content') ?? ''), nodes, 0);
  }
  const byId = new Map<string, JsonNode>();
  const types: string[] = [];
  let article: JsonNode | null = null;
  let articleRank = Infinity;
  let webPage: JsonNode | null = null;
  let webSite: JsonNode | null = null;
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
    const ts = typesOf(node);
    types.push(...ts);
    // Prefer the most specific article type that carries a headline; keep the first of equal rank.
    const isArt = ts.some((t) => ARTICLE_TYPES.test(t));
    if (isArt) {
      const rank = (node['headline'] || node['name'] ? 0 : 2) + (ts.includes('Review') || ts.includes('ClaimReview') || ts.includes('Recipe') || ts.includes('HowTo') ? 1 : 0);
      if (rank < articleRank) {
        article = node;
        articleRank = rank;
      }
    } else if (!webPage && ts.some((t) => /WebPage$/.test(t)) && !ts.some((t) => NON_ARTICLE_TYPES.test(t))) {
      webPage = node;
    } else if (!webSite && ts.includes('WebSite')) {
      webSite = node;
    }
  }
  return { article, types, byId, webPage, webSite };
}

/** Follows an {"@id": …} reference to the full node when the page defines it: a bare reference, or one that carries
 * no name of its own ({"@type": "Person", "@id": "#jane", "url": …} points at the Person node that has it). */
export function resolve(ld: JsonLd, v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as JsonNode;
    const id = o['@id'];
    if (typeof id === 'string' && (Object.keys(o).length <= 2 || o['name'] == null)) {
      const target = ld.byId.get(id);
      return target && target !== o ? target : v;
    }
  }
  return v;
}

/** A string field, or the name/text/url of an object field, or the first of a list. */
export function ldString(ld: JsonLd, v: unknown): string | null {
  v = resolve(ld, v);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const s = ldString(ld, x);
      if (s) return s;
    }
    return null;
  }
  if (v && typeof v === 'object') {
    const o = v as JsonNode;
    return ldString(ld, o['name'] ?? o['@value'] ?? o['text'] ?? o['url'] ?? o['contentUrl'] ?? null);
  }
  return null;
}

/** All names in a field that holds people: a string, an object, or a list of either. */
export function ldNames(ld: JsonLd, v: unknown): string[] {
  v = resolve(ld, v);
  if (Array.isArray(v)) return v.flatMap((x) => ldNames(ld, x));
  if (typeof v === 'string') return [v];
  if (v && typeof v === 'object') {
    const o = v as JsonNode;
    const name = o['name'];
    if (typeof name === 'string') return [name];
    const given = o['givenName'];
    const family = o['familyName'];
    if (typeof given === 'string' || typeof family === 'string') return [[given, family].filter(Boolean).join(' ')];
  }
  return [];
}
