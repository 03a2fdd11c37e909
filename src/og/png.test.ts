import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OgCard } from './og-card.ts';
import { claimOgCard } from './og-cards.ts';
import { ogImageSvg } from './og-image.ts';
import { indexedPng } from './png.ts';

beforeAll(async () => {
	await initWasm(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm'))).catch(() => {
		// Already loaded by og-image.ts in this worker.
	});
});

/** The pixels of a PNG, as resvg's own PNG decoder reads them: an independent reading of the file. */
function decode(png: Buffer, width: number, height: number): Uint8Array {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
	const resvg = new Resvg(svg);
	const image = resvg.render();
	const pixels = image.pixels;
	image.free();
	resvg.free();
	return pixels;
}

function render(svg: string) {
	const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
	const image = resvg.render();
	const result = { width: image.width, height: image.height, pixels: image.pixels };
	image.free();
	resvg.free();
	return result;
}

describe('indexedPng', () => {
	it('writes a card pixel for pixel, in at most 60% of the bytes of resvg’s own PNG', async () => {
		for (const card of [
			{
				type: 'piece' as const,
				headline: 'Khamenei’s call for a combined “offensive”',
				dir: 'ltr' as const,
				kind: 'Opinion',
				date: 'Published 14 February 2022',
				claims: '16 claims checked',
				siteName: 'Dossier',
			},
			{
				type: 'piece' as const,
				headline: 'اعتراض‌های کارگران در ایران',
				dir: 'rtl' as const,
				kind: 'Report',
				date: 'Published 2 May 2023',
				claims: '3 claims checked',
				siteName: 'Dossier',
			},
			claimOgCard({ title: 'A headline', lang: 'en', claims: [{ text: 'Hackers leaked footage from inside prisons.', status: 'attributed' }] }, 0),
		] as OgCard[]) {
			const { width, height, pixels } = render(await ogImageSvg(card));
			const png = indexedPng(width, height, pixels);
			expect(png).toBeDefined();
			expect(png!.subarray(1, 4).toString('latin1')).toBe('PNG');
			expect(Buffer.compare(Buffer.from(decode(png!, width, height)), Buffer.from(pixels))).toBe(0);
			const rgba = new Resvg(await ogImageSvg(card), { font: { loadSystemFonts: false } }).render().asPng();
			expect(png!.length).toBeLessThan(rgba.length * 0.6);
		}
	});

	it('declines pixels it cannot write exactly: transparency, or more than 256 colours', () => {
		const transparent = new Uint8Array(4 * 4 * 4).fill(255);
		transparent[3] = 128;
		expect(indexedPng(4, 4, transparent)).toBeUndefined();
		const many = new Uint8Array(32 * 32 * 4);
		for (let pixel = 0; pixel < 32 * 32; pixel += 1) many.set([pixel & 0xff, pixel >> 8, 7, 255], pixel * 4);
		expect(indexedPng(32, 32, many)).toBeUndefined();
		// 256 colours exactly: written, as a PNG of those pixels.
		const most = many.subarray(0, 16 * 16 * 4);
		const png = indexedPng(16, 16, most);
		expect(png?.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(Buffer.compare(Buffer.from(decode(png!, 16, 16)), Buffer.from(most))).toBe(0);
	});
});
