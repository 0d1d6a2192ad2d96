// Notices when the page changes after load: content that arrives late or is replaced, and single-page-app
// navigations (the URL changes without a load). Batches of mutations are debounced, so a page that keeps
// rotating ads costs one check per quiet period, not one per mutation.

/** Wait this long after the last mutation before checking the highlights again. */
const SETTLE_MS = 400;
/** Even on a page that never settles, check at least this often. */
const MAX_WAIT_MS = 2_000;

export interface PageWatcher {
  /** Run `fn` (which changes the DOM itself, e.g. the fallback painter) without hearing its mutations. */
  quietly<T>(fn: () => T): T;
  stop(): void;
}

/** The URL without its fragment: following a link to `#comments` is not a new article. */
const pageUrl = (doc: Document): string => doc.URL.replace(/#.*$/, '');

export function watchPage(doc: Document, onChange: (urlChanged: boolean) => void): PageWatcher {
  let url = pageUrl(doc);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  const fire = () => {
    timer = null;
    firstPending = 0;
    const urlChanged = pageUrl(doc) !== url;
    url = pageUrl(doc);
    onChange(urlChanged);
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    timer = setTimeout(fire, now - firstPending >= MAX_WAIT_MS ? 0 : SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  const observe = () => observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  observe();
  const view = doc.defaultView;
  view?.addEventListener('popstate', schedule);
  view?.addEventListener('hashchange', schedule);
  return {
    quietly(fn) {
      observer.disconnect();
      try {
        return fn();
      } finally {
        observer.takeRecords();
        observe();
      }
    },
    stop() {
      observer.disconnect();
      if (timer) clearTimeout(timer);
      view?.removeEventListener('popstate', schedule);
      view?.removeEventListener('hashchange', schedule);
    },
  };
}
