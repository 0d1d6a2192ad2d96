// Whether an address is a site's home page: the page of teasers at the site's root, not a story.
import { isTrackingParam } from './tracking-params';

/** A root path, or the root's index file ("/", "/index.html", "/index.php"). */
const ROOT_PATH = /^\/(?:index\.(?:html?|php))?$/i;

/** Whether `url` is a site's home page: its root path, with no query but where the reader came from (`/?p=123` is a WordPress
 * article, `/?utm_source=ad` the home page reached from an ad). */
export function isHomePage(url: URL): boolean {
  return ROOT_PATH.test(url.pathname) && [...url.searchParams.keys()].every(isTrackingParam);
}
