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
	const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
	await pagefind.options(options);
	await pagefind.init();
	const entry = (await (await fetch(`${bundle}pagefind-entry.json`)).json()) as { languages?: Record<string, unknown> };
	const pageLanguage = document.documentElement.lang.toLowerCase();
	for (const language of Object.keys(entry.languages ?? {})) {
		if (language !== pageLanguage) await pagefind.mergeIndex(new URL(bundle, location.href).href, { ...options, language });
	}
	return pagefind;
}
