/** Writes a real PNG (RGB, 8 bits) from a pixel function, so the letterhead test carries a picture Word can open. */
import { crc32, deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function makePng(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // leading 0: no filter on this scanline
    for (let x = 0; x < width; x++) row.set(pixel(x, y), 1 + x * 3);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A round municipal seal: a blue disc with a gold ring on white, 120 × 120 pixels. */
export function sealPng(): Buffer {
  const size = 120;
  const centre = size / 2;
  return makePng(size, size, (x, y) => {
    const r = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
    if (r > 58) return [255, 255, 255];
    if (r > 50) return [196, 154, 40];
    if (r > 46) return [255, 255, 255];
    return y < centre ? [23, 70, 140] : [180, 30, 45];
  });
}
