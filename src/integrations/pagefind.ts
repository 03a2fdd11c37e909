import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { persianLetterForms } from '../lib/search-normalize.ts';

export interface PagefindOptions {
	/** The published pieces' slugs, known once content is checked: each has a page to index. */
	pieces: () => string[];
}

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of `astro build`, so that a build
 * alone yields a searchable site. The pages indexed are the published pieces' pages, each in
 * Persian letter forms, as the search page writes queries (src/lib/search-normalize.ts). The
 * build fails when Pagefind reports an error, when a piece's page is not indexed (it lost its
 * `data-pagefind-body`, and would otherwise drop out of search without a word), and when any
 * other page has `data-pagefind-body`.
 */
export function pagefindSearch(options: PagefindOptions): AstroIntegration {
	return {
		name: 'dossier:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const pages = options.pieces().map((slug) => `articles/${slug}/index.html`);
					const strays = await otherPagesMarkedForSearch(site, new Set(pages));
					if (strays.length > 0) throw new Error(`only pieces are indexed for search, but ${strays.join(', ')} ha${strays.length === 1 ? 's' : 've'} data-pagefind-body`);
					const indexed = await writeIndex(site, pages);
					if (indexed !== pages.length) {
						throw new Error(`Pagefind indexed ${indexed} page(s) but ${pages.length} piece(s) are published: every piece page needs data-pagefind-body`);
					}
					logger.info(`indexed ${indexed} piece(s) for search`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}

/**
 * Words on a piece that are there for navigation, labels or screen readers ("Status:", "claim 3",
 * "Asserted by", "5 min read"): indexed, they would match every piece and fill excerpts with
 * noise. (A label also ran into its value: "Asserted bythe author".)
 */
const SEARCH_EXCLUDED = [
	'.visually-hidden',
	'.claim-mark__n',
	'.claim__number',
	'.claim__back',
	'.claim__source-ref',
	'.claim__facts dt',
	'.claim__sources-label',
	'.dates',
	'.ledger__summary',
	'.topics__label',
	'.share',
	'.toc',
	'.dated-notice',
	'.date-jalali',
];

/** How many pages are read and handed to Pagefind at once. */
const IN_FLIGHT = 16;

/** Indexes the given pages of `site` (paths from its root) and returns how many went into the index. */
export async function writeIndex(site: string, pages: string[]): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const problems = [...errors];
	let next = 0;
	const addPages = async () => {
		for (let page = pages[next++]; page !== undefined; page = pages[next++]) {
			const content = persianLetterForms(searchedPart(await readFile(join(site, page), 'utf8')));
			const added = await index.addHTMLFile({ sourcePath: page, content });
			problems.push(...added.errors.map((error) => `${page}: ${error}`));
		}
	};
	await Promise.all(Array.from({ length: IN_FLIGHT }, addPages));
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	problems.push(...written.errors);
	if (problems.length > 0) throw new Error(`Pagefind reported errors:\n${problems.join('\n')}`);
	return indexedPageCount(JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')));
}

/**
 * What of a page Pagefind reads: its `<html>` tag (the language) and the element marked
 * `data-pagefind-body`, which holds everything indexed, filtered and sorted. Handing over only
 * that spares Pagefind the head, the navigation and the structured data: a fifth of its time.
 * A page without the mark is handed over whole, and Pagefind indexes nothing of it.
 */
export function searchedPart(html: string): string {
	const body = /<([a-z]+)\b[^>]*\sdata-pagefind-body[\s>=]/.exec(html);
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

/** HTML pages other than `pages` that carry `data-pagefind-body`: none may. */
async function otherPagesMarkedForSearch(site: string, pages: Set<string>): Promise<string[]> {
	const entries = await readdir(site, { recursive: true, withFileTypes: true });
	const others = entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(site, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => !pages.has(path) && !path.startsWith('pagefind/'));
	const marked = await Promise.all(others.map(async (path) => ((await readFile(join(site, path), 'utf8')).includes('data-pagefind-body') ? path : undefined)));
	return marked.filter((path): path is string => path !== undefined).sort();
}
