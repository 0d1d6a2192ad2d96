// CSV in Readwise's import layout (Highlight, Title, Author, URL, Note, Location, Date), quoted per RFC 4180:
// every field in double quotes, quotes doubled, CRLF between records, so commas, quotes and new lines inside a
// note survive any conforming reader. Cells are never altered (no formula-guard prefix): this file is for
// importing into another tool, and an apostrophe in front of a quote would be imported as part of it.
import type { Annotation } from '../shared/model';
import type { LibrarySnapshot } from './types';
import { annotationsOf, authorLine, positionOf, sortArticles, titleOf } from './snapshot';
import { wellFormed } from './text-safety';

export const READWISE_COLUMNS = ['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date'] as const;
const RECORD_SEPARATOR = '\r\n';

/** One row per highlight, articles in reading order; tags join the note as Readwise's inline `.tag` words. */
export function toReadwiseCsv(snapshot: LibrarySnapshot, _now: Date): string {
  const rows: string[][] = [[...READWISE_COLUMNS]];
  for (const article of sortArticles(snapshot.articles)) {
    for (const annotation of annotationsOf(article, snapshot.annotations)) {
      rows.push([
        annotation.quote,
        titleOf(article),
        authorLine(article) ?? '',
        article.url,
        readwiseNote(annotation),
        Number.isFinite(positionOf(annotation)) ? String(positionOf(annotation)) : '',
        readwiseDate(annotation.created),
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join(RECORD_SEPARATOR) + RECORD_SEPARATOR;
}

/** A field in double quotes with its quotes doubled (RFC 4180, section 2.5–2.7). */
export function csvField(value: string): string {
  return `"${wellFormed(value).replace(/"/g, '""')}"`;
}

/** The note, then a line of `.tag` words (Readwise's inline tagging); spaces in a tag become hyphens there. */
export function readwiseNote(annotation: Annotation): string {
  const tags = annotation.tags.map((tag) => `.${tag.trim().replace(/\s+/g, '-')}`).filter((tag) => tag !== '.');
  if (tags.length === 0) return annotation.note;
  return annotation.note === '' ? tags.join(' ') : `${annotation.note}\n${tags.join(' ')}`;
}

/** Readwise reads "YYYY-MM-DD HH:MM:SS" (UTC here); an unreadable time is left empty rather than guessed. */
function readwiseDate(isoTime: string): string {
  const time = Date.parse(isoTime);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}
