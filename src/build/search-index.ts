import { spawn } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { persianLetterForms } from '../lib/search-normalize.ts';

/**
 * Writes the Pagefind index into `<site>/pagefind/` once Astro has written the pages (and has
 * exited, so that its memory and Pagefind's are never held at once). The pages indexed are the
 * published pieces' pages, each in Persian letter forms, as the search page writes queries
 * (src/lib/search-normalize.ts). Fails when Pagefind reports an error, when a piece's page is not
 * indexed (it lost its `data-pagefind-body`, and would otherwise drop out of search without a
 * word), and when any other page has `data-pagefind-body`. Returns how many pages it indexed.
 */
export async function indexForSearch(site: string, slugs: string[]): Promise<number> {
	const pages = slugs.map((slug) => `articles/${slug}/index.html`);
	const strays = await otherPagesMarkedForSearch(site, new Set(pages));
	if (strays.length > 0) throw new Error(`only pieces are indexed for search, but ${strays.join(', ')} ha${strays.length === 1 ? 's' : 've'} data-pagefind-body`);
	const indexed = await writeIndex(site, pages);
	if (indexed !== pages.length) {
		throw new Error(`Pagefind indexed ${indexed} page(s) but ${pages.length} piece(s) are published: every piece page needs data-pagefind-body`);
	}
	return indexed;
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

/** Pagefind's command line, as `npx pagefind` runs it. */
const PAGEFIND_CLI = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/**
 * Indexes the given pages of `site` (paths from its root) and returns how many went into the
 * index. What Pagefind reads of each page (below) is written to a folder of its own, in the same
 * places, and Pagefind's command line indexes that folder: it gives the same index as its Node
 * API, a third faster, and in the same order every time, so that two builds of one site give
 * the same index.
 */
export async function writeIndex(site: string, pages: string[]): Promise<number> {
	const input = await mkdtemp(join(scratchDir(), 'dossier-search-'));
	try {
		// One page at a time, in the order of their names: Pagefind indexes a folder in the order
		// the file system lists it, which on some (tmpfs) is the order the files were made, so that
		// order must be the same in every build; and the pages are never all in memory at once.
		for (const page of [...pages].sort()) {
			mkdirSync(dirname(join(input, page)), { recursive: true });
			writeFileSync(join(input, page), persianLetterForms(searchedPart(readFileSync(join(site, page), 'utf8'))));
		}
		const output = join(site, 'pagefind');
		const args = ['--site', input, '--output-path', output, ...SEARCH_EXCLUDED.flatMap((selector) => ['--exclude-selectors', selector])];
		const run = await runPagefind(args);
		if (run.code !== 0) throw new Error(`Pagefind failed:\n${run.output.trim()}`);
		return indexedPageCount(JSON.parse(await readFile(join(output, 'pagefind-entry.json'), 'utf8')));
	} finally {
		await rm(input, { recursive: true, force: true });
	}
}

/**
 * Where the pages for Pagefind are written: memory-backed /dev/shm where there is one, since on
 * some disks creating a thousand small files takes over a second; else the system's temporary folder.
 */
function scratchDir(): string {
	try {
		accessSync('/dev/shm', constants.W_OK);
		return '/dev/shm';
	} catch {
		return tmpdir();
	}
}

function runPagefind(args: string[]): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [PAGEFIND_CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
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
