// The writers a page's metadata declares (JSON-LD's author, the author meta tags, Twitter card labels), and how to tell the
// outlet's own name, a login or a template field from a writer's there. No visible byline is read here.

import { cleanAuthors, readerCase } from './authors';
import { ACCOUNT_NAME, ADMIN_ACCOUNT } from './byline-rules';
import { ldNames, resolve, type JsonLd, type JsonNode } from './json-ld';
import { allMeta, type MetaTags } from './meta-tags';

/** The meta tags that name the writer, by the conventions of Open Graph, Parse.ly, Sailthru, Highwire, Dublin Core and others. */
const AUTHOR_META = ['author', 'article:author', 'og:author', 'parsely-author', 'sailthru.author', 'citation_author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name', 'cxenseparse:author'];
/** Twitter card label/value pairs (used by SEO plugins) carry "Written by" → name; there are at most a few. */
const MAX_TWITTER_LABELS = 4;

/** "Written by" in a twitter:labelN tag names the author in twitter:dataN. */
function twitterLabelled(meta: MetaTags): string[] {
  const out: string[] = [];
  for (let i = 1; i <= MAX_TWITTER_LABELS; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    const data = meta.get(`twitter:data${i}`)?.[0];
    if (label && data && /^(written by|author|authors|by)$/i.test(label.trim())) out.push(data);
  }
  return out;
}

/** The names in a JSON-LD author field, also where one Person node lists several ("name": ["Jane Doe", "John Roe"]). */
function ldPeople(ld: JsonLd, v: unknown): string[] {
  const node = resolve(ld, v);
  if (Array.isArray(node)) {
    // An Organization listed beside Person nodes is the desk or outlet that filed with them, not one of the writers.
    const people = node.some((x) => ldTyped(ld, x, /^Person$/)) ? node.filter((x) => !ldTyped(ld, x, ORGANIZATION)) : node;
    return people.flatMap((x) => ldPeople(ld, x));
  }
  const name = node && typeof node === 'object' ? (node as JsonNode)['name'] : null;
  if (Array.isArray(name)) return name.filter((x): x is string => typeof x === 'string');
  return ldNames(ld, node);
}

/** Schema.org types of organizations. */
const ORGANIZATION = /Organization|Corporation|NewsMediaOrganization/;

/** Whether a JSON-LD node (or a reference to one) has a single @type that `type` matches. */
function ldTyped(ld: JsonLd, v: unknown, type: RegExp): boolean {
  const node = resolve(ld, v);
  const t = node && typeof node === 'object' ? (node as JsonNode)['@type'] : null;
  return typeof t === 'string' && type.test(t);
}

/** Whether JSON-LD names an organization rather than people as the author. */
function organizationAuthor(ld: JsonLd, v: unknown): boolean {
  const list = Array.isArray(v) ? v : [v];
  return list.length > 0 && list.every((x) => ldTyped(ld, x, ORGANIZATION));
}

/** An outlet's name compared without case, spaces or punctuation: "Home Advisor" in og:site_name is "HomeAdvisor" in its bylines. */
export const outletKey = (n: string): string => n.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** Second-level labels of country domains ("example.co.uk"): the outlet's name is the label before them. */
const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ne|or)$/;

/** The name in the page's domain ("digjitale" of www.digjitale.com, "gazette" of gazette.co.uk), or null. */
export function domainName(host: string | null): string | null {
  const labels = (host ?? '').toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const i = labels.length - (labels.length > 2 && labels[labels.length - 1]!.length === 2 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2);
  return i >= 0 ? outletKey(labels[i]!) : null;
}

/** The outlet's names: the site's and the JSON-LD publisher's (as outletKey folds them), unless a person publishes their own blog. */
function outletNames(ld: JsonLd, siteName: string | null): Set<string> {
  const out = new Set<string>();
  if (siteName) out.add(outletKey(siteName));
  const publisher = resolve(ld, ld.article?.['publisher']);
  const type = publisher && typeof publisher === 'object' ? JSON.stringify((publisher as JsonNode)['@type'] ?? '') : '';
  if (!type.includes('Person')) for (const n of ldNames(ld, publisher)) out.add(outletKey(n));
  return out;
}

/** Tests for the outlet's own name (see outletNames), and for metadata names kept for last: the outlet's, a login's or a template field's. */
export function outletTests(ld: JsonLd, siteName: string | null, host: string | null, canonicalHost: string | null = null): { outlets: Set<string>; isOutlet: (n: string) => boolean; weak: (n: string) => boolean; besideWriters: (n: string) => boolean } {
  const outlets = outletNames(ld, siteName);
  const domain = domainName(host);
  const original = domainName(canonicalHost);
  // A one-word name that is the page's domain ("Digjitale" on digjitale.com) is the brand, whatever og:site_name says.
  const isOutlet = (n: string): boolean => outlets.has(outletKey(n)) || (!n.includes(' ') && outletKey(n) === domain);
  // Metadata naming the outlet, or a login or template field, is kept for last: the page may show the writer's name.
  const weak = (n: string): boolean => isOutlet(n) || ACCOUNT_NAME.test(n) || ADMIN_ACCOUNT.test(n);
  // Among several names, the outlet's is not a writer's; nor, on a copy whose canonical link points to another site, that site's
  // name ("Gina Hale, Garden Press" on a copy of gardenpress.example's story), however many words it has.
  const besideWriters = (n: string): boolean => isOutlet(n) || (!!original && original !== domain && outletKey(n) === original);
  return { outlets, isOutlet, weak, besideWriters };
}

export interface Declared {
  /** The writers the page declares: JSON-LD's, else the author meta tags'; the outlet's name or a login when that is all there is. */
  names: string[];
  /** Whether `names` are people (not the outlet, a login or an organization). */
  person: boolean;
  /** The raw JSON-LD and meta values, for the last resorts of namedAuthors. */
  ldRaw: string[];
  metaRaw: string[];
}

/** The writers the page's metadata declares: JSON-LD first, then the author meta tags. */
export function declaredWriters(meta: MetaTags, ld: JsonLd, besideWriters: (n: string) => boolean, weak: (n: string) => boolean): Declared {
  let fallback: string[] = [];
  const art = ld.article;
  const ldRaw = art ? ldPeople(ld, art['author'] ?? art['creator']) : [];
  // citation_author is "Family, Given" by Highwire convention: turn it around before splitting on commas.
  const citation = allMeta(meta, 'citation_author').map((v) => v.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1'));
  const metaRaw = [...allMeta(meta, ...AUTHOR_META.filter((k) => k !== 'citation_author')), ...citation, ...twitterLabelled(meta)].filter((v) => !/^@/.test(v));
  if (art) {
    const raw = art['author'] ?? art['creator'];
    const all = cleanAuthors(ldRaw, { digits: true });
    // "Jane Doe, The Daily Gazette": the outlet named beside its writers is not one of them.
    const names = all.length > 1 ? all.filter((n) => !besideWriters(n)) : all;
    if (names.length && !organizationAuthor(ld, raw) && !names.some(weak)) return { names, person: true, ldRaw, metaRaw };
    fallback = names;
  }
  const metaAll = cleanAuthors(metaRaw, { digits: true });
  // The same in the author meta tags: "Gina Hale, Garden Press" names one writer and her outlet.
  const metaNames = metaAll.length > 1 ? metaAll.filter((n) => !besideWriters(n)) : metaAll;
  if (metaNames.length && !metaNames.some(weak)) return { names: metaNames, person: true, ldRaw, metaRaw };
  return { names: fallback.length ? fallback : metaNames, person: false, ldRaw, metaRaw };
}

/** The writers the page's metadata declares (JSON-LD, then meta tags), cased as readers write them; no visible byline is read. */
export function declaredAuthors(meta: MetaTags, ld: JsonLd, siteName: string | null, host: string | null, lang: string | null): string[] {
  const { weak, besideWriters } = outletTests(ld, siteName, host);
  return declaredWriters(meta, ld, besideWriters, weak).names.map((n) => readerCase(n, lang));
}
