// Draws the app icon (resources/icon.png, 512 px, and resources/icon-256.png) with no dependencies:
// a deep purple rounded square, a white document with a folded corner and text lines, and an
// orange seal with a check mark (purple for the feminist movement, orange for the UN campaign
// against violence towards women). Run once: `node electron/main/dev/make-icon.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const PURPLE_TOP = [0x6d, 0x32, 0xa3];
const PURPLE_BOTTOM = [0x45, 0x1a, 0x73];
const WHITE = [0xff, 0xff, 0xff];
const FOLD = [0xdc, 0xcb, 0xee];
const LINE = [0xb9, 0xa2, 0xd6];
const ORANGE = [0xf2, 0x8c, 0x28];

// Shapes on a 512-unit canvas; each returns true when the point (x, y) is inside.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const capsule = (ax, ay, bx, by, r) => (x, y) => {
  const [vx, vy] = [bx - ax, by - ay];
  const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= r * r;
};

const DOC = { x0: 138, y0: 96, x1: 352, y1: 400, fold: 62 };
const background = roundRect(24, 24, 488, 488, 104);
const page = roundRect(DOC.x0, DOC.y0, DOC.x1, DOC.y1, 18);
const cutCorner = (x, y) => x - (DOC.x1 - DOC.fold) > y - DOC.y0;
const foldTriangle = (x, y) => x >= DOC.x1 - DOC.fold && y <= DOC.y0 + DOC.fold && !cutCorner(x, y);
const lines = [
  capsule(178, 176, 268, 176, 9),
  capsule(178, 220, 312, 220, 9),
  capsule(178, 264, 312, 264, 9),
  capsule(178, 308, 250, 308, 9),
];
const SEAL = { cx: 346, cy: 370, r: 78 };
const sealRing = circle(SEAL.cx, SEAL.cy, SEAL.r + 12);
const seal = circle(SEAL.cx, SEAL.cy, SEAL.r);
const check = [capsule(308, 372, 334, 398, 12), capsule(334, 398, 386, 342, 12)];

/** Colour (RGBA, 0–255) of one sample point, painting shapes back to front. */
function sample(bx, by) {
  if (!background(bx, by)) return [0, 0, 0, 0];
  const t = (by - 24) / 464;
  // The document and seal were drawn right of and below centre; this centres the group.
  const [x, y] = [bx + 18, by + 16];
  let color = PURPLE_TOP.map((top, i) => top + (PURPLE_BOTTOM[i] - top) * t);
  if (page(x, y) && !cutCorner(x, y)) color = foldTriangle(x, y) ? FOLD : WHITE;
  if (lines.some((line) => line(x, y)) && !sealRing(x, y)) color = LINE;
  if (sealRing(x, y) && !seal(x, y)) color = PURPLE_TOP.map((top, i) => top + (PURPLE_BOTTOM[i] - top) * t);
  if (seal(x, y)) color = check.some((stroke) => stroke(x, y)) ? WHITE : ORANGE;
  return [...color, 255];
}

/** RGBA pixels of a size×size image, 4×4 supersampled for smooth edges. */
function render(size) {
  const n = 4;
  const scale = 512 / size;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const [r, g, b, a] = sample((px + (sx + 0.5) / n) * scale, (py + (sy + 0.5) / n) * scale);
          // Premultiplied, so transparent samples do not darken the edges.
          sum[0] += (r * a) / 255;
          sum[1] += (g * a) / 255;
          sum[2] += (b * a) / 255;
          sum[3] += a;
        }
      }
      const alpha = sum[3] / (n * n);
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) pixels[offset + i] = alpha ? Math.round((sum[i] / (n * n)) * (255 / alpha)) : 0;
      pixels[offset + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const pixels = render(size);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const resources = path.resolve(import.meta.dirname, '../../../resources');
fs.writeFileSync(path.join(resources, 'icon.png'), png(512));
fs.writeFileSync(path.join(resources, 'icon-256.png'), png(256));
console.log(`Iconos escritos en ${resources}`);
