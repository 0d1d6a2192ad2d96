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

/** A test of an element's class and id words (see someClassWord); `values` runs it on the class and id a caller has read. */
export interface ClassWordTest {
  (el: Element): boolean;
  values: (cls: string | null, id: string | null) => boolean;
}

/**
 * Whether some class or id word of an element passes `test`, with the answer remembered per attribute value: templates
 * repeat the same class strings on many elements, so a page walk splits each distinct one once.
 */
export function someClassWord(test: (token: string) => boolean): ClassWordTest {
  const holds = memoByToken((value) => value.split(/\s+/).some((t) => t !== '' && test(t)));
  const values = (cls: string | null, id: string | null): boolean => (!!cls && holds(cls)) || (!!id && holds(id));
  return Object.assign((el: Element) => el.hasAttributes() && values(el.getAttribute('class'), el.getAttribute('id')), { values });
}
