import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { pieceTemplate, sourceTemplate } from './templates.ts';

/** Why a new piece or source was not written, said so that the editor knows what to do. */
export class AuthoringError extends Error {}

/**
 * A slug from a headline: Latin letters without their accents, digits, single hyphens, at most
 * 60 characters, cut at a word. Empty for a headline in another script (give one with --slug).
 */
export function slugFromHeadline(headline: string): string {
	const words = headline
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const longer = slug ? `${slug}-${word}` : word;
		if (longer.length > 60) break;
		slug = longer;
	}
	return slug;
}

function filesNamed(dir: string, name: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.split('/').at(-1) === name);
}

/**
 * Writes `articles/<year>/<slug>.md` and an example source beside the content directory's
 * sources, and returns their paths. Refuses to overwrite anything, or to take a slug another
 * piece has in any year.
 */
export async function createPiece(
	contentDir: string,
	headline: string,
	options: { slug?: string | undefined; today: string },
): Promise<{ piece: string; source: string }> {
	if (!headline.trim()) throw new AuthoringError('give the headline: npm run new -- "The headline"');
	const slug = options.slug ?? slugFromHeadline(headline);
	if (!slug)
		throw new AuthoringError(
			'the headline has no Latin letters to make an address from: give one with --slug, e.g. npm run new -- "…" --slug=workers-protests',
		);
	if (!SLUG_PATTERN.test(slug)) throw new AuthoringError(`"${slug}" is not a valid slug: lower-case letters, digits and single hyphens`);
	const taken = filesNamed(join(contentDir, 'articles'), `${slug}.md`);
	if (taken.length > 0) throw new AuthoringError(`a piece with the address "${slug}" exists already: articles/${taken[0]}. Choose another with --slug=…`);
	const sourceId = `${slug}-example-source`;
	const source = join(contentDir, 'sources', `${sourceId}.yaml`);
	if (existsSync(source)) throw new AuthoringError(`${source} exists already; not overwritten`);

	const piece = join(contentDir, 'articles', options.today.slice(0, 4), `${slug}.md`);
	await mkdir(join(contentDir, 'articles', options.today.slice(0, 4)), { recursive: true });
	await mkdir(join(contentDir, 'sources'), { recursive: true });
	await writeFile(piece, pieceTemplate({ headline: headline.trim(), today: options.today, sourceId }), { flag: 'wx' });
	await writeFile(source, sourceTemplate({ url: 'https://example.org/', publisher: 'Example', today: options.today, example: true }), { flag: 'wx' });
	return { piece, source };
}

/** A publisher's short name from an address: `https://www.reuters.com/x` → `reuters`. */
export function publisherFromUrl(url: URL): string {
	const labels = url.hostname.replace(/^www\d*\./, '').split('.');
	// The label before the public suffix: bbc.co.uk → bbc, iranintl.com → iranintl.
	const suffixLength = labels.length > 2 && labels.at(-2)!.length <= 3 && labels.at(-1)!.length === 2 ? 2 : 1;
	return labels.at(-1 - suffixLength) ?? labels[0]!;
}

/**
 * Writes `sources/<publisher>-<date>.yaml` for an address, dated today unless told otherwise.
 * Refuses an address some source already has (with or without `www.`, a trailing slash or
 * tracking parameters), and never overwrites a file.
 */
export async function createSource(
	contentDir: string,
	address: string,
	options: { today: string; published?: string | undefined; publisher?: string | undefined },
): Promise<{ source: string; id: string }> {
	let url: URL;
	try {
		url = new URL(address);
	} catch {
		throw new AuthoringError(`"${address}" is not a web address: npm run new:source -- https://…`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new AuthoringError(`"${address}" is not an http(s) address`);
	const sourcesDir = join(contentDir, 'sources');
	const wanted = comparableUrl(url);
	for (const path of existsSync(sourcesDir) ? readdirSync(sourcesDir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.yaml')) : []) {
		const existing = /^(?:url|archive):\s*["']?([^"'\s#]+)/m.exec(readFileSync(join(sourcesDir, path), 'utf8'))?.[1];
		if (existing && URL.canParse(existing) && comparableUrl(new URL(existing)) === wanted) {
			throw new AuthoringError(
				`sources/${path} has this address already: cite "${path
					.split('/')
					.at(-1)!
					.replace(/\.yaml$/, '')}"`,
			);
		}
	}
	const publisherSlug = slugFromHeadline(options.publisher ?? publisherFromUrl(url)) || 'source';
	const date = options.published ?? options.today;
	let id = `${publisherSlug}-${date}`;
	for (let n = 2; filesNamed(sourcesDir, `${id}.yaml`).length > 0; n += 1) id = `${publisherSlug}-${date}-${n}`;
	const source = join(sourcesDir, `${id}.yaml`);
	await mkdir(sourcesDir, { recursive: true });
	await writeFile(
		source,
		sourceTemplate({ url: url.href, publisher: options.publisher ?? publisherFromUrl(url), today: options.today, published: options.published }),
		{ flag: 'wx' },
	);
	return { source, id };
}

/** An address as two sources would share it: no `www.`, no fragment, no tracking, no trailing slash. */
function comparableUrl(url: URL): string {
	const copy = new URL(url.href);
	copy.hash = '';
	for (const key of [...copy.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$)/.test(key)) copy.searchParams.delete(key);
	return `${copy.hostname.replace(/^www\./, '')}${copy.pathname.replace(/\/+$/, '')}${copy.search}`;
}
