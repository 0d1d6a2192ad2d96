// Text as search compares it: case and accents set aside, so "Zürich" finds "zurich" and "ZURICH".

/** Lower case with combining marks removed (é → e, ü → u); letters without a decomposition (ø, ß) stay. */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '');
}

/** The query's words, folded; a highlight matches when it holds every one of them. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter((term) => term !== '');
}
