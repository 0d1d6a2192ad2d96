// Reads authors and a date from the lines around the headline: "By Jane Doe", "Author" / "Jane Doe",
// "Updated on April 19, 2025". Used when metadata has no person, and to pick the date readers see.

import { cleanAuthors } from './authors';
import { normalizeDate } from './dates';
import { BYLINE_LABELLED, BYLINE_LINE, BYLINE_LABEL, DATE_LINE_MAX, PUBLISHED_LABEL, UPDATED_LABEL } from './heuristics';

/** Names from a byline line near the headline, or []. */
export function visibleAuthors(lines: string[]): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BYLINE_LABEL.test(line) && lines[i + 1] && lines[i + 1]!.length < 80) {
      const names = cleanAuthors([lines[i + 1]!]);
      if (names.length) return names;
    }
    const m = BYLINE_LINE.exec(line) ?? BYLINE_LABELLED.exec(line);
    if (m) {
      const names = cleanAuthors([m[1]!]);
      if (names.length) return names;
    }
  }
  return [];
}

export interface VisibleDate {
  day: string;
  label: 'published' | 'updated' | 'none';
}

/** Dates written near the headline, the published-labelled ones first. */
export function visibleDates(lines: string[], now?: Date): VisibleDate[] {
  const out: VisibleDate[] = [];
  for (const line of lines) {
    if (line.length > DATE_LINE_MAX) continue;
    // Lines like "Published May 1, 2025 · Updated May 3, 2025" hold two dates: read each part.
    for (const part of line.split(/\s[|·•]\s|(?=\b(?:updated|modified|last updated)\b)/i)) {
      const day = normalizeDate(part.replace(/^.*?(?=\d|\p{L}{3,}\.?\s+\d)/u, ''), now) ?? normalizeDate(part, now);
      if (!day) continue;
      const label = UPDATED_LABEL.test(part) ? 'updated' : PUBLISHED_LABEL.test(part) ? 'published' : 'none';
      out.push({ day: day.slice(0, 10), label });
    }
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

function rank(d: VisibleDate): number {
  return d.label === 'published' ? 0 : d.label === 'none' ? 1 : 2;
}
