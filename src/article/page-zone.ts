// The publication moment written in the page's own time zone. Pages often state one moment twice: a
// CMS field converted to UTC (Open Graph's "2024-03-06T04:30:00Z") and the local time the newsroom set
// ("2024-03-05T23:30:00-05:00" in JSON-LD or a <time datetime>). Both are the same instant, but only the
// local form keeps the calendar day readers see, which is the day citations and the issue's
// "ISO 8601, with the page's time zone where given" ask for.

import { isZonedTime, normalizeDate } from './dates';
import { ldString, type JsonLd } from './json-ld';
import type { MarkupHints } from './markup-hints';
import { allMeta, type MetaTags } from './meta-tags';

/** Zero offsets: a moment written in UTC, which says nothing about where the page lives. */
const UTC_OFFSET = /(?:Z|[+-]00:00)$/;

/** Meta tags and JSON-LD fields that hold a publication or modification moment. */
const MOMENT_META = ['article:published_time', 'og:published_time', 'article:modified_time', 'og:updated_time', 'datepublished', 'datemodified', 'dcterms.created', 'dcterms.modified', 'parsely-pub-date'];
const MOMENT_LD_FIELDS = ['datePublished', 'dateCreated', 'dateModified'];

/** Every zoned moment the page writes in its metadata and <time> elements, in document order of trust. */
function pageMoments(meta: MetaTags, ld: JsonLd, hints: MarkupHints): string[] {
  const raw: (string | null)[] = [];
  for (const node of [ld.article, ld.webPage]) for (const f of MOMENT_LD_FIELDS) raw.push(ldString(ld, node?.[f]));
  raw.push(...allMeta(meta, ...MOMENT_META));
  for (const el of [...hints.datePublished, ...hints.times]) raw.push(el.getAttribute('datetime') ?? el.getAttribute('content'));
  return raw.map((s) => normalizeDate(s)).filter((s): s is string => isZonedTime(s));
}

/**
 * `iso` written in the page's local zone when it is a UTC moment and the page also writes that same
 * instant with a non-zero offset; otherwise `iso` unchanged (a bare day, a local time, or no other form).
 */
export function inPageZone(iso: string | null, meta: MetaTags, ld: JsonLd, hints: MarkupHints): string | null {
  if (!iso || !isZonedTime(iso) || !UTC_OFFSET.test(iso)) return iso;
  const t = Date.parse(iso);
  return pageMoments(meta, ld, hints).find((m) => !UTC_OFFSET.test(m) && Date.parse(m) === t) ?? iso;
}
