// Rewrites a document's class and id words into meaningless hashes, as sites built with CSS modules, styled components or
// utility classes ship them: what the detector then finds, it found from the page's text and structure, not its class names.
// The benchmark's `--hash-classes` measures how much our answers lean on class words that an unseen template may not have.
import { createHash } from 'node:crypto';

/** React's streaming-render placeholders ("S:0", "B:0") pair hidden content with its slot by id: kept, as the page needs them. */
const STREAMING_ID = /^[SB]:\d+$/;

const hashed = (word: string): string => `x${createHash('md5').update(word).digest('hex').slice(0, 6)}`;

/** Replaces every class token and id of `doc` with a hash of it (the same word, the same hash: the structure is kept). */
export function hashClasses(doc: Document): void {
  for (const el of doc.querySelectorAll('[class], [id]')) {
    const cls = el.getAttribute('class');
    if (cls !== null) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(hashed).join(' '));
    const id = el.getAttribute('id');
    if (id !== null && !STREAMING_ID.test(id)) el.setAttribute('id', hashed(id));
  }
}
