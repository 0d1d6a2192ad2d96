// An element's class and id words: where templates name what a block is ("comment-author", "related-posts").

/** The element's class and id words, without empty ones. */
export function classTokens(el: Element): string[] {
  // Most elements have neither (a quick answer for page-wide walks).
  if (!el.hasAttributes()) return [];
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
}

/** Distinct class words a page walk remembers answers for; past it the walk still answers, it only stops remembering. */
const MEMO_LIMIT = 20000;

/** `test` with its answers remembered per class word, as page walks meet the same few words on many elements. */
export function memoByToken<T>(test: (token: string) => T): (token: string) => T {
  const memo = new Map<string, T>();
  return (token) => {
    let v = memo.get(token);
    if (v === undefined) {
      v = test(token);
      if (memo.size < MEMO_LIMIT) memo.set(token, v);
    }
    return v;
  };
}
