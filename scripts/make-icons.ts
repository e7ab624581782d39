/**
 * Draws the toolbar icons (a page with a highlighted line) as PNGs into assets/icons/.
 * Run once when the design changes: `npx tsx scripts/make-icons.ts`. Written with Node's zlib
 * alone, so no image library is needed; 4×4 supersampling smooths the edges.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

type RGBA = [number, number, number, number];

const NAVY: RGBA = [29, 43, 58, 255];
const PAPER: RGBA = [250, 250, 250, 255];
const INK: RGBA = [120, 130, 140, 255];
const MARK: RGBA = [255, 196, 0, 255];

/** The colour at a point of the unit square, or transparent. */
function shade(x: number, y: number): RGBA | undefined {
  const r = 0.18;
  const inside = (px: number, py: number, x0: number, y0: number, x1: number, y1: number): boolean =>
    px >= x0 && px <= x1 && py >= y0 && py <= y1;
  // Rounded square background.
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return undefined;
  if (inside(x, y, 0.2, 0.14, 0.8, 0.86)) {
    if (inside(x, y, 0.28, 0.44, 0.72, 0.56)) return MARK;
    for (const top of [0.24, 0.64, 0.74]) if (inside(x, y, 0.3, top, 0.7, top + 0.05)) return INK;
    return PAPER;
  }
  return NAVY;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const SS = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const c = shade((x + (sx + 0.5) / SS) / size, (y + (sy + 0.5) / SS) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i]! += c[i]! * c[3];
          acc[3]! += c[3];
        }
      }
      const o = y * (size * 4 + 1) + 1 + x * 4;
      const a = acc[3]!;
      for (let i = 0; i < 3; i++) raw[o + i] = a ? Math.round(acc[i]! / a) : 0;
      raw[o + 3] = Math.round(a / (SS * SS));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('assets/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${size}.png`, png(size));
console.log('icons written to assets/icons/');
