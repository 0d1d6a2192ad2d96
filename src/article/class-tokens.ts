// An element's class and id words: where templates name what a block is ("comment-author", "related-posts").

/** The element's class and id words, without empty ones. */
export function classTokens(el: Element): string[] {
  // Most elements have neither (a quick answer for page-wide walks).
  if (!el.hasAttributes()) return [];
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
}
