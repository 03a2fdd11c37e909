import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { persianLetterForms } from '../lib/search-normalize.ts';

export interface PagefindOptions {
	/** How many pages must end up in the index: the published pieces, known once content is checked. */
	expectedPages: () => number;
}

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of `astro build`, so that a build
 * alone yields a searchable site. Each page's text is indexed in Persian letter forms, as the
 * search page writes queries (src/lib/search-normalize.ts). The build fails when Pagefind
 * reports an error, and when the number of indexed pages differs from the number of published
 * pieces: a page that
 * lost its `data-pagefind-body` would otherwise drop out of search without a word.
 */
export function pagefindSearch(options: PagefindOptions): AstroIntegration {
	return {
		name: 'dossier:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const indexed = await writeIndex(site);
					const expected = options.expectedPages();
					if (indexed !== expected) {
						throw new Error(
							`Pagefind indexed ${indexed} page(s) but ${expected} piece(s) are published: every piece page needs data-pagefind-body, and no other page may have it`,
						);
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

/** Indexes every HTML page under `site` and returns how many pages went into the index. */
export async function writeIndex(site: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDED });
	if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
	const problems = [...errors];
	for (const path of await htmlFiles(site)) {
		const content = persianLetterForms(await readFile(path, 'utf8'));
		const added = await index.addHTMLFile({ sourcePath: relative(site, path).split(sep).join('/'), content });
		problems.push(...added.errors.map((error) => `${relative(site, path)}: ${error}`));
	}
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	problems.push(...written.errors);
	if (problems.length > 0) throw new Error(`Pagefind reported errors:\n${problems.join('\n')}`);
	return indexedPageCount(JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')));
}

/** The pages in all languages of a written index, from its `pagefind-entry.json`. */
export function indexedPageCount(entry: { languages?: Record<string, { page_count?: number }> }): number {
	return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

async function htmlFiles(site: string): Promise<string[]> {
	const entries = await readdir(site, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !relative(site, path).startsWith(`pagefind${sep}`))
		.sort();
}
