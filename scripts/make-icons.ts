// Draws the toolbar icon at 16, 32, 48 and 128 px: a page with lines of text, one of them highlighted.
// Run `npx tsx scripts/make-icons.ts` after changing the design; the PNGs in icons/ are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
type Shape = { inside(x: number, y: number): boolean; color: RGBA };

/** Rounded rectangle in a 0..1 coordinate space. */
const rect = (x0: number, y0: number, x1: number, y1: number, r: number, color: RGBA): Shape => ({
  color,
  inside(x, y) {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  },
});

const INK: RGBA = [31, 35, 40, 255];
const PAPER: RGBA = [250, 248, 240, 255];
const MARK: RGBA = [255, 200, 0, 255];
const LINE: RGBA = [120, 128, 140, 255];

const shapes: Shape[] = [
  rect(0.02, 0.02, 0.98, 0.98, 0.2, INK),
  rect(0.18, 0.14, 0.82, 0.86, 0.06, PAPER),
  rect(0.27, 0.26, 0.73, 0.33, 0.03, LINE),
  rect(0.22, 0.42, 0.78, 0.58, 0.04, MARK),
  rect(0.27, 0.47, 0.70, 0.53, 0.03, INK),
  rect(0.27, 0.67, 0.62, 0.74, 0.03, LINE),
];

function draw(size: number): Buffer {
  const samples = 4; // supersampling per axis, for smooth edges
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const hit = [...shapes].reverse().find((s) => s.inside(x, y));
          if (hit) hit.color.forEach((c, i) => (sum[i]! += i < 3 ? c * hit.color[3] : c));
        }
      }
      const n = samples * samples;
      const alpha = sum[3]! / n;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = alpha ? Math.round(sum[i]! / sum[3]!) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

function png(size: number, raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), draw(size));
console.log('icons written');
