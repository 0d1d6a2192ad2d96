import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32';
import { toZip } from '../../../src/export/zip';
import { TRICKY_TEXTS } from './sample-library';

const NOW = new Date('2026-11-25T10:00:08Z');

/** Reads a stored ZIP through its central directory, as unzip tools do. */
function readZip(zip: Uint8Array): { name: string; text: string; utf8: boolean; crcOk: boolean }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const flags = view.getUint16(at + 8, true);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(dataStart, dataStart + size);
    entries.push({ name, text: decoder.decode(data), utf8: (flags & 0x0800) !== 0, crcOk: crc32(data) === crc });
    at += 46 + nameLength;
  }
  return entries;
}

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('toZip', () => {
  it('stores every file whole under its UTF-8 name', () => {
    const files = [
      { name: '2024-05-02 استئناف المفاوضات.md', text: TRICKY_TEXTS.rtl },
      { name: 'emoji 👨‍👩‍👧‍👦.md', text: TRICKY_TEXTS.emoji },
      { name: 'long.md', text: TRICKY_TEXTS.long },
    ];
    expect(readZip(toZip(files, NOW))).toEqual(files.map((file) => ({ ...file, utf8: true, crcOk: true })));
  });

  it('is an empty archive for no files', () => {
    expect(toZip([], NOW).length).toBe(22);
  });

  it('dates entries by `now`, so the same files give the same bytes', () => {
    const files = [{ name: 'a.txt', text: 'a' }];
    expect(toZip(files, NOW)).toEqual(toZip(files, new Date(NOW)));
    const view = new DataView(toZip(files, NOW).buffer);
    expect(view.getUint16(10, true)).toBe((10 << 11) | (0 << 5) | 4); // 10:00:08
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (11 << 5) | 25);
  });
});
