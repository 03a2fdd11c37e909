import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { CLAIMS_PAGE_SIZE } from '../../src/lib/claim-listing.ts';
import { PAGE_SIZE } from '../../src/lib/listing.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { VALID_ARTICLE, VALID_SOURCE, VALID_SOURCE_PATH } from '../support/content-fixture.ts';

/** 45 generated pieces: more than two pages of any list of all pieces. */
const PIECES = 45;
/** A topic given to the first 25 of them, so one topic's list runs to a second page. */
const BIG_TOPIC = 'sanctions';
const BIG_TOPIC_PIECES = 25;
/** The build's clock: 25 November 2026, after every generated piece and the day before the scheduled piece's date. */
const BUILD_EPOCH = Date.UTC(2026, 10, 25, 23, 59) / 1000;
let dir: string;
let dist: string;
let buildOutput: string;

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const links = (page: string, selector: RegExp) => [...page.matchAll(selector)].map((match) => match[1]);

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dossier-listing-'));
	await generateCorpus(join(dir, 'content'), PIECES);
	const files = (await readdir(join(dir, 'content/articles'), { recursive: true })).filter((file) => file.endsWith('.md')).sort();
	for (const file of files.slice(0, BIG_TOPIC_PIECES)) {
		const path = join(dir, 'content/articles', file);
		await writeFile(path, (await readFile(path, 'utf8')).replace('topics: [', `topics: [${BIG_TOPIC}, `));
	}
	// A draft and a piece dated after the build's day, which no list, page or file may show (the source they cite with them).
	await writeFile(join(dir, 'content', VALID_SOURCE_PATH), VALID_SOURCE);
	await mkdir(join(dir, 'content/articles/2023'), { recursive: true });
	await writeFile(join(dir, 'content/articles/2023/a-draft-piece.md'), VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true'));
	await mkdir(join(dir, 'content/articles/2026'), { recursive: true });
	await writeFile(join(dir, 'content/articles/2026/a-scheduled-piece.md'), VALID_ARTICLE.replace('published: 2022-02-14', 'published: 2026-11-26'));
	dist = join(dir, 'dist');
	const { exitCode, output } = await buildSite({ outDir: dist, env: { CONTENT_DIR: join(dir, 'content'), SOURCE_DATE_EPOCH: String(BUILD_EPOCH) } });
	if (exitCode !== 0) throw new Error(output);
	buildOutput = output;
}, 180_000);
afterAll(() =>
	Promise.all([rm(dir, { recursive: true, force: true }), rm(astroCacheDir(PROJECT_ROOT, join(dir, 'content')), { recursive: true, force: true })]),
);

describe('lists of more than 20 pieces', () => {
	it('split the archive into pages of 20, linked newer to older and back', () => {
		const pages = ['archive/', 'archive/2/', 'archive/3/'];
		const counts = pages.map((path) => links(html(path), /<li><time[^>]*class="year__date"[^>]*>/g).length);
		expect(counts).toEqual([PAGE_SIZE, PAGE_SIZE, PIECES - 2 * PAGE_SIZE]);
		expect(existsSync(join(dist, 'archive/4/index.html'))).toBe(false);
		expect(links(html('archive/'), /<a href="([^"]+)" rel="next"/g)).toEqual(['/archive/2/']);
		expect(links(html('archive/2/'), /<a href="([^"]+)" rel="prev"/g)).toEqual(['/archive/']);
		expect(links(html('archive/2/'), /<a href="([^"]+)" rel="next"/g)).toEqual(['/archive/3/']);
		expect(html('archive/3/')).toContain('Page 3 of 3');
	});

	it('show the home page the 20 newest and lead on to the archive', () => {
		const home = html('');
		expect(links(home, /<article class="card"/g)).toHaveLength(PAGE_SIZE);
		expect(home).toContain('<a href="/archive/2/">Older pieces</a>');
		expect(home).toContain('<a href="/archive/">All pieces, by year</a>');
	});

	it('give every topic and every year its own page, listing each piece once', () => {
		const topics = links(html('topics/'), /<a href="\/topics\/([a-z-]+)\/">/g);
		expect(topics.length).toBeGreaterThan(3);
		const listed = topics.flatMap((topic) => links(html(`topics/${topic}/`), /<h2 class="card__title"><a href="\/articles\/([^/]+)\/">/g));
		// The generator gives each piece one or two topics: every piece is under at least one.
		expect(new Set(listed).size).toBe(PIECES);
		const years = links(html('archive/'), /<a href="\/archive\/(\d{4})\/"/g);
		const byYear = years.flatMap((year) => links(html(`archive/${year}/`), /<a href="\/articles\/([^/]+)\/"/g));
		expect(byYear.sort()).toEqual([...new Set(byYear)].sort());
		expect(byYear).toHaveLength(PIECES);
	});

	it('paginate a topic with more than 20 pieces', () => {
		const first = links(html(`topics/${BIG_TOPIC}/`), /<h2 class="card__title"><a href="\/articles\/([^/]+)\/">/g);
		const second = links(html(`topics/${BIG_TOPIC}/2/`), /<h2 class="card__title"><a href="\/articles\/([^/]+)\/">/g);
		expect([first.length, second.length]).toEqual([PAGE_SIZE, BIG_TOPIC_PIECES - PAGE_SIZE]);
		expect(new Set([...first, ...second]).size).toBe(BIG_TOPIC_PIECES);
		expect(links(html(`topics/${BIG_TOPIC}/`), /<a href="([^"]+)" rel="next"/g)).toEqual([`/topics/${BIG_TOPIC}/2/`]);
		expect(links(html(`topics/${BIG_TOPIC}/2/`), /<a href="([^"]+)" rel="prev"/g)).toEqual([`/topics/${BIG_TOPIC}/`]);
	});

	it('end each piece with the pieces just before and after it in time', () => {
		const inOrder = ['archive/', 'archive/2/', 'archive/3/'].flatMap((path) => links(html(path), /<a href="\/articles\/([^/]+)\/"/g));
		expect(inOrder).toHaveLength(PIECES);
		for (const index of [0, 10, PIECES - 1]) {
			const piece = html(`articles/${inOrder[index]}/`);
			// Newest first: the next piece in time is the one listed before.
			expect(links(piece, /<a href="\/articles\/([^/]+)\/" rel="next">/g)).toEqual(index > 0 ? [inOrder[index - 1]] : []);
			expect(links(piece, /<a href="\/articles\/([^/]+)\/" rel="prev">/g)).toEqual(index < PIECES - 1 ? [inOrder[index + 1]] : []);
		}
	});
});

describe('lists of more than 50 claims', () => {
	/** The generator marks five claims in every piece. */
	const CLAIMS = PIECES * 5;
	const claimLinks = (path: string) => links(html(path), /<p class="claim-list__words"[^>]*><a href="(\/articles\/[^"]+\/claims\/[^"]+\/)"/g);
	const pagesOf = (base: string, count: number) =>
		Array.from({ length: Math.ceil(count / CLAIMS_PAGE_SIZE) }, (_, index) => `${base}${index > 0 ? `${index + 1}/` : ''}`);

	it('split every claim into pages of 50, each claim once, linked later to earlier and back', () => {
		const pages = pagesOf('claims/', CLAIMS);
		expect(pages.length).toBeGreaterThan(2);
		const listed = pages.map(claimLinks);
		expect(listed.map((page) => page.length)).toEqual(
			pages.map((_, index) => (index < pages.length - 1 ? CLAIMS_PAGE_SIZE : CLAIMS - CLAIMS_PAGE_SIZE * index)),
		);
		expect(new Set(listed.flat()).size).toBe(CLAIMS);
		expect(existsSync(join(dist, `claims/${pages.length + 1}/index.html`))).toBe(false);
		expect(links(html('claims/'), /<a href="([^"]+)" rel="next"/g)).toEqual(['/claims/2/']);
		expect(links(html('claims/2/'), /<a href="([^"]+)" rel="prev"/g)).toEqual(['/claims/']);
		// Every listed claim has its page.
		for (const link of listed.flat()) expect(existsSync(join(dist, link!, 'index.html')), link).toBe(true);
	});

	it('list the latest events first, across pages', () => {
		const years = pagesOf('claims/', CLAIMS).flatMap((path) => links(html(path), /<h2 id="year-(\d{4})"[^>]*>/g));
		// Headings of several years, on every page: an order of none would hold whatever the order. (The headings carry
		// the attribute of ClaimList's scoped style after their id.)
		expect(new Set(years).size).toBeGreaterThan(1);
		expect(years.length).toBeGreaterThanOrEqual(pagesOf('claims/', CLAIMS).length);
		// A year that runs on from one page to the next is headed again there, marked as continued.
		expect(years).toEqual([...years].sort().reverse());
	});

	it('give each status its own pages of 50, with that status alone', () => {
		const counts = new Map<string, number>();
		for (const path of pagesOf('claims/', CLAIMS)) {
			for (const status of links(html(path), /<li class="claim-list__item" data-status="([a-z]+)"/g)) counts.set(status!, (counts.get(status!) ?? 0) + 1);
		}
		expect([...counts.values()].reduce((sum, count) => sum + count, 0)).toBe(CLAIMS);
		for (const [status, count] of counts) {
			const pages = pagesOf(`claims/${status}/`, count);
			const listed = pages.flatMap((path) => links(html(path), /<li class="claim-list__item" data-status="([a-z]+)"/g));
			expect(listed, status).toEqual(Array.from({ length: count }, () => status));
			expect(existsSync(join(dist, `claims/${status}/${pages.length + 1}/index.html`))).toBe(false);
		}
	});
});

describe('drafts and pieces dated after the build’s day', () => {
	it('publishes every piece but never a draft, nor a piece dated after the build’s day', async () => {
		expect(buildOutput).toContain(`${PIECES} published piece(s), 1 scheduled for a later day`);
		expect(existsSync(join(dist, 'articles/piece-00000/index.html'))).toBe(true);
		// No page, no search entry, no feed or sitemap item, no link: nothing of it anywhere.
		const files = await readdir(dist, { recursive: true });
		const mentions = [];
		for (const file of files) {
			if (file.includes('a-draft-piece') || file.includes('a-scheduled-piece')) mentions.push(file);
			const path = join(dist, file);
			if (!/\.(html|xml|json|txt)$/.test(path)) continue;
			const text = await readFile(path, 'utf8');
			if (text.includes('a-draft-piece') || text.includes('a-scheduled-piece')) mentions.push(file);
		}
		expect(mentions).toEqual([]);
		const pagefindEntry = JSON.parse(await readFile(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.values(pagefindEntry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(PIECES);

		const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as { sourceDateEpoch: number };
		expect(manifest.sourceDateEpoch).toBe(BUILD_EPOCH);
	});
});
