// What a byline leaves among the body's edge lines when the page sets its parts on lines of their own: a lone label ("By",
// "Written by", "Autor:") over the writer's name, or with only the commas and "and" between the names when the names were
// links left out of the text ("By" / "," / ", and"). The byline is the page's signing, not the story.

import { BYLINE_PREFIX } from './byline-rules';
import { foldSpace } from './text';

/** A label alone is a word or two ("By", "Written by", "Story by", "Autor:"), never a sentence. */
const MAX_LABEL_CHARS = 30;

/** What stands between a byline's names once the names are gone: commas, "and", "&", a bullet or a bar (no word of its own). */
const NAME_JOINER = /^[\s,;&•·|]*(?:and\b)?[\s,;&•·|]*$/i;

/** Whether the line is a byline's label and nothing else ("By", "Written by:", "Por"): the label reads through to the line's end. */
export function isLoneBylineLabel(line: string): boolean {
  if (line.length > MAX_LABEL_CHARS) return false;
  const label = BYLINE_PREFIX.exec(line + ' ');
  return !!label && label[0].length > line.length;
}

/**
 * The indexes of `lines` that a byline left at the story's edges (before `first`, the first prose line, or after `last`, the
 * last): a lone label, then the lines after it that are a writer's name (`authors`, as the metadata found them) or a joiner
 * between names. A label on a line of its own leads to the byline only: inside the story it would be a sentence's first word.
 */
export function bylineLeftovers(lines: string[], authors: readonly string[], first: number, last: number): Set<number> {
  const out = new Set<number>();
  const names = new Set(authors.map((a) => foldSpace(a).toLowerCase()).filter(Boolean));
  const edge = (i: number): boolean => i < first || i > last;
  for (let i = 0; i < lines.length; i++) {
    if (!edge(i) || !isLoneBylineLabel(lines[i]!)) continue;
    out.add(i);
    for (let k = i + 1; k < lines.length && edge(k); k++) {
      const line = lines[k]!;
      if (!NAME_JOINER.test(line) && !names.has(line.toLowerCase())) break;
      out.add(k);
      i = k;
    }
  }
  return out;
}
