// The document's base URL (what its relative links resolve against), as `Node.baseURI` gives it, from the first <base href>
// the hints walk found: a DOM without a browsing context (jsdom) searches the whole page for <base> on the first read of
// baseURI, which costs as much as a third of a detection.

/** The base URL of `doc`, whose first <base href> element is `base` (undefined when not known: the document is asked). */
export function baseUrlOf(doc: Document, base: Element | null | undefined): string {
  const url = doc.URL;
  // An about: document (a new frame, a srcdoc) takes its base URL from the page that made it, which only the document knows.
  if (base === undefined || url.startsWith('about:')) return doc.baseURI;
  const href = base?.getAttribute('href');
  // An href that does not parse leaves the document's own address as its base.
  return href != null && URL.canParse(href, url) ? new URL(href, url).href : url;
}
