import { readFileSync, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { PAGE_SIZE } from '../../src/lib/listing.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';

/** 45 generated pieces: more than two pages of any list of all pieces. */
const PIECES = 45;
let dir: string;
let dist: string;

const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const links = (page: string, selector: RegExp) => [...page.matchAll(selector)].map((match) => match[1]);

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'dossier-listing-'));
	await generateCorpus(join(dir, 'content'), PIECES);
	dist = join(dir, 'dist');
	const { exitCode, output } = await buildSite({ outDir: dist, env: { CONTENT_DIR: join(dir, 'content') } });
	if (exitCode !== 0) throw new Error(output);
}, 180_000);
afterAll(() => Promise.all([rm(dir, { recursive: true, force: true }), rm(astroCacheDir(PROJECT_ROOT, join(dir, 'content')), { recursive: true, force: true })]));

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
		expect(home).toContain('href="/archive/">Older pieces, by year</a>');
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

	it('end each piece with its neighbours in time', () => {
		const middle = html('articles/piece-00010/');
		expect(links(middle, /<a href="\/articles\/([^/]+)\/" rel="prev">/g)).toHaveLength(1);
		expect(links(middle, /<a href="\/articles\/([^/]+)\/" rel="next">/g)).toHaveLength(1);
	});
});
