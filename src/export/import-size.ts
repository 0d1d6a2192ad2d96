// The one size limit for imported files, checked before anything is parsed: a huge file must not freeze the page.

/** 10,000 annotations take about 10 MB as a backup, so 50 MB is far beyond any real library. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Refuses a file by its size alone; callers holding a File can ask before reading it. */
export function checkImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const megabytes = (bytes / 1024 / 1024).toFixed(1);
  return `The file is too large (${megabytes} MB); files to import may be at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
}

/**
 * Refuses a text by its UTF-8 size. Counting the bytes walks every character (0.1 s for a 14 MB backup), so it is
 * done only when the text could be too large: one UTF-16 unit never takes more than 3 bytes in UTF-8.
 */
export function checkTextSize(text: string): string | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  return checkImportSize(utf8Length(text));
}

/** The UTF-8 size of a text without encoding it: 1 byte below U+0080, 2 below U+0800, 4 a surrogate pair, else 3. */
export function utf8Length(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length; // already too large at one byte a character
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (pair) i++;
  }
  return bytes;
}
