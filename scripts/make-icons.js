/** Draws the add-in's icons (a blue tile with a white bar chart) as PNGs in assets/: `node scripts/make-icons.js`. */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const TILE = [0, 90, 158]; // #005A9E, Office blue
const BAR = [255, 255, 255];
const SUPERSAMPLE = 4;

/** Coverage of the icon's shapes at a point of the unit square: "tile", "bar" or null. */
function shapeAt(x, y) {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const bars = [
    [0.2, 0.56],
    [0.42, 0.38],
    [0.64, 0.22],
  ];
  for (const [left, top] of bars) {
    if (x >= left && x <= left + 0.16 && y >= top && y <= 0.8) return "bar";
  }
  return "tile";
}

function pixel(size, px, py) {
  let tile = 0;
  let bar = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const shape = shapeAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
      if (shape === "tile") tile++;
      if (shape === "bar") bar++;
    }
  }
  const n = SUPERSAMPLE * SUPERSAMPLE;
  const covered = tile + bar;
  if (covered === 0) return [0, 0, 0, 0];
  const mix = (i) => Math.round((TILE[i] * tile + BAR[i] * bar) / covered);
  return [mix(0), mix(1), mix(2), Math.round((255 * covered) / n)];
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) row.push(...pixel(size, x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(", ")} to assets/`);
