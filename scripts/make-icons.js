#!/usr/bin/env node
'use strict';
/**
 * Writes the add-in icons (assets/icon-16.png … icon-80.png): a rounded green square with a
 * white "T". Pure Node (zlib), no image tools needed, output is deterministic.
 * Usage: node scripts/make-icons.js [outDir]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [0x10, 0x7c, 0x41]; // Excel-like green
const WHITE = [0xff, 0xff, 0xff];
const SUPER = 8; // supersampling factor per axis for smooth edges

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes RGBA pixels (Uint8Array, width*height*4) as a PNG file. */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Shape test in unit coordinates (0..1): 0 outside, 1 green square, 2 white letter. */
function shapeAt(u, v) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(u, r), 1 - r);
  const cy = Math.min(Math.max(v, r), 1 - r);
  if ((u - cx) ** 2 + (v - cy) ** 2 > r * r) return 0;
  const bar = u >= 0.2 && u <= 0.8 && v >= 0.2 && v <= 0.36;
  const stem = u >= 0.41 && u <= 0.59 && v >= 0.2 && v <= 0.82;
  return bar || stem ? 2 : 1;
}

function drawIcon(size) {
  const px = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let white = 0;
      for (let sy = 0; sy < SUPER; sy++) {
        for (let sx = 0; sx < SUPER; sx++) {
          const s = shapeAt((x + (sx + 0.5) / SUPER) / size, (y + (sy + 0.5) / SUPER) / size);
          if (s > 0) cover++;
          if (s === 2) white++;
        }
      }
      const i = (y * size + x) * 4;
      const w = cover ? white / cover : 0;
      for (let c = 0; c < 3; c++) px[i + c] = Math.round(GREEN[c] * (1 - w) + WHITE[c] * w);
      px[i + 3] = Math.round((255 * cover) / (SUPER * SUPER));
    }
  }
  return encodePng(size, size, px);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'assets'));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`${path.relative(process.cwd(), file)} ${size}x${size}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, drawIcon, SIZES };
