// A big pattern tried only where a cheap check passes: on a cold page, Chromium compiles a regex on its first run, and the big
// ones (long alternations, \p{…} classes under /iu) cost milliseconds each, which most pages never need to pay.

/** What callers of a checked pattern use of a regex. */
export type LineTest = Pick<RegExp, 'test'>;

/** `re` tried only where `hint` (a text every match of `re` holds, with its flags) is found. The hint must pass wherever `re`
 * matches (a unit test keeps each one so): a hint too strict would change answers. */
export const checked = (hint: RegExp, re: RegExp): LineTest => ({ test: (s: string) => hint.test(s) && re.test(s) });
