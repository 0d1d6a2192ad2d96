// What a content script may reach: the article of its own page, and nothing else. A content script shares a
// process with the page it runs in, so a compromised page could make it name any article key or highlight id;
// the browser, not the message, says which page sent it, and the article keys that page could have are derived
// from its address by the same url module that keys the library.
import { articleIdentity, normalizeUrl } from '../url';
import type { Request } from '../shared/messages';
import type { Annotation, ArticleRecord } from '../shared/model';

/** What the browser says about the sender (runtime.MessageSender). */
export interface SenderPage {
  /** The address the sending document was loaded from (sender.url). */
  url?: string;
  /** The tab's current address (sender.tab.url), for the top frame: it follows history.pushState, sender.url does not. */
  tabUrl?: string;
}

/**
 * The addresses the sending page may speak for. A single-page app moves its address with history.pushState,
 * which the browser allows only within the document's origin, so the tab's current address counts when it has
 * the same origin as the loaded one.
 */
export function pageAddresses(sender: SenderPage): string[] {
  if (!sender.url) return [];
  const origin = originOf(sender.url);
  return sender.tabUrl && sender.tabUrl !== sender.url && origin !== null && originOf(sender.tabUrl) === origin ? [sender.url, sender.tabUrl] : [sender.url];
}

/** The library reads the check needs (Library has them; tests pass a map). */
export interface ScopeReads {
  getArticle(key: string): Promise<ArticleRecord | undefined>;
  getAnnotation(id: string): Promise<Annotation | undefined>;
}

/**
 * Null when a content script in the sender's page may make this request, else a sentence saying why not.
 * Requests that name no article (detector-load) are always in scope; extension-page-only ones are refused earlier.
 */
export async function outOfScope(request: Request, sender: SenderPage, reads: ScopeReads): Promise<string | null> {
  const addresses = pageAddresses(sender);
  if (addresses.length === 0) return 'The page that sent this is unknown';
  const mayName = async (key: string) => {
    for (const address of addresses) if (await mayNameArticle(address, key, reads)) return true;
    return false;
  };
  switch (request.type) {
    case 'page-opened': {
      // Fragments and tracking parameters aside, the page reports its own address.
      const reported = normalizeUrl(request.page.url);
      return addresses.some((address) => normalizeUrl(address) === reported) ? null : 'A page may only report its own address';
    }
    case 'annotation-create':
    case 'annotations-list':
      return (await mayName(request.articleKey)) ? null : 'A page may only reach its own article';
    case 'annotation-update': {
      const annotation = await reads.getAnnotation(request.id);
      // An unknown id is left to the handler, which says there is no such highlight.
      if (!annotation) return null;
      return (await mayName(annotation.articleKey)) ? null : 'A page may only change highlights of its own article';
    }
    default:
      return null;
  }
}

/**
 * True when `key` is the article of the page at `pageUrl`: either the key that page's address gives (its own,
 * AMP-free address, or a canonical link the url module trusts for that address), or an article the library
 * already knows under that page's address (a page visited under a second URL keeps the first one's key).
 */
export async function mayNameArticle(pageUrl: string, key: string, reads: Pick<ScopeReads, 'getArticle'>): Promise<boolean> {
  // Offering the key as the page's canonical link asks the url module whether this page could be keyed by it.
  if (articleIdentity(pageUrl, { canonicalUrl: key }).aliases.includes(key)) return true;
  const article = await reads.getArticle(key);
  if (!article) return false;
  const own = new Set(articleIdentity(pageUrl, {}).aliases);
  return article.aliases.some((alias) => own.has(alias));
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
