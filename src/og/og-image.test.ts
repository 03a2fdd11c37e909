import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-card.ts';
import { ogImagePng } from './og-image.ts';

const CACHE_DIR = resolve(process.cwd(), 'node_modules/.cache/dossier-og');

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const card = (headline: string, dir: 'ltr' | 'rtl' = 'ltr'): OgCard => ({
	headline,
	dir,
	kind: 'Analysis',
	date: 'Published 2 May 2023',
	claims: '3 claims checked',
	siteName: 'Dossier',
});

async function cacheEntries(): Promise<Map<string, number>> {
	const names = await readdir(CACHE_DIR).catch(() => []);
	return new Map(names.map((name) => [name, statSync(resolve(CACHE_DIR, name)).mtimeMs]));
}

describe('ogImagePng', () => {
	it('makes a 1200x630 PNG under 300 kB, for the longest headline allowed', async () => {
		const png = await ogImagePng(card('W'.repeat(20) + ' a headline that runs on and on'.repeat(4).slice(0, 120)));
		expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
		expect(png.length).toBeLessThan(300_000);
	});

	it('draws Persian headlines (Vazirmatn) as well as Latin ones', async () => {
		const png = await ogImagePng(card('اعتراض‌های کارگران در ایران', 'rtl'));
		expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
	});

	it('does not render a card again while nothing on it changes', async () => {
		const headline = `Cached card ${process.pid}`;
		const first = await ogImagePng(card(headline));
		const before = await cacheEntries();
		const again = await ogImagePng(card(headline));
		expect(again.equals(first)).toBe(true);
		// Other builds may add cards meanwhile; none already there is written again.
		const after = await cacheEntries();
		for (const [name, mtime] of before) expect(after.get(name), name).toBe(mtime);

		const changed = await ogImagePng(card(`${headline}, corrected`));
		expect(changed.equals(first)).toBe(false);
		expect([...(await cacheEntries()).keys()].filter((name) => !before.has(name)).length).toBeGreaterThan(0);
	});

	it('refuses a headline no font can draw, rather than printing empty boxes', async () => {
		await expect(ogImagePng(card('שלום עולם'))).rejects.toThrow(/no font .* can draw/);
	});
});
