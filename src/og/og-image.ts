import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { writeAtomically } from '../lib/write-atomically.ts';
import { OG_WIDTH, type OgCard, ogCardTree } from './og-card.ts';
import { layOutClaimCard } from './og-claim-layout.ts';
import { OG_FONT_PACKAGES } from './og-fonts.ts';
import { layOut } from './og-layout.ts';
import { indexedPng } from './png.ts';

export { OgImageError } from './og-layout.ts';

/**
 * Rendered images, by a hash of what they show; shared by every build on this machine.
 * `OG_CACHE_DIR` moves it, so that a test or a benchmark can start from an empty cache.
 */
export function ogCacheDir(): string {
	return resolve(process.cwd(), process.env.OG_CACHE_DIR || 'node_modules/.cache/dossier-og');
}

/** The vector image: exactly what the PNG will show. A claim's card is fitted to its words first. */
export async function ogImageSvg(card: OgCard): Promise<string> {
	if (card.type === 'claim') return (await layOutClaimCard(card)).svg;
	return (await layOut(ogCardTree(card))).svg;
}

// No system fonts: satori has turned every letter into a path already, and scanning the
// machine's fonts would cost resvg more than drawing the card.
const RESVG_OPTIONS = { fitTo: { mode: 'width' as const, value: OG_WIDTH }, font: { loadSystemFonts: false } };

/**
 * resvg as WebAssembly, whose memory is freed when asked: resvg's native build for Node (2.6)
 * never frees what it rasterised, so a build's memory grew with every card (BENCHMARKS.md).
 * The two draw the same pixels. Loaded once a process.
 */
const RESVG_WASM = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
let resvgReady: Promise<void> | undefined;
function loadResvg(): Promise<void> {
	resvgReady ??= initWasm(readFileSync(RESVG_WASM));
	return resvgReady;
}

/** The PNG of a card: laid out by satori, rasterised by resvg, written as an indexed-colour PNG when it can be. */
export async function ogImagePng(card: OgCard): Promise<Buffer> {
	const [svg] = await Promise.all([ogImageSvg(card), loadResvg()]);
	const resvg = new Resvg(svg, RESVG_OPTIONS);
	const rendered = resvg.render();
	try {
		return indexedPng(rendered.width, rendered.height, rendered.pixels) ?? Buffer.from(rendered.asPng());
	} finally {
		rendered.free();
		resvg.free();
	}
}

let codeVersion: string | undefined;

/**
 * What else a card's image depends on: the code that draws it (every file of src/og/), the
 * versions of satori and the font packages, and resvg's WebAssembly itself.
 */
function ogCodeVersion(): string {
	if (codeVersion) return codeVersion;
	const require = createRequire(import.meta.url);
	const hash = createHash('sha256').update(codeFingerprint(process.cwd(), { dirs: ['src/og'] }));
	for (const name of ['satori', ...OG_FONT_PACKAGES]) {
		hash.update(`${name}@${(require(`${name}/package.json`) as { version: string }).version}\0`);
	}
	hash.update(readFileSync(RESVG_WASM));
	codeVersion = hash.digest('hex');
	return codeVersion;
}

/**
 * Where a card's image is kept: under the hash of its words and of the code that draws it, so
 * that it is rendered again exactly when either changes. A card holds what its image shows and
 * nothing more (og-card.ts): a claim's card changes with its words, status, place in the ledger
 * or headline, never with its sources or note.
 */
export function ogCacheFile(card: OgCard, cacheDir: string = ogCacheDir()): string {
	const key = createHash('sha256').update(ogCodeVersion()).update(JSON.stringify(card)).digest('hex');
	return join(cacheDir, `${key}.png`);
}

/** The PNG of a card, from the cache when it was made before, and whether it was. */
export async function renderOgImage(card: OgCard, cacheDir: string = ogCacheDir()): Promise<{ png: Buffer; fromCache: boolean }> {
	const cached = ogCacheFile(card, cacheDir);
	try {
		return { png: readFileSync(cached), fromCache: true };
	} catch {
		// Not rendered yet.
	}
	const png = await ogImagePng(card);
	mkdirSync(cacheDir, { recursive: true });
	writeAtomically(cached, png);
	return { png, fromCache: false };
}
