import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The search page, and the preload of Pagefind's script it carries (src/pages/search.astro). */
const SEARCH_PAGE = join('search', 'index.html');
const PAGEFIND_SCRIPT = /<link rel="modulepreload" href="([^"]*)pagefind\.js">/;

interface PagefindEntry {
	languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

/**
 * The files fetched before a search can run, as preloads for the search page: the entry file
 * the page reads for the languages to merge (src/scripts/pagefind-api.ts), and each language's
 * search code (`wasm.<language>.pagefind`) and index metadata (`pagefind.<hash>.pf_meta`). Their names are known only once the index is written, after Astro has written the page; without
 * the preloads the browser learns of them only when Pagefind has loaded and read its entry file,
 * one round trip later on a slow network. `crossorigin` makes each preload match Pagefind's
 * `fetch()`, which requests in CORS mode even from the page's own origin.
 */
export function searchPreloads(entry: PagefindEntry, bundle: string): string {
	const files = Object.values(entry.languages ?? {}).flatMap((language) => [
		language.wasm ? `wasm.${language.wasm}.pagefind` : undefined,
		language.hash ? `pagefind.${language.hash}.pf_meta` : undefined,
	]);
	return ['pagefind-entry.json', ...files.filter((file) => file !== undefined)]
		.map((file) => `<link rel="preload" href="${bundle}${file}" as="fetch" crossorigin>`)
		.join('');
}

/** Writes the preloads into the built search page, after its preload of Pagefind's script. */
export async function preloadSearchIndex(site: string): Promise<void> {
	const page = join(site, SEARCH_PAGE);
	const html = await readFile(page, 'utf8');
	const script = PAGEFIND_SCRIPT.exec(html);
	if (!script) throw new Error(`${SEARCH_PAGE} has no preload of pagefind.js to put the index's preloads after`);
	const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
	await writeFile(page, html.replace(script[0], `${script[0]}${searchPreloads(entry, script[1]!)}`));
}
