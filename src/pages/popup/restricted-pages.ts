// Pages no extension may script, told apart so the popup can say why in a sentence that fits.
/** Why a page is closed to the extension; each has its own sentence in _locales (`restricted_<reason>`). */
export type RestrictedReason = 'browser' | 'store' | 'pdf' | 'file' | 'blocked';

/** Pages no extension may script: browser pages, extension stores, viewers. */
const BROWSER_PAGE = /^(chrome|edge|about|moz-extension|chrome-extension|devtools|view-source|data|blob):/;
const STORE_PAGE = /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)\//;
const PDF = /\.pdf($|[?#])/i;

export function restrictedReason(url: string): RestrictedReason | null {
  if (BROWSER_PAGE.test(url)) return 'browser';
  if (STORE_PAGE.test(url)) return 'store';
  if (PDF.test(url)) return 'pdf';
  if (url.startsWith('file:')) return 'file';
  return null;
}
