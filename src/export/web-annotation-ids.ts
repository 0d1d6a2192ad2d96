// Identifiers in W3C annotations must be IRIs; ours are UUIDs. These map between the two, both ways.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_URN_PREFIX = 'urn:uuid:';
const OTHER_ID_PREFIX = 'urn:marginalia:annotation:';
/** A scheme and no whitespace: the shape every IRI has, which is what readers of an export rely on. */
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;

export function isIri(value: unknown): value is string {
  return typeof value === 'string' && IRI.test(value);
}

/** `urn:uuid:…` for a UUID, otherwise a URN that keeps any other id intact. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `${UUID_URN_PREFIX}${id.toLowerCase()}` : `${OTHER_ID_PREFIX}${encodeURIComponent(id)}`;
}

/** Our id for an annotation IRI: the UUID or our own id back; any other IRI is kept whole as the id. */
export function idFromIri(iri: string): string {
  if (iri.startsWith(UUID_URN_PREFIX) && UUID.test(iri.slice(UUID_URN_PREFIX.length))) {
    return iri.slice(UUID_URN_PREFIX.length);
  }
  if (iri.startsWith(OTHER_ID_PREFIX)) return decodeURIComponent(iri.slice(OTHER_ID_PREFIX.length));
  return iri;
}

/** A stable id for an imported annotation that has none, so importing the same file twice adds nothing. */
export function contentId(content: string): string {
  // FNV-1a, twice with different seeds for 64 bits: no crypto needed for de-duplication of one reader's files.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 2) >>> 0;
  }
  return `imported-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
