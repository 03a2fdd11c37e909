import { endianness } from 'node:os';
import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * A PNG of opaque pixels with at most 256 colours, as an indexed-colour PNG: exactly the same
 * pixels, in a quarter of the data, so it compresses in a fraction of the time resvg's RGBA
 * takes, and to about half the size. A preview card has
 * a few dozen colours (its five, and the shades of their anti-aliased edges). `undefined` when
 * the pixels have transparency or more colours: the caller encodes those another way.
 */
export function indexedPng(width: number, height: number, rgba: Uint8Array): Buffer | undefined {
	// Pixels are read four bytes at a time, as little-endian words.
	if (endianness() !== 'LE') return undefined;
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : new Uint8Array(rgba);
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const palette = new Map<number, number>();
	// Each row starts with its filter type: 0 (none), the one that suits indexed colour.
	const stride = width + 1;
	const rows = Buffer.alloc(stride * height);
	let previous = -1;
	let previousIndex = 0;
	for (let y = 0; y < height; y += 1) {
		const from = y * width;
		const to = y * stride + 1;
		// Most rows of a card are the row above again (margins, the accent bar): copied whole.
		if (y > 0 && sameRow(pixels, from, width)) {
			rows.copyWithin(to, to - stride, to - 1);
			continue;
		}
		for (let x = 0; x < width; x += 1) {
			const pixel = pixels[from + x]!;
			if (pixel !== previous) {
				// The alpha byte is the word's top one.
				if (pixel >>> 24 !== 0xff) return undefined;
				let index = palette.get(pixel);
				if (index === undefined) {
					if (palette.size === 256) return undefined;
					index = palette.size;
					palette.set(pixel, index);
				}
				previous = pixel;
				previousIndex = index;
			}
			rows[to + x] = previousIndex;
		}
	}
	const plte = Buffer.alloc(palette.size * 3);
	for (const [pixel, index] of palette) {
		plte[index * 3] = pixel & 0xff;
		plte[index * 3 + 1] = (pixel >>> 8) & 0xff;
		plte[index * 3 + 2] = (pixel >>> 16) & 0xff;
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bits per palette index
	header[9] = 3; // indexed colour
	// Runs of one palette index are what a card is made of: zlib's run-length strategy finds them
	// as well as its default one, in a fraction of the time.
	const data = deflateSync(rows, { level: 6, strategy: constants.Z_RLE });
	return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('PLTE', plte), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

function sameRow(pixels: Uint32Array, from: number, width: number): boolean {
	for (let x = 0; x < width; x += 1) if (pixels[from + x] !== pixels[from + x - width]) return false;
	return true;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
	const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(typed.length + 8);
	out.writeUInt32BE(data.length, 0);
	typed.copy(out, 4);
	out.writeUInt32BE(crc32(typed), typed.length + 4);
	return out;
}
