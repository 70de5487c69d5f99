// Draws the toolbar icon (a white shield on blue) at every size the manifest lists, as PNG.
// Run once after changing the design: `node scripts/make-icons.mjs`. Output is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const body = Buffer.concat([Buffer.from(type), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
};

function pixel(x, y) {
  // Unit coordinates; rounded blue square, white shield, blue check mark inside it.
  const inSquare =
    Math.max(Math.abs(x - 0.5), Math.abs(y - 0.5)) < 0.48 &&
    Math.hypot(Math.max(Math.abs(x - 0.5) - 0.34, 0), Math.max(Math.abs(y - 0.5) - 0.34, 0)) < 0.14;
  if (!inSquare) return [0, 0, 0, 0];
  const sx = Math.abs(x - 0.5);
  const shield = y > 0.18 && y < 0.86 && (y < 0.55 ? sx < 0.3 : sx < 0.3 * (1 - (y - 0.55) / 0.31));
  if (!shield) return [31, 95, 191, 255];
  const onCheck = (px, py, ax, ay, bx, by) => {
    const t = Math.max(
      0,
      Math.min(1, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
    );
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay))) < 0.05;
  };
  if (onCheck(x, y, 0.36, 0.5, 0.46, 0.62) || onCheck(x, y, 0.46, 0.62, 0.66, 0.38))
    return [31, 95, 191, 255];
  return [255, 255, 255, 255];
}

for (const size of [16, 32, 48, 128]) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...pixel((x + 0.5) / size, (y + 0.5) / size));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png);
}
