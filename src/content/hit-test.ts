// Which highlight is under a click. The CSS Custom Highlight API paints without elements, so it has no
// events: the click point is tested against the client rectangles of the painted ranges.

/** A few pixels of slack, so a click on the edge of a line still counts. */
const SLACK_PX = 2;

export function highlightAt(ranges: ReadonlyMap<string, Range>, x: number, y: number): { id: string; rect: DOMRect } | null {
  for (const [id, range] of ranges) {
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - SLACK_PX && x <= rect.right + SLACK_PX && y >= rect.top - SLACK_PX && y <= rect.bottom + SLACK_PX) {
        return { id, rect: range.getBoundingClientRect() };
      }
    }
  }
  return null;
}
