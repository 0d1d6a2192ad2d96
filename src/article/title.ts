// Picks the headline: the visible <h1> when the metadata agrees with it, else the metadata title
// with the site's name cut off (what <title> and og:title often append).

import { TITLE_SEPARATORS } from './heuristics';
import { foldSpace, textOf } from './text';

const fold = (s: string): string => foldSpace(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Removes a leading or trailing "| Site Name" segment when it names the site or is clearly shorter. */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const site = siteName ? fold(siteName) : null;
  if (site) {
    const kept = parts.filter((p) => {
      const f = fold(p);
      return f !== site && !(f.length > 2 && site.includes(f)) && !(site.length > 2 && f.includes(site) && f.length < site.length + 8);
    });
    if (kept.length && kept.length < parts.length) return joinKept(title, kept);
  }
  // Without a known site name, drop a short last segment ("… - The Daily").
  const last = parts[parts.length - 1]!;
  const rest = parts.slice(0, -1);
  if (last.split(' ').length <= 4 && rest.join(' ').split(' ').length >= 3) return joinKept(title, rest);
  return title;
}

function joinKept(title: string, kept: string[]): string {
  // Keep the original separators between the kept parts.
  const first = title.indexOf(kept[0]!);
  const lastPart = kept[kept.length - 1]!;
  const end = title.lastIndexOf(lastPart) + lastPart.length;
  return first >= 0 && end > first ? title.slice(first, end).trim() : kept.join(' - ');
}

/** Chooses the title from metadata candidates (in order of trust) and the page's h1 elements. */
export function chooseTitle(doc: Document, candidates: (string | null)[], docTitle: string | null, siteName: string | null): string | null {
  const metas = candidates.filter((c): c is string => !!c).map(foldSpace).filter(Boolean);
  const h1s: string[] = [];
  const els = doc.getElementsByTagName('h1');
  for (let i = 0; i < els.length && i < 5; i++) {
    const t = textOf(els[i]);
    if (t && t.length < 300) h1s.push(t);
  }
  const pool = [...metas, ...(docTitle ? [docTitle] : [])].map(fold);
  // An h1 that the metadata or <title> confirms is the headline as the reader sees it.
  for (const h of h1s) {
    const fh = fold(h);
    if (fh.length > 3 && pool.some((p) => p === fh || (p.includes(fh) && fh.length > p.length * 0.4))) return h;
  }
  if (metas.length) return stripSiteName(metas[0]!, siteName);
  if (h1s.length === 1) return h1s[0]!;
  if (docTitle) return stripSiteName(foldSpace(docTitle), siteName);
  return h1s[0] ?? null;
}
