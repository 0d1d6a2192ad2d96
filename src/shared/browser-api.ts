// The one seam to the browser's extension API for the background and extension pages (Chrome and Firefox
// alike through webextension-polyfill). Tests and other code receive `browser` from here only.
import browser from 'webextension-polyfill';

export { browser };
export type Browser = typeof browser;
