import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The search page, and the preload of Pagefind's script it carries (src/pages/search.astro). */
const SEARCH_PAGE = join('search', 'index.html');
const PAGEFIND_SCRIPT = /<link rel="modulepreload" href="([^"]*)pagefind\.js">/;

interface PagefindEntry {
	languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

/**
 * The files fetched before a search can run, as preloads for the search page, whose names are
 * known only once the index is written, after Astro has written the page:
 * - Pagefind's entry file, under the address Pagefind asks for it when given `metaCacheTag`
 *   (`?ts=<tag>`; src/client/pagefind-api.ts reads the tag from this link). Without a tag it
 *   asks with the time in the address, which no preload can match;
 * - the entry file as the search page itself reads it, for the languages to merge;
 * - each language's search code (`wasm.<language>.pagefind`) and index metadata
 *   (`pagefind.<hash>.pf_meta`).
 * Without them the browser learns of each only when the one before has arrived: a round trip
 * each on a slow network. `crossorigin` makes each preload match a `fetch()`, which requests in
 * CORS mode even from the page's own origin.
 */
export function searchPreloads(entry: PagefindEntry, entryText: string, bundle: string): string {
	const tag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
	const files = Object.values(entry.languages ?? {}).flatMap((language) => [
		language.wasm ? `wasm.${language.wasm}.pagefind` : undefined,
		language.hash ? `pagefind.${language.hash}.pf_meta` : undefined,
	]);
	return [`pagefind-entry.json?ts=${tag}`, 'pagefind-entry.json', ...files.filter((file) => file !== undefined)]
		.map((file) => `<link rel="preload" href="${bundle}${file}" as="fetch" crossorigin>`)
		.join('');
}

/** Writes the preloads into the built search page, after its preload of Pagefind's script. */
export async function preloadSearchIndex(site: string): Promise<void> {
	const page = join(site, SEARCH_PAGE);
	const html = await readFile(page, 'utf8');
	const script = PAGEFIND_SCRIPT.exec(html);
	if (!script) throw new Error(`${SEARCH_PAGE} has no preload of pagefind.js to put the index's preloads after`);
	const entryText = await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8');
	await writeFile(page, html.replace(script[0], `${script[0]}${searchPreloads(JSON.parse(entryText) as PagefindEntry, entryText, script[1]!)}`));
}
