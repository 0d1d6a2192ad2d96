// What a page's address says about it: the host and path with tracking parameters dropped, the words of its last
// segment (story systems name it after the headline), whether it names a file, and how much of the title it holds.

/** Words in an address named after a headline ("/10-easy-steps-for-a-great-interior-design"): story CMSs make the
 * slug from the headline, while sections, services, products and categories take one to three words ("/accounting"). */
export const HEADLINE_SLUG_WORDS = 4;

/** Words in the path's last segment, its file extension aside. */
export function slugWords(path: string): number {
  const last = path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.(html?|php|aspx?)$/i, '').split(/[-_+]+/).filter(Boolean).length;
}

/** An address that names a file (".html", ".php", ".aspx"): documentation generators, shop and forum software serve their
 * pages as files, while publishing systems give stories clean addresses (or dated ones, with a date on the page). */
const FILE_ADDRESS = /\.(html?|php|aspx?)$/i;

/** Whether the path's last segment names a file. */
export function isFileAddress(path: string): boolean {
  return FILE_ADDRESS.test(path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '');
}

/** Query parameters that only say where the reader came from (ads, search, shares); the page is the same without them. */
const TRACKING_PARAM = /^(utm_\w+|srsltid|gclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid|_ga|ref|ref_src)$/i;

/** The host, and the path with the query minus tracking parameters: a home page reached from an ad is still the home page. */
export function addressParts(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
    return { host: u.hostname, path: u.pathname + u.search };
  } catch {
    return { host: '', path: '' };
  }
}

/** Words of the title that are long enough to name something (3+ letters), lower-cased. */
function titleWords(title: string | null | undefined): string[] {
  return (title ?? '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [];
}

/** The share of the title's words found in the path's last segment: story CMSs make the slug from the headline. */
export function titleInSlug(title: string | null | undefined, path: string): number {
  const words = titleWords(title);
  if (!words.length) return 0;
  const last = (path.split('?')[0]!.split('/').filter(Boolean).pop() ?? '').toLowerCase();
  let n = 0;
  for (const w of words) if (last.includes(w)) n++;
  return n / words.length;
}


/** A query that only names one item by its id ("?id=2291847", "?p=123", "?storyid=a8f3"): publishing systems that serve
 * stories from one script address each this way, while searches, filters and app views pass words or several settings. */
const ITEM_QUERY = /^\?(id|p|aid|nid|sid|story|storyid|story_id|articleid|article_id|newsid|news_id|itemid|item_id|postid|post_id|contentid)=[\w-]{1,40}$/i;

/** Whether the path's query (tracking parameters already dropped) is one item's id. */
export function isItemQuery(path: string): boolean {
  const q = path.indexOf('?');
  return q >= 0 && ITEM_QUERY.test(path.slice(q));
}
