import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildSite, PROJECT_ROOT } from '../../tests/support/build-site.ts';
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

/** A cache of its own for each test that writes an index: a test indexes what it means to. */
async function freshIndexCache(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'dossier-pagefind-cache-'));
	sites.push(dir);
	process.env.SEARCH_INDEX_CACHE_DIR = dir;
	return dir;
}
afterAll(() => {
	delete process.env.SEARCH_INDEX_CACHE_DIR;
});

describe('the search index', () => {
	it('indexes the pages it is given, in each page’s language, and refuses one without data-pagefind-body', async () => {
		const dir = await site({
			'a.html': page('<main data-pagefind-body><h1>Fuel</h1><p>Petrol stations closed.</p></main>'),
			'b.html': page('<main data-pagefind-body><h1>کارگران</h1><p>كتاب</p></main>', 'fa'),
			'c.html': page('<main><h1>Not marked</h1></main>'),
		});
		await freshIndexCache();
		expect(await writeIndex(dir, ['a.html', 'b.html'])).toBe(2);
		await expect(writeIndex(dir, ['a.html', 'b.html', 'c.html'])).rejects.toThrow('every piece page needs data-pagefind-body, and c.html has none');
	}, 60_000);

	it('builds the same index whatever order the pages come in', async () => {
		const pages = Object.fromEntries(
			['fuel', 'prisons', 'courts', 'media'].map((word, n) => [
				`p${n}.html`,
				page(`<main data-pagefind-body><h1>${word}</h1><p>${word} and the ${word} report, ${n}.</p></main>`),
			]),
		);
		const indexes: string[] = [];
		for (const order of [Object.keys(pages), Object.keys(pages).reverse()]) {
			const dir = await site(pages);
			await freshIndexCache();
			await writeIndex(dir, order);
			const files = (await readdir(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
			const contents = await Promise.all(
				files.map(
					async (entry) => `${relative(dir, join(entry.parentPath, entry.name))}:${(await readFile(join(entry.parentPath, entry.name))).toString('base64')}`,
				),
			);
			indexes.push(contents.sort().join('\n'));
		}
		// Both indexes hold the pages' entry and fragments: two empty folders would be equal too.
		expect(indexes[0]).toMatch(/^pagefind\/pagefind-entry\.json:/m);
		expect(indexes[0]!.match(/\.pf_fragment:/g)).toHaveLength(4);
		expect(indexes[0]).toBe(indexes[1]);
	}, 60_000);

	it('copies the index it wrote last when Pagefind would be handed the same pages, and writes a new one when one changes', async () => {
		const cache = await freshIndexCache();
		const pages = { 'a.html': page('<main data-pagefind-body><h1>Fuel</h1><p>Petrol stations closed.</p></main>') };
		const first = await site(pages);
		expect(await writeIndex(first, ['a.html'])).toBe(1);
		const [kept] = await readdir(cache);
		// The cached copy is what answers: a mark left in it reaches the next site.
		await writeFile(join(cache, kept!, 'from-the-cache'), '');
		const second = await site(pages);
		expect(await writeIndex(second, ['a.html'])).toBe(1);
		expect(await readdir(join(second, 'pagefind'))).toContain('from-the-cache');
		// One changed word: indexed afresh, and only the new index kept.
		const third = await site({ 'a.html': page('<main data-pagefind-body><h1>Fuel</h1><p>Petrol stations reopened.</p></main>') });
		expect(await writeIndex(third, ['a.html'])).toBe(1);
		expect(await readdir(join(third, 'pagefind'))).not.toContain('from-the-cache');
		expect(await readdir(cache)).toHaveLength(1);
		expect(await readdir(cache)).not.toEqual([kept]);
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
		// Both at once: both named in the one run.
		await expect(indexForSearch(dir, ['one', 'two'])).rejects.toThrow(
			/only pieces are indexed for search, but about.html has data-pagefind-body\nevery piece page needs data-pagefind-body, and articles\/two\/index.html has none/,
		);
	}, 60_000);

	it('hands Pagefind the marked element of a page, with the page’s language, and nothing else', () => {
		const html =
			'<!doctype html><html lang="fa" dir="rtl"><head><title>t</title><script type="application/ld+json">{}</script></head><body><header>Site</header>' +
			'<article class="article" data-pagefind-body data-pagefind-meta="lang:fa"><h1>H</h1><ol><li><article><p>Claim</p></article></li></ol><p>After</p></article>' +
			'<aside><article>Related</article></aside></body></html>';
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

/** What Pagefind keeps of a page (a `.pf_fragment`: gzip of a signature and JSON) that the tests read. */
interface Fragment {
	url: string;
	/** The page's indexed words, in order, separated by whitespace: excerpts are cut from them. */
	content: string;
	anchors: { element: string; id: string; text: string; title?: string; location: number }[];
}

async function fragmentsOf(site: string): Promise<Fragment[]> {
	const dir = join(site, 'pagefind', 'fragment');
	const files = (await readdir(dir)).sort();
	return Promise.all(
		files.map(
			async (file) =>
				JSON.parse(
					gunzipSync(await readFile(join(dir, file)))
						.toString('utf8')
						.replace(/^pagefind_dcd/, ''),
				) as Fragment,
		),
	);
}

/**
 * A page's sections as Pagefind's search (`calculate_sub_results` in pagefind.js) makes them:
 * one from each anchor with a title, or heading with text, to the next; each with its words.
 */
function sectionsOf(fragment: Fragment): { id: string; title: string; words: string }[] {
	const words = fragment.content.split(/\s+/);
	const anchors = fragment.anchors
		.filter((anchor) => /\S/.test(anchor.title ?? '') || (/^h\d$/i.test(anchor.element) && /\S/.test(anchor.text)))
		.sort((a, b) => a.location - b.location);
	return anchors.map((anchor, index) => ({
		id: anchor.id,
		title: anchor.title ?? anchor.text,
		words: words.slice(anchor.location, anchors[index + 1]?.location ?? words.length).join(' '),
	}));
}

interface ExportedClaim {
	id: string;
	text: string;
	assertedBy: string;
	note?: string;
	sources: string[];
}

describe('the search index of the real site', () => {
	const SLUG = 'khamenei-combined-offensive';
	let site: string;
	let fragment: Fragment;
	let claims: ExportedClaim[];

	beforeAll(async () => {
		site = await mkdtemp(join(tmpdir(), 'dossier-search-index-'));
		sites.push(site);
		const build = await buildSite({ outDir: site });
		if (build.exitCode !== 0) throw new Error(`the site did not build:\n${build.output}`);
		const piece = (JSON.parse(await readFile(join(site, 'claims.json'), 'utf8')) as { pieces: { slug: string; claims: ExportedClaim[] }[] }).pieces.find(
			(entry) => entry.slug === SLUG,
		);
		claims = piece?.claims ?? [];
		const found = (await fragmentsOf(site)).find((entry) => entry.url === `/articles/${SLUG}/`);
		if (!found) throw new Error(`no fragment for ${SLUG}`);
		fragment = found;
	}, 180_000);

	it('makes each ledger entry a section titled with the claim’s number', () => {
		expect(claims.length).toBeGreaterThan(10);
		const titles = new Map(fragment.anchors.map((anchor) => [anchor.id, anchor.title]));
		for (const [index, claim] of claims.entries()) expect(titles.get(`claim-${claim.id}`), claim.id).toBe(`Claim ${index + 1}`);
	});

	it('ends each claim’s section where the next claim starts, and the last one at the corrections', () => {
		const sections = sectionsOf(fragment);
		const ledger = sections.filter((section) => section.id.startsWith('claim-'));
		expect(ledger.map((section) => section.id)).toEqual(claims.map((claim) => `claim-${claim.id}`));
		// Nothing between them: the ledger's sections come one after the other, then Corrections.
		const first = sections.indexOf(ledger[0]!);
		expect(sections.slice(first, first + ledger.length)).toEqual(ledger);
		expect(sections.slice(first + ledger.length).map((section) => section.id)).toEqual(['corrections']);
		// Some claims carry a note: the check of notes below is not of none.
		expect(claims.filter((claim) => claim.note).length).toBeGreaterThan(0);
		for (const [index, claim] of claims.entries()) {
			const { words } = ledger[index]!;
			expect(words.startsWith(claim.text), claim.id).toBe(true);
			expect(words, claim.id).toContain(claim.assertedBy);
			if (claim.note) expect(words, claim.id).toContain(claim.note);
			for (const other of claims) if (other !== claim) expect(words, `${claim.id} holds ${other.id}`).not.toContain(other.text);
		}
	});

	it('indexes no citation: no source’s headline, no publisher named only in citations, no label of the ledger', async () => {
		const markdown = await readFile(join(PROJECT_ROOT, 'content/articles/2022', `${SLUG}.md`), 'utf8');
		const cited = [...new Set(claims.flatMap((claim) => claim.sources))];
		const sources = await Promise.all(
			cited.map(async (id) => parse(await readFile(join(PROJECT_ROOT, 'content/sources', `${id}.yaml`), 'utf8')) as { publisher: string; title: string }),
		);
		// Publishers the piece itself never names (it names Iran News Wire, the MEK…): found in the index, they came from a citation.
		const onlyCited = [...new Set(sources.map((source) => source.publisher))].filter((publisher) => !markdown.includes(publisher));
		expect(onlyCited.length).toBeGreaterThan(20);
		const indexed = fragment.content;
		for (const words of [
			'headline not recorded',
			'the URL reads',
			'Cited for claim',
			'About this source',
			'Asserted by',
			'Status history',
			'The claims in this piece',
		]) {
			expect(indexed, words).not.toMatch(new RegExp(words, 'i'));
		}
		for (const publisher of onlyCited) expect(indexed, publisher).not.toContain(publisher);
		for (const { title } of sources) expect(indexed, title).not.toContain(title);
	});
});
