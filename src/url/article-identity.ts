// The key an article is stored under, and every address it was seen at, so notes come back under any of them.
import { normalizeUrl } from './normalize-url';
import { stripAmp } from './amp';
import { judgeHint } from './canonical-hint';

export interface IdentityHints {
  canonicalUrl?: string | null;
  ogUrl?: string | null;
}

export interface ArticleIdentity {
  /** The normalized address the article is stored under. */
  key: string;
  /** Every normalized address the article was seen under, the key first. */
  aliases: string[];
}

/**
 * The canonical link wins when trustworthy, then og:url, then the page's own address; AMP copies map to the
 * regular page. Untrusted hints are left out of the aliases: a canonical pointing at the home page must never
 * make the home page an alias of this article.
 */
export function articleIdentity(pageUrl: string, hints: IdentityHints): ArticleIdentity {
  const page = normalizeUrl(pageUrl);
  const trusted = [hints.canonicalUrl, hints.ogUrl]
    .map((hint) => judgeHint(hint, pageUrl))
    .flatMap((verdict) => (verdict.trusted ? [verdict.url] : []));
  const key = trusted[0] ?? stripAmp(page);
  const aliases = [...new Set([key, ...trusted, stripAmp(page), page])];
  return { key, aliases };
}
