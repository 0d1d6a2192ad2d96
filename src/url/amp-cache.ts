// AMP caches serve a publisher's AMP page from their own host (Google's cdn.ampproject.org, the google.com/amp/
// viewer); the publisher's address is inside the path. Without undoing that, the page looks like another site.

/** `https://example-com.cdn.ampproject.org/c/s/example.com/story`: c(ontent)/v(iewer)/i(mage), then s for https. */
const AMP_PROJECT_CACHE = /^\/[cvi]\/(s\/)?(.+)$/;
const AMP_PROJECT_HOST = /\.cdn\.ampproject\.org$/;
/** `https://www.google.com/amp/s/example.com/story`: Google Search's AMP viewer. */
const GOOGLE_AMP_VIEWER = /^\/amp\/(s\/)?(.+)$/;
const GOOGLE_HOST = /^(www\.)?google\.[a-z.]+$/;

/** The publisher's address of a page served by an AMP cache, or null when the URL is not on one. */
export function originOfAmpCache(url: URL): string | null {
  const pattern = AMP_PROJECT_HOST.test(url.hostname)
    ? AMP_PROJECT_CACHE
    : GOOGLE_HOST.test(url.hostname)
      ? GOOGLE_AMP_VIEWER
      : null;
  const match = pattern?.exec(url.pathname);
  if (!match) return null;
  try {
    return new URL(`${match[1] ? 'https' : 'http'}://${match[2]}${url.search}`).href;
  } catch {
    return null;
  }
}
