// Reads every <meta> tag once into a lookup by lower-cased name/property/itemprop, in document order.
// Covers OpenGraph, article:*, Twitter cards, citation_*, Dublin Core, Parse.ly and plain names.

import { decodeEntities, nonEmpty } from './text';

export type MetaTags = Map<string, string[]>;

/** Collects meta tag values; a tag with both name and property is filed under each. `metas`: the page's <meta> elements, when the caller has them. */
export function readMetaTags(doc: Document, metas: ArrayLike<Element> = doc.getElementsByTagName('meta')): MetaTags {
  const map: MetaTags = new Map();
  // Read once: jsdom answers an HTMLCollection's .length by scanning all its elements for one named "length".
  const total = metas.length;
  for (let i = 0; i < total; i++) {
    const m = metas[i]!;
    const content = nonEmpty(m.getAttribute('content') ?? m.getAttribute('value'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const keys = m.getAttribute(attr);
      if (!keys) continue;
      // property="og:title twitter:title" is legal RDFa: several keys share one value.
      for (const key of keys.toLowerCase().split(/\s+/)) {
        if (!key) continue;
        const list = map.get(key);
        const value = decodeEntities(content);
        if (list) list.push(value);
        else map.set(key, [value]);
      }
    }
  }
  return map;
}

/** The first value under any of the keys, in the order given (the order of trust). */
export function firstMeta(meta: MetaTags, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = meta.get(k);
    if (v && v.length) return v[0]!;
  }
  return null;
}

/** All values under the keys, in the order given. */
export function allMeta(meta: MetaTags, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) out.push(...(meta.get(k) ?? []));
  return out;
}
