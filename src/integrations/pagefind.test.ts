import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPageCount, pagefindSearch, writeIndex } from './pagefind.ts';

const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

const sites: string[] = [];
async function site(files: Record<string, string>) {
	const dir = await mkdtemp(join(tmpdir(), 'dossier-pagefind-'));
	sites.push(dir);
	for (const [name, html] of Object.entries(files)) await writeFile(join(dir, name), html);
	return dir;
}
afterAll(() => Promise.all(sites.map((dir) => rm(dir, { recursive: true, force: true }))));

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as AstroIntegrationLogger;
const runHook = (expected: number, dir: string) =>
	// Called as Astro calls it, with only what the hook reads.
	(pagefindSearch({ expectedPages: () => expected }).hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger: silent });

describe('the Pagefind index', () => {
	it('indexes only pages with data-pagefind-body, in each page’s language', async () => {
		const dir = await site({
			'a.html': page('<main data-pagefind-body><h1>Fuel</h1><p>Petrol stations closed.</p></main>'),
			'b.html': page('<main data-pagefind-body><h1>کارگران</h1><p>كتاب</p></main>', 'fa'),
			'about.html': page('<main><h1>About</h1></main>'),
		});
		expect(await writeIndex(dir)).toBe(2);
	}, 60_000);

	it('fails the build when the pages indexed are not the pieces published', async () => {
		const dir = await site({ 'a.html': page('<main data-pagefind-body><p>One piece.</p></main>'), 'b.html': page('<main><p>A piece that lost its marker.</p></main>') });
		await expect(runHook(2, dir)).rejects.toThrow(/indexed 1 page\(s\) but 2 piece\(s\) are published/);
		await expect(runHook(1, dir)).resolves.toBeUndefined();
	}, 60_000);

	it('counts pages across languages from pagefind-entry.json', () => {
		expect(indexedPageCount({ languages: { en: { page_count: 3 }, fa: { page_count: 1 } } })).toBe(4);
		expect(indexedPageCount({})).toBe(0);
	});
});
