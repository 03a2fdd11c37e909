import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, type OgCard, ogCardTree } from './og-card.ts';
import { ogFonts } from './og-fonts.ts';

/**
 * Rendered images, by the hash of what they show; shared by every build on this machine.
 * `OG_CACHE_DIR` moves it, so that a test or a benchmark can start from an empty cache.
 */
const CACHE_DIR = resolve(process.cwd(), process.env.OG_CACHE_DIR || 'node_modules/.cache/dossier-og');
const RESVG_VERSION: string = createRequire(import.meta.url)('@resvg/resvg-js/package.json').version;

export class OgImageError extends Error {}

/** The vector image: cheap to make, and exactly what the PNG will show. */
export async function ogImageSvg(card: OgCard): Promise<string> {
	// satori's types want a React element; the tree has that shape.
	const tree = ogCardTree(card) as unknown as Parameters<typeof satori>[0];
	return satori(tree, {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts: ogFonts(),
		// satori asks for a font when none of ours has a glyph; printing boxes instead would go unseen.
		loadAdditionalAsset: async (_language, segment) => {
			throw new OgImageError(`no font in src/og/og-fonts.ts can draw "${segment}"`);
		},
	});
}

/** How resvg rasterises: part of the cache key, so a change here renders every card again. */
// No system fonts: satori has turned every letter into a path already, and scanning the
// machine's fonts cost resvg about 40 ms a card.
const RESVG_OPTIONS = { fitTo: { mode: 'width' as const, value: OG_WIDTH }, font: { loadSystemFonts: false } };

/**
 * The PNG for a card, and whether it came from the cache. Rasterising is the slow part, so the
 * result is kept under the hash of the SVG (which changes with any change to the words, the
 * layout or the fonts), the renderer's version and its options, and reused while the piece is
 * unchanged. Laying the card out again (satori, a few milliseconds) is what makes the key exact.
 */
export async function renderOgImage(card: OgCard, cacheDir: string = CACHE_DIR): Promise<{ png: Buffer; fromCache: boolean }> {
	const svg = await ogImageSvg(card);
	const key = createHash('sha256').update(`${RESVG_VERSION}\0${JSON.stringify(RESVG_OPTIONS)}\0`).update(svg).digest('hex');
	const cached = join(cacheDir, `${key}.png`);
	try {
		return { png: readFileSync(cached), fromCache: true };
	} catch {
		// Not rendered yet.
	}
	// Rasterised on libuv's thread pool: other pages render on the main thread meanwhile.
	const png = (await renderAsync(svg, RESVG_OPTIONS)).asPng();
	mkdirSync(cacheDir, { recursive: true });
	// Written aside and renamed: two builds at once never read half a file.
	const partial = `${cached}.${randomUUID()}.partial`;
	writeFileSync(partial, png);
	renameSync(partial, cached);
	return { png, fromCache: false };
}

export async function ogImagePng(card: OgCard): Promise<Buffer> {
	return (await renderOgImage(card)).png;
}
