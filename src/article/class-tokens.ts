// An element's class and id words: where templates name what a block is ("comment-author", "related-posts").

/** Distinct class words remembered at most; when full, the memory starts afresh (one process may read many pages, and
 * each page's walks meet their own page's words). */
const MEMO_LIMIT = 20000;

/** `test` with its answers remembered per class word, as page walks meet the same few words on many elements. */
export function memoByToken<T>(test: (token: string) => T): (token: string) => T {
  const memo = new Map<string, T>();
  return (token) => {
    let v = memo.get(token);
    if (v === undefined) {
      v = test(token);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(token, v);
    }
    return v;
  };
}

/**
 * Whether some class or id word of an element passes `test`, with the answer remembered per attribute value: templates
 * repeat the same class strings on many elements, so a page walk splits each distinct one once.
 */
export function someClassWord(test: (token: string) => boolean): (el: Element) => boolean {
  const holds = memoByToken((value) => value.split(/\s+/).some((t) => t !== '' && test(t)));
  return (el) => {
    if (!el.hasAttributes()) return false;
    const cls = el.getAttribute('class');
    if (cls && holds(cls)) return true;
    const id = el.getAttribute('id');
    return !!id && holds(id);
  };
}
