// A ZIP archive of export files, so "one file per article" downloads as one file from the browser. Stored, not
// compressed: notes are small and every unzip tool reads stored entries; names are flagged UTF-8 (bit 11) so
// Arabic, Hebrew and emoji titles survive.
import type { ExportFile } from './types';
import { crc32 } from './crc32';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version 2.0 of the format: what readers need for stored entries with folders. */
const VERSION = 20;
const UTF8_NAMES_FLAG = 0x0800;
const STORED = 0;
/** Without ZIP64, a classic archive counts entries and offsets in 16 and 32 bits. */
const MAX_ENTRIES = 0xffff;
const MAX_BYTES = 0xffffffff;

/** The files as a ZIP archive; every entry is dated `now` (so the same input gives the same bytes). */
export function toZip(files: ExportFile[], now: Date): Uint8Array {
  if (files.length > MAX_ENTRIES) throw new RangeError(`a ZIP archive holds at most ${MAX_ENTRIES} files`);
  const encoder = new TextEncoder();
  const { time, date } = dosDateTime(now);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const data = encoder.encode(file.text);
    const crc = crc32(data);
    const local = new ByteWriter(30 + name.length + data.length);
    local.u32(LOCAL_HEADER).u16(VERSION).u16(UTF8_NAMES_FLAG).u16(STORED).u16(time).u16(date);
    local.u32(crc).u32(data.length).u32(data.length).u16(name.length).u16(0).bytes(name).bytes(data);
    const central = new ByteWriter(46 + name.length);
    central.u32(CENTRAL_HEADER).u16(VERSION).u16(VERSION).u16(UTF8_NAMES_FLAG).u16(STORED).u16(time).u16(date);
    central.u32(crc).u32(data.length).u32(data.length).u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0);
    central.u32(offset).bytes(name);
    locals.push(local.result);
    centrals.push(central.result);
    offset += local.result.length;
    if (offset > MAX_BYTES) throw new RangeError('the files are too large for a ZIP archive');
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new ByteWriter(22);
  end.u32(END_OF_CENTRAL_DIRECTORY).u16(0).u16(0).u16(files.length).u16(files.length).u32(centralSize).u32(offset).u16(0);
  return concat([...locals, ...centrals, end.result]);
}

/** MS-DOS date and time fields (local time by convention; UTC here, so output does not depend on the machine). */
function dosDateTime(now: Date): { time: number; date: number } {
  const year = Math.min(Math.max(now.getUTCFullYear(), 1980), 2107);
  return {
    time: (now.getUTCHours() << 11) | (now.getUTCMinutes() << 5) | Math.floor(now.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((now.getUTCMonth() + 1) << 5) | now.getUTCDate(),
  };
}

class ByteWriter {
  readonly result: Uint8Array;
  private readonly view: DataView;
  private at = 0;

  constructor(size: number) {
    this.result = new Uint8Array(size);
    this.view = new DataView(this.result.buffer);
  }

  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }

  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }

  bytes(value: Uint8Array): this {
    this.result.set(value, this.at);
    this.at += value.length;
    return this;
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
