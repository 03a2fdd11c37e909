import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card.ts';
import { renderOgImage } from './og-image.ts';

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card = (headline: string, dir: 'ltr' | 'rtl' = 'ltr'): OgCard => ({
	type: 'piece',
	headline,
	dir,
	kind: 'Analysis',
	date: 'Published 2 May 2023',
	claims: '3 claims checked',
	siteName: 'Dossier',
});

let cacheDir: string;
beforeAll(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'dossier-og-'));
});
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('renderOgImage', () => {
	it('makes a 1200x630 PNG under 300 kB, for the longest headline allowed', async () => {
		const { png } = await renderOgImage(card('W'.repeat(20) + ' a headline that runs on and on'.repeat(4).slice(0, 120)), cacheDir);
		expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
		expect(png.length).toBeLessThan(300_000);
	});

	it('draws Persian headlines (Vazirmatn) as well as Latin ones', async () => {
		const { png } = await renderOgImage(card('اعتراض‌های کارگران در ایران', 'rtl'), cacheDir);
		expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
	});

	it('does not render a card again while nothing on it changes, and does when something does', async () => {
		const first = await renderOgImage(card('A card for the cache'), cacheDir);
		expect(first.fromCache).toBe(false);
		const entries = await readdir(cacheDir);
		const again = await renderOgImage(card('A card for the cache'), cacheDir);
		expect(again.fromCache).toBe(true);
		expect(again.png.equals(first.png)).toBe(true);
		expect(await readdir(cacheDir)).toEqual(entries);

		const corrected = await renderOgImage(card('A card for the cache, corrected'), cacheDir);
		expect(corrected.fromCache).toBe(false);
		expect(corrected.png.equals(first.png)).toBe(false);
		expect(await readdir(cacheDir)).toHaveLength(entries.length + 1);
	});

	it('refuses a headline no font can draw, rather than printing empty boxes', async () => {
		await expect(renderOgImage(card('שלום עולם'), cacheDir)).rejects.toThrow(/no font .* can draw/);
	});
});
