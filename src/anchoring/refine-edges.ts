// Approximate search reports the ends with the fewest edits to the quote, which can cut a fixed word
// short ("todya" finds "toda", not "today"). Nudging each end a little and keeping whichever fits quote
// and context best puts the ends back where the passage's words end. When the best fit needs more
// edits than a quote may take, the passage changed too much to say where it ends: no answer.

import { editDistance } from './edit-distance';
import { maxQuoteErrors, scoreCandidate, type Candidate, type Expected } from './score';

/** A fixed typo moves an end of the passage by at most a couple of characters. */
const EDGE_SHIFT = 2;
/** Longer quotes are not re-measured (cost grows with the square of the length); their reported ends stand. */
const MAX_REFINED_QUOTE = 200;

export function refineEdges(key: string, expected: Expected, c: Candidate): Candidate | null {
  const { quote } = expected;
  if (c.errors === 0 || quote.length > MAX_REFINED_QUOTE) return c;
  let best = c;
  for (let ds = -EDGE_SHIFT; ds <= EDGE_SHIFT; ds++) {
    for (let de = -EDGE_SHIFT; de <= EDGE_SHIFT; de++) {
      const start = c.start + ds;
      const end = c.end + de;
      if ((ds === 0 && de === 0) || start < 0 || end > key.length || end <= start) continue;
      const variant = scoreCandidate(key, expected, start, end, editDistance(quote, key.slice(start, end)));
      if (variant.edgesAgree && variant.evidence > best.evidence) best = variant;
    }
  }
  return best.errors <= maxQuoteErrors(quote.length) ? best : null;
}
