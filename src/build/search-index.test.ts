import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPageCount, indexForSearch, searchedPart, writeIndex } from './search-index.ts';

const page = (body: string, lang = 'en') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

const sites: string[] = [];
async function site(files: Record<string, string>) {
	const dir = await mkdtemp(join(tmpdir(), 'dossier-pagefind-'));
	sites.push(dir);
	for (const [name, html] of Object.entries(files)) {
		await mkdir(join(dir, name, '..'), { recursive: true });
		await writeFile(join(dir, name), html);
	}
	return dir;
}
afterAll(() => Promise.all(sites.map((dir) => rm(dir, { recursive: true, force: true }))));


describe('the search index', () => {
	it('indexes the pages it is given, in each page’s language, and refuses one without data-pagefind-body', async () => {
		const dir = await site({
			'a.html': page('<main data-pagefind-body><h1>Fuel</h1><p>Petrol stations closed.</p></main>'),
			'b.html': page('<main data-pagefind-body><h1>کارگران</h1><p>كتاب</p></main>', 'fa'),
			'c.html': page('<main><h1>Not marked</h1></main>'),
		});
		expect(await writeIndex(dir, ['a.html', 'b.html'])).toBe(2);
		await expect(writeIndex(dir, ['a.html', 'b.html', 'c.html'])).rejects.toThrow('every piece page needs data-pagefind-body, and c.html has none');
	}, 60_000);

	it('builds the same index whatever order the pages come in', async () => {
		const pages = Object.fromEntries(['fuel', 'prisons', 'courts', 'media'].map((word, n) => [`p${n}.html`, page(`<main data-pagefind-body><h1>${word}</h1><p>${word} and the ${word} report, ${n}.</p></main>`)]));
		const indexes: string[] = [];
		for (const order of [Object.keys(pages), Object.keys(pages).reverse()]) {
			const dir = await site(pages);
			await writeIndex(dir, order);
			const files = (await readdir(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
			const contents = await Promise.all(files.map(async (entry) => `${relative(dir, join(entry.parentPath, entry.name))}:${(await readFile(join(entry.parentPath, entry.name))).toString('base64')}`));
			indexes.push(contents.sort().join('\n'));
		}
		expect(indexes[0]).toBe(indexes[1]);
	}, 60_000);

	it('fails the build when a piece’s page is not indexed, or another page is marked for search', async () => {
		const dir = await site({
			'articles/one/index.html': page('<main data-pagefind-body><p>One piece.</p></main>'),
			'articles/two/index.html': page('<main><p>A piece that lost its marker.</p></main>'),
		});
		await expect(indexForSearch(dir, ['one', 'two'])).rejects.toThrow('every piece page needs data-pagefind-body, and articles/two/index.html has none');
		await expect(indexForSearch(dir, ['one'])).resolves.toBe(1);
		// Words about the attribute are no attribute.
		await writeFile(join(dir, 'topics.html'), page('<main><p>How data-pagefind-body &lt;main data-pagefind-body&gt; works</p></main>'));
		await expect(indexForSearch(dir, ['one'])).resolves.toBe(1);
		await writeFile(join(dir, 'about.html'), page('<main data-pagefind-body><p>About us.</p></main>'));
		await expect(indexForSearch(dir, ['one'])).rejects.toThrow(/only pieces are indexed for search, but about.html has data-pagefind-body/);
	}, 60_000);

	it('hands Pagefind the marked element of a page, with the page’s language, and nothing else', () => {
		const html = '<!doctype html><html lang="fa" dir="rtl"><head><title>t</title><script type="application/ld+json">{}</script></head><body><header>Site</header>'
			+ '<article class="article" data-pagefind-body data-pagefind-meta="lang:fa"><h1>H</h1><ol><li><article><p>Claim</p></article></li></ol><p>After</p></article>'
			+ '<aside><article>Related</article></aside></body></html>';
		expect(searchedPart(html)).toBe(
			'<!doctype html><html lang="fa" dir="rtl"><body><article class="article" data-pagefind-body data-pagefind-meta="lang:fa"><h1>H</h1><ol><li><article><p>Claim</p></article></li></ol><p>After</p></article></body></html>',
		);
		const unmarked = page('<main><p>Nothing to index.</p></main>');
		expect(searchedPart(unmarked)).toBe(unmarked);
	});

	it('counts pages across languages from pagefind-entry.json', () => {
		expect(indexedPageCount({ languages: { en: { page_count: 3 }, fa: { page_count: 1 } } })).toBe(4);
		expect(indexedPageCount({})).toBe(0);
	});
});
