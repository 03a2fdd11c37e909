import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startOfTodayUtc } from '../../src/lib/build-clock.ts';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import type { SiteManifest } from '../../src/lib/site-manifest.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/**
 * Builds a copy of the fixture in a folder of its own, so that neither build can lean on the
 * other's content cache, and the folder's name cannot leak into a page unnoticed.
 */
async function buildCopy(name: string, env: Record<string, string>) {
	const work = await mkdtemp(join(tmpdir(), `dossier-repro-${name}-`));
	const contentDir = join(work, 'content');
	made.push(work, astroCacheDir(PROJECT_ROOT, contentDir));
	await cp(FIXTURE, contentDir, { recursive: true });
	const outDir = join(work, 'dist');
	const build = await buildSite({ outDir, env: { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795600000', ...env } });
	expect(build.exitCode, build.output).toBe(0);
	return outDir;
}

describe('two builds of one commit', () => {
	it('give byte-identical sites on one day, manifest included, whatever the time zone, the locale, NODE_ENV and the caches', async () => {
		// The first renders every preview image afresh; the second takes them from the cache the first filled.
		const ogCache = await mkdtemp(join(tmpdir(), 'dossier-repro-og-'));
		// Each its own search index cache: both builds write the index themselves.
		const [indexA, indexB] = await Promise.all(['a', 'b'].map((name) => mkdtemp(join(tmpdir(), `dossier-repro-index-${name}-`))));
		made.push(ogCache, indexA!, indexB!);
		// The first on a clock pinned to the start of today, the second on no pinned clock at all:
		// a build pins its own to the day, UTC, so the two agree (unless midnight falls between them).
		const today = startOfTodayUtc();
		const first = await buildCopy('a', {
			SOURCE_DATE_EPOCH: today,
			NODE_ENV: 'production',
			TZ: 'UTC',
			LANG: 'C.UTF-8',
			LC_ALL: 'C.UTF-8',
			OG_CACHE_DIR: ogCache,
			SEARCH_INDEX_CACHE_DIR: indexA!,
		});
		const second = await buildCopy('b', {
			SOURCE_DATE_EPOCH: '',
			NODE_ENV: 'development',
			TZ: 'Pacific/Kiritimati',
			LANG: 'fa_IR.UTF-8',
			LC_ALL: 'fa_IR.UTF-8',
			OG_CACHE_DIR: ogCache,
			SEARCH_INDEX_CACHE_DIR: indexB!,
		});
		// What a development build ships and a production one does not (Vitest's own NODE_ENV is "test").
		const searchPage = await readFile(join(second, 'search/index.html'), 'utf8');
		expect(searchPage).toContain('<meta http-equiv="Content-Security-Policy"');
		expect(searchPage).not.toContain('Search works on a built site only');
		if (startOfTodayUtc() !== today) return;

		const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SiteManifest;
		const [manifestA, manifestB] = [await readManifest(first), await readManifest(second)];
		const differing = Object.keys({ ...manifestA.files, ...manifestB.files }).filter((path) => manifestA.files[path] !== manifestB.files[path]);
		expect(differing).toEqual([]);
		expect(Object.keys(manifestA.files).length).toBeGreaterThan(40);
		expect(await readFile(join(first, 'manifest.json'))).toEqual(await readFile(join(second, 'manifest.json')));
	});
});
