import { searchWords } from '../i18n/scripts/search.ts';
import type { ClaimStatus } from '../schemas/article.ts';

/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that the
 * site uses. It is loaded at run time from the site's own bundle, never bundled with the page.
 */
export interface PagefindResultData {
	url: string;
	/** HTML: the matched passage, its words escaped, the matches in `<mark>`. */
	excerpt: string;
	meta: Record<string, string | undefined>;
	filters: Record<string, string[]>;
	/**
	 * The page's sections that hold matches, in the order of the page. A section starts at an
	 * element with an id and `data-pagefind-title` (a ledger entry) or at a heading with an id,
	 * and runs to the next one; the first, without `anchor`, is the page itself before them.
	 */
	sub_results: PagefindSubResult[];
}

export interface PagefindSubResult {
	/** The anchor's `data-pagefind-title`, or the heading's text; the page's title for the page itself. */
	title: string;
	/** The page's URL with the highlight parameters and `#<anchor id>`. */
	url: string;
	/** HTML as in a result's excerpt, taken from this section alone. */
	excerpt: string;
	anchor?: { element: string; id: string; text?: string; location: number };
	/** Each match: its place in the page, and the score Pagefind gives it. */
	weighted_locations: { weight: number; balanced_score: number; location: number }[];
}

export interface PagefindSearch {
	results: { id: string; data(): Promise<PagefindResultData> }[];
	unfilteredResultCount: number;
}

export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindApi {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	search(term: string | null, options?: { filters?: PagefindFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

/**
 * Loads Pagefind from the site's bundle, under whatever base path the site is served from.
 *
 * Pagefind keeps one index per language and searches only the one of the page's `lang`. So
 * that a Persian piece is found from the (English) search page, the bundle's other language
 * indexes are merged in; the path is written in full, with the origin, because Pagefind
 * skips a merge whose path starts like its primary index's. Only languages the bundle has are merged: for a
 * missing one Pagefind would fall back to another and return its results twice.
 */
export async function loadPagefind(base: string, options: Record<string, unknown>): Promise<PagefindApi> {
	const bundle = `${base}pagefind/`;
	// Asked for at once, beside Pagefind's own start (the search page preloads it): not one more round trip after it.
	const entryFile = fetch(`${bundle}pagefind-entry.json`).then(
		(response) => response.json() as Promise<{ languages?: Record<string, { page_count?: number }> }>,
	);
	const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
	// The build tags the entry file by its content and preloads it (src/build/search-preloads.ts):
	// with the tag Pagefind asks for the preloaded address, not one with the time in it.
	const tagged = document.querySelector<HTMLLinkElement>('link[rel="preload"][href*="pagefind-entry.json?ts="]');
	const metaCacheTag = tagged ? new URL(tagged.href).searchParams.get('ts') : null;
	await pagefind.options(metaCacheTag ? { ...options, metaCacheTag } : options);
	await pagefind.init();
	const entry = await entryFile;
	const languages = entry.languages ?? {};
	const primary = primaryLanguage(document.documentElement.lang.toLowerCase(), languages);
	// `noWorker` is an option of the page's instance only; merged indexes warn about it.
	const mergeOptions = Object.fromEntries(Object.entries(options).filter(([key]) => key !== 'noWorker'));
	for (const language of Object.keys(languages)) {
		if (language !== primary) await pagefind.mergeIndex(new URL(bundle, location.href).href, { ...mergeOptions, language });
	}
	return pagefind;
}

/**
 * The index Pagefind loads for a page, by its own rules: the page's language, else its primary
 * subtag (`en` for `en-GB`), else the language with the most pages.
 */
export function primaryLanguage(pageLanguage: string, languages: Record<string, { page_count?: number }>): string | undefined {
	if (languages[pageLanguage]) return pageLanguage;
	const subtag = pageLanguage.split('-')[0] ?? '';
	if (languages[subtag]) return subtag;
	return Object.entries(languages).sort(([, a], [, b]) => (b.page_count ?? 0) - (a.page_count ?? 0))[0]?.[0];
}

/** A claim of a piece as the search page shows it: "Claim 8", and its status. */
export interface LedgerEntry {
	number: number;
	status: ClaimStatus;
}

/**
 * A piece's claims ledger from its `claims` metadata (`id:status id:status …`, in the ledger's
 * order; src/pages/articles/[slug].astro): a claim's number and status by its id. A status the
 * site does not know is left out rather than shown wrong.
 */
export function ledgerFromMeta(value: string | undefined): Map<string, LedgerEntry> {
	const ledger = new Map<string, LedgerEntry>();
	for (const [index, entry] of (value ?? '').split(/\s+/).filter(Boolean).entries()) {
		const colon = entry.lastIndexOf(':');
		const status = entry.slice(colon + 1);
		if (colon > 0 && isClaimStatus(status)) ledger.set(entry.slice(0, colon), { number: index + 1, status });
	}
	return ledger;
}

function isClaimStatus(value: string): value is ClaimStatus {
	return Object.hasOwn(searchWords.statusLabels, value);
}
