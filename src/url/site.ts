// "Same site" for trusting a canonical link: hosts equal once the prefixes sites use for copies are set aside.

/** Subdomains that serve the same site's pages: the main host, AMP copies and mobile copies. */
const EQUIVALENT_HOST_PREFIXES = ['www.', 'amp.', 'm.'];

/** The host without www./amp./m. prefixes (kept when stripping would leave a bare top-level domain). */
export function siteHost(hostname: string): string {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of EQUIVALENT_HOST_PREFIXES) {
      const rest = host.slice(prefix.length);
      if (host.startsWith(prefix) && rest.includes('.')) {
        host = rest;
        changed = true;
      }
    }
  }
  return host;
}

/** True when both URLs are http(s) on the same site; the scheme may differ (sites move to https unevenly). */
export function isSameSite(a: URL, b: URL): boolean {
  return isWebUrl(a) && isWebUrl(b) && siteHost(a.hostname) === siteHost(b.hostname);
}

export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
