import { createHash } from 'node:crypto';
import { sectionLanguages } from '../i18n/sections.ts';
import { type ArticleEntry, citedSources, getPublishedArticles } from './articles.ts';
import { buildDate, yearsSince } from './dates.ts';
import { siteMetaPolicy } from './meta-policy.ts';

/*
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page from the last build
 * instead of rendering it when the page's code and its `cacheKey` are unchanged. Astro tracks the
 * code (the page's modules and styles) and the configuration; the key has to name everything else
 * the page reads, or a build would publish a page as it was. So a key is a hash of:
 * - what every page reads: the policy in its `<meta>` (read from `public/_headers`, which is no
 *   module) and the languages that have a section (the header);
 * - the piece the page is about: its id, its data and its rendering (what Astro stored of the file);
 * - the sources it cites;
 * - for a piece's page, its age in years on the build's day (the notice on an old piece), and
 *   every published piece's data: the links at its end choose among them (by date, topic and
 *   shared source) and show their titles and dates.
 * A page of a listing (the archive, a year, a topic, the claims, a status) shows every published
 * piece's data and nothing of a body: its key is the data of them all.
 * The build's day reaches pages only through those two: the age, and which pieces are published
 * yet. So a deploy on the next day renders only what the day changed.
 * Any change outside this (another piece's body, another piece's claims for a claim's page, an
 * uncited source) leaves the page as it was, which is right: the page does not show it.
 */

const hashOf = (...parts: unknown[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(JSON.stringify([part])).update('\0');
	return hash.digest('hex');
};

let everyPage: Promise<string> | undefined;
/** What every page of the site reads besides its own content, hashed once per build. */
function everyPageKey(): Promise<string> {
	everyPage ??= sectionLanguages().then((languages) => hashOf(siteMetaPolicy(), languages));
	return everyPage;
}

let everyPiece: Promise<string> | undefined;
/** Every published piece's data, in the site's order, hashed once per build. */
function everyPieceKey(): Promise<string> {
	everyPiece ??= getPublishedArticles().then((articles) => hashOf(articles.map((article) => [article.id, article.data])));
	return everyPiece;
}

async function pieceKey(article: ArticleEntry): Promise<string> {
	const sources = await citedSources(article);
	return hashOf(
		article.id,
		article.data,
		article.rendered,
		sources.map((source) => [source.id, source.data]),
	);
}

/** What a route gives Astro beside a page's params and props: its `cacheKey`, or none in `astro dev`, which renders every page asked for. */
interface CacheKey {
	cacheKey?: string;
}

/** The `cacheKey` of a piece's page. */
export async function piecePageKey(article: ArticleEntry): Promise<CacheKey> {
	if (import.meta.env.DEV) return {};
	const age = yearsSince(article.data.published, buildDate());
	return { cacheKey: hashOf('piece', await everyPageKey(), await everyPieceKey(), await pieceKey(article), age) };
}

/** The `cacheKey` of the pages of a piece's claims: each shows its claim, its piece and their sources. */
export async function claimPageKey(article: ArticleEntry): Promise<CacheKey> {
	if (import.meta.env.DEV) return {};
	return { cacheKey: hashOf('claim', await everyPageKey(), await pieceKey(article)) };
}

/** The `cacheKey` of every page of a listing: the archive, a year's, a topic's, the claims', a status's. */
async function listingPageKey(): Promise<CacheKey> {
	if (import.meta.env.DEV) return {};
	return { cacheKey: hashOf('listing', await everyPageKey(), await everyPieceKey()) };
}

/** A listing's pages, as `paginate` gives them, each with the listing's `cacheKey`. */
export async function withListingKey<Path extends object>(pages: Path[]): Promise<(Path & CacheKey)[]> {
	const key = await listingPageKey();
	return pages.map((page) => ({ ...page, ...key }));
}
