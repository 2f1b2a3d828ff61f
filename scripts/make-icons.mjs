#!/usr/bin/env node
// node scripts/make-icons.mjs — draws the home-screen icons of the web app manifest (public/icons/*.png) from the
// favicon's design (public/favicon.svg: a factory on DKFDS Virk blue). Run it again when the favicon changes; the PNGs
// are committed. No image library and no network: the shape is two polygons, filled with 4×4 supersampling, and
// node:zlib writes the PNG.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
/** DKFDS Virk primary (dkfds/dist/scss/themes/_virkdk.scss, $virk-primary). */
const BLUE = [0x00, 0x59, 0xb3];
const WHITE = [0xff, 0xff, 0xff];
/** The factory of favicon.svg in its 32 × 32 box: M6 25V14l6 4v-4l6 4v-4l6 4V7h3v18z. */
const FACTORY = [
	[6, 25],
	[6, 14],
	[12, 18],
	[12, 14],
	[18, 18],
	[18, 14],
	[24, 18],
	[24, 7],
	[27, 7],
	[27, 25]
];

/** Even-odd point-in-polygon test. */
function inside(x, y, polygon) {
	let hit = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i];
		const [xj, yj] = polygon[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}

/** Inside a rounded square [0, 32]² with corner radius r (r = 0: the full square). */
function inRoundedSquare(x, y, r) {
	if (x < 0 || y < 0 || x > 32 || y > 32) return false;
	const cx = Math.min(Math.max(x, r), 32 - r);
	const cy = Math.min(Math.max(y, r), 32 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/**
 * One icon, `size` px square, RGBA. `maskable`: full-bleed background and the factory shrunk into the safe zone (the
 * middle 80 %), since the launcher cuts its own shape out of it; otherwise the favicon's rounded square.
 */
function draw(size, maskable) {
	const pixels = Buffer.alloc(size * size * 4);
	const samples = 4;
	const glyphScale = maskable ? 0.7 : 1;
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let bg = 0;
			let fg = 0;
			for (let sy = 0; sy < samples; sy++) {
				for (let sx = 0; sx < samples; sx++) {
					const x = ((px + (sx + 0.5) / samples) / size) * 32;
					const y = ((py + (sy + 0.5) / samples) / size) * 32;
					if (!inRoundedSquare(x, y, maskable ? 0 : 6)) continue;
					bg++;
					const gx = (x - 16) / glyphScale + 16;
					const gy = (y - 16) / glyphScale + 16;
					if (inside(gx, gy, FACTORY)) fg++;
				}
			}
			const n = samples * samples;
			const o = (py * size + px) * 4;
			// Colour of the covered part (white over blue), alpha of the rounded square's coverage.
			for (let c = 0; c < 3; c++)
				pixels[o + c] = bg ? Math.round((WHITE[c] * fg + BLUE[c] * (bg - fg)) / bg) : 0;
			pixels[o + 3] = Math.round((255 * bg) / n);
		}
	}
	return png(size, size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
function crc32(buf) {
	let c = 0xffffffff;
	for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'ascii');
	data.copy(out, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}
/** An 8-bit RGBA PNG, no interlace, filter 0 on every row. */
function png(width, height, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 6, 0, 0, 0], 8);
	const rows = Buffer.alloc(height * (width * 4 + 1));
	for (let y = 0; y < height; y++)
		rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

mkdirSync(OUT, { recursive: true });
for (const [file, size, maskable] of [
	['icon-192.png', 192, false],
	['icon-512.png', 512, false],
	['icon-maskable-512.png', 512, true]
]) {
	writeFileSync(join(OUT, file), draw(size, maskable));
	console.log(`public/icons/${file}`);
}
