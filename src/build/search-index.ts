import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { mapConcurrently } from '../lib/map-concurrently.ts';
import { persianLetterForms } from '../lib/search-normalize.ts';

/** Pagefind's version (its package does not export its package.json: read beside its entry): another may write another index from the same pages. */
const PAGEFIND_VERSION = (
	JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), '../package.json'), 'utf8')) as { version: string }
).version;

/**
 * Writes the Pagefind index into `<site>/pagefind/` once Astro has written the pages (and has
 * exited, so that its memory and Pagefind's are never held at once). The pages indexed are the
 * published pieces' pages, each in Persian letter forms, as the search page writes queries
 * (src/lib/search-normalize.ts). Fails when Pagefind reports an error, when a piece's page lacks
 * `data-pagefind-body` or is not indexed (it would otherwise drop out of search without a word),
 * and when any other page has `data-pagefind-body`. Returns how many pages it indexed.
 */
export async function indexForSearch(site: string, slugs: string[], onPage?: (done: number, total: number) => void): Promise<number> {
	const pages = slugs.map((slug) => `articles/${slug}/index.html`);
	// The other pages are read for the mark while Pagefind, in a process of its own, indexes the
	// pieces: the check then costs the build no time of its own. Both are heard before it fails.
	const [strays, written] = await Promise.allSettled([otherPagesMarkedForSearch(site, new Set(pages)), writeIndex(site, pages, onPage)]);
	const problems: string[] = [];
	if (strays.status === 'rejected') problems.push((strays.reason as Error).message);
	else if (strays.value.length > 0)
		problems.push(`only pieces are indexed for search, but ${strays.value.join(', ')} ha${strays.value.length === 1 ? 's' : 've'} data-pagefind-body`);
	if (written.status === 'rejected') problems.push((written.reason as Error).message);
	else if (written.value !== pages.length)
		problems.push(`Pagefind indexed ${written.value} page(s) but ${pages.length} piece(s) are published: every piece page needs data-pagefind-body`);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return pages.length;
}

/**
 * What of a piece is not indexed. Words there for navigation, labels or screen readers
 * ("Status:", "claim 3", a claim's status badge, "Asserted by", "Status history", "5 min read"):
 * indexed, they would match every piece and fill excerpts with noise. (A label also ran into
 * its value: "Asserted bythe author".) The ledger's heading too: with it, "claims" found a
 * section of every piece holding only "The claims in this piece". The Corrections heading
 * stays: it starts the corrections' own section, which would otherwise run on from the last
 * claim's.
 *
 * And citations, in the ledger and in the Sources section: publishers, headlines, "[headline not
 * recorded; the URL reads …]" are no words of the piece, and they filled a claim's excerpt. A
 * claim is found by its words, who asserts it, when, the editors' note and its status history.
 */
const SEARCH_EXCLUDED = [
	'.visually-hidden',
	'.claim-mark__n',
	'.claim__header',
	'.claim__number',
	'.claim__back',
	'.claim__source-ref',
	'.claim__facts dt',
	'.claim__sources',
	'.claim__sources-label',
	'.claim-history__label',
	'.dates',
	'.ledger > h2',
	'.ledger__summary',
	'.sources',
	'.topics__label',
	'.translations',
	'.share',
	'.toc',
	'.dated-notice',
	'.date-jalali',
	'.date-gregorian',
];

/**
 * Indexes the given pages of `site` (paths from its root) and returns how many went into the
 * index. Pagefind numbers pages in the order it is given them, and its command line takes them
 * in the order the file system lists a folder, which differs from one machine to another; so
 * pages are handed to it one by one, in the order of their names, and any machine builds the
 * same index from the same pages (a mirror can be checked byte for byte, README.md). Only what
 * Pagefind reads of each page is handed over, and one page is in memory at a time.
 *
 * The index is kept in a cache, under a hash of everything handed to Pagefind (its version and
 * settings, each page's name and what it reads of it): a build whose pieces read the same to
 * Pagefind copies the index it wrote last time instead of writing it again. Pagefind has no
 * index to update, so one edited piece still means indexing every piece.
 */
export async function writeIndex(site: string, pages: string[], onPage?: (done: number, total: number) => void): Promise<number> {
	const sorted = [...pages].sort();
	const output = join(site, 'pagefind');
	const cached = join(searchIndexCacheDir(), await indexKey(site, sorted));
	if (existsSync(join(cached, ENTRY_FILE))) {
		await cp(cached, output, { recursive: true });
		onPage?.(sorted.length, sorted.length);
		return indexedPageCount(await readEntry(output));
	}
	try {
		const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const problems = [...errors];
		const unmarked: string[] = [];
		const inFlight: Promise<void>[] = [];
		for (const [done, page] of sorted.entries()) {
			onPage?.(done, sorted.length);
			const html = await readFile(join(site, page), 'utf8');
			// Without the mark on any page, Pagefind would index each page whole, navigation and
			// footer with it, and the count of pages indexed would still be right.
			if (!MARKED_BODY.test(html)) {
				unmarked.push(page);
				continue;
			}
			// Sent at once, in this order, without waiting for the page before: Pagefind's service
			// takes its messages one at a time in the order they come, so the order holds, and the
			// next pages are read while it indexes this one.
			const added = index.addHTMLFile({ sourcePath: page, content: searchedContent(html) });
			inFlight.push(added.then(({ errors: pageErrors }) => void problems.push(...pageErrors.map((error) => `${page}: ${error}`))));
			if (inFlight.length >= PAGES_IN_FLIGHT) await inFlight.shift();
		}
		await Promise.all(inFlight);
		if (unmarked.length > 0) {
			const named = `${unmarked.slice(0, 5).join(', ')}${unmarked.length > 5 ? ` and ${unmarked.length - 5} more` : ''}`;
			throw new Error(`every piece page needs data-pagefind-body, and ${named} ha${unmarked.length === 1 ? 's' : 've'} none`);
		}
		const written = await index.writeFiles({ outputPath: output });
		problems.push(...written.errors);
		if (problems.length > 0) throw new Error(`Pagefind reported errors:\n${problems.join('\n')}`);
		await keepInCache(output, cached);
		return indexedPageCount(await readEntry(output));
	} finally {
		await pagefind.close();
	}
}

const ENTRY_FILE = 'pagefind-entry.json';

/** Pages handed to Pagefind and not yet indexed: enough to keep it busy, few enough to hold in memory. */
const PAGES_IN_FLIGHT = 8;

/** Where written indexes are kept between builds (one: the last). */
export function searchIndexCacheDir(): string {
	return resolve(process.cwd(), process.env.SEARCH_INDEX_CACHE_DIR || 'node_modules/.cache/dossier-search-index');
}

/** What Pagefind is handed of a page: its searched part, in the letter forms queries are written in. */
function searchedContent(html: string): string {
	return persianLetterForms(searchedPart(html));
}

/** A hash of all Pagefind would be given: its version, the excluded selectors, and each page in order. */
async function indexKey(site: string, sorted: string[]): Promise<string> {
	const hash = createHash('sha256').update(`${PAGEFIND_VERSION}\0${SEARCH_EXCLUDED.join('\0')}\0`);
	for (const page of sorted)
		hash
			.update(`${page}\0`)
			.update(searchedContent(await readFile(join(site, page), 'utf8')))
			.update('\0');
	return hash.digest('hex');
}

/** The index just written, kept for the next build in place of the last one kept. */
async function keepInCache(output: string, cached: string): Promise<void> {
	const dir = searchIndexCacheDir();
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	// Copied to a temporary name, then renamed: a build stopped halfway leaves no half an index to copy.
	const partial = `${cached}.partial`;
	await cp(output, partial, { recursive: true });
	await rename(partial, cached);
}

async function readEntry(output: string): Promise<Parameters<typeof indexedPageCount>[0]> {
	return JSON.parse(await readFile(join(output, ENTRY_FILE), 'utf8')) as Parameters<typeof indexedPageCount>[0];
}

/** The opening tag of the element Pagefind indexes. */
const MARKED_BODY = /<([a-z]+)\b[^>]*\sdata-pagefind-body[\s>=]/;

/**
 * What of a page Pagefind reads: its `<html>` tag (the language) and the element marked
 * `data-pagefind-body`, which holds everything indexed, filtered and sorted. Handing over only
 * that spares Pagefind the head, the navigation and the structured data: a fifth of its time.
 * A page without the mark is handed over whole, and Pagefind indexes nothing of it.
 */
export function searchedPart(html: string): string {
	const body = MARKED_BODY.exec(html);
	const root = /<html\b[^>]*>/.exec(html);
	if (!body || !root) return html;
	const tag = body[1]!;
	// The end of the marked element: tags of its name counted in and out (pieces nest <article>s).
	const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'g');
	tags.lastIndex = body.index + 1;
	let depth = 1;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) {
			const end = html.indexOf('>', match.index) + 1;
			return `<!doctype html>${root[0]}<body>${html.slice(body.index, end)}</body></html>`;
		}
	}
	return html;
}

/** The pieces' pages in all languages of a written index, from its `pagefind-entry.json`. */
export function indexedPageCount(entry: { languages?: Record<string, { page_count?: number }> }): number {
	return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** Files read at once: a site of 5,000 pieces has 32,000 pages, more than a process may hold open. */
const FILES_AT_ONCE = 16;

/** HTML pages other than `pages` that carry `data-pagefind-body`: none may. */
async function otherPagesMarkedForSearch(site: string, pages: Set<string>): Promise<string[]> {
	const entries = await readdir(site, { recursive: true, withFileTypes: true });
	const others = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => !pages.has(path) && !path.startsWith('pagefind/'));
	// The attribute in a tag, not the words in a text (a piece could be about Pagefind).
	const marked = await mapConcurrently(others, FILES_AT_ONCE, async (path) => (MARKED_BODY.test(await readFile(join(site, path), 'utf8')) ? path : undefined));
	return marked.filter((path): path is string => path !== undefined).sort();
}
