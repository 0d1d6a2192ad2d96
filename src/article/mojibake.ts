// Repairs text that was encoded as UTF-8 twice ("Investorâ\u0080\u0099s" for "Investor’s"): pages and CMSs that
// store UTF-8 bytes as Latin-1 characters show readers garbage the truth of the page does not hold.

/** C1 control characters never occur in real text: their presence says UTF-8 bytes were read as Latin-1. */
const C1_CONTROL = /[\u0080-\u009f]/;
/** One UTF-8 sequence written as Latin-1 characters: a lead byte and its continuation bytes. */
const LATIN1_UTF8 = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text with doubly encoded UTF-8 sequences decoded, when it holds C1 controls; else the text as is. */
export function repairMojibake(s: string): string {
  if (!C1_CONTROL.test(s)) return s;
  return s.replace(LATIN1_UTF8, (m) => {
    try {
      return utf8.decode(Uint8Array.from(m, (c) => c.charCodeAt(0)));
    } catch {
      return m;
    }
  });
}
