import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import type { SiteManifest } from '../../src/lib/site-manifest.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');
const DAY = '1795600000';
/** A year later: every piece is a year older, and its age notice says so. */
const A_YEAR_LATER = String(Number(DAY) + 365 * 86_400);

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the fixture with caches of its own: Astro's (pages kept for the next build among them), the preview images', the search index's. */
async function siteCopy(name: string) {
	const work = await mkdtemp(join(tmpdir(), `dossier-incremental-${name}-`));
	const content = join(work, 'content');
	made.push(work, astroCacheDir(PROJECT_ROOT, content));
	await cp(FIXTURE, content, { recursive: true });
	let builds = 0;
	return {
		content,
		async build(day: string) {
			const outDir = join(work, `dist-${(builds += 1)}`);
			const env = {
				CONTENT_DIR: content,
				SOURCE_DATE_EPOCH: day,
				OG_CACHE_DIR: join(work, 'og'),
				CONTENT_CHECK_CACHE_DIR: join(work, 'content-check'),
				SEARCH_INDEX_CACHE_DIR: join(work, 'search-index'),
			};
			const { exitCode, output } = await buildSite({ outDir, env });
			expect(exitCode, output).toBe(0);
			const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as SiteManifest;
			return { output, files: manifest.files };
		},
	};
}

async function edit(file: string, from: string | RegExp, to: string) {
	const text = await readFile(file, 'utf8');
	const edited = text.replace(from, to);
	if (edited === text) throw new Error(`${file} has no ${String(from)} to change`);
	await writeFile(file, edited);
}

/** A sentence of a body, the one around a claim: its claim's page quotes it. */
const editBody = (content: string) => edit(join(content, 'articles/2021/fuel-card-attack.md'), 'On 26 October :claim', 'On the morning of 26 October :claim');

/** Edits of the kinds an editor makes, each shown by pages other than the edited piece's own. */
async function editMore(content: string) {
	const articles = join(content, 'articles');
	// A source's headline: shown by every piece that cites it, and their claims' pages.
	await edit(join(content, 'sources/example-2021-10-26-fuel.yaml'), 'title: "Fuel stations shut', 'title: "Fuel stations closed');
	// A piece's title: the pieces next to it and related to it link to it by its title.
	await edit(join(articles, '2023/tribunal-hearings.md'), /^title: .*$/m, 'title: What a tribunal of citizens can do');
	// The words of a claim.
	await edit(join(articles, '2022/prison-leaks.md'), 'text: Hackers released footage', 'text: Hackers say they released footage');
}

/** The files two builds wrote differently, by their SHA-256 in manifest.json. */
function differing(a: Record<string, string>, b: Record<string, string>): string[] {
	return Object.keys({ ...a, ...b })
		.filter((path) => a[path] !== b[path])
		.sort();
}

/** The pages a build copied from the last one, as Astro lists them. */
function reused(output: string): string[] {
	return [...output.matchAll(/ (\/\S+\.html) \((?:restored|cached)\)/g)].map((match) => match[1]!).sort();
}

describe('a build that reuses the pages of the last one', () => {
	it('writes the site a build from nothing writes, after edits and on another day, and reuses what no edit touched', async () => {
		const kept = await siteCopy('kept');
		await kept.build(DAY);

		// One sentence of one body: the other pieces' pages are copied, the edited piece's are rendered again.
		await editBody(kept.content);
		const copied = reused((await kept.build(DAY)).output);
		expect(copied).toContain('/articles/workers-protests/index.html');
		expect(copied).toContain('/articles/workers-protests/claims/bookshops-closed/index.html');
		expect(copied).not.toContain('/articles/fuel-card-attack/index.html');
		expect(copied).not.toContain('/articles/fuel-card-attack/claims/stations-closed/index.html');
		// The listings show the pieces' data, not their bodies.
		expect(copied).toEqual(
			expect.arrayContaining(['/archive/index.html', '/claims/index.html', '/claims/corroborated/index.html', '/topics/protests/index.html']),
		);

		await editMore(kept.content);
		const afterEdits = await kept.build(DAY);
		const fresh = await siteCopy('fresh');
		await editBody(fresh.content);
		await editMore(fresh.content);
		expect(differing(afterEdits.files, (await fresh.build(DAY)).files)).toEqual([]);
		// A claim's page shows its own piece and sources only: another piece's new title leaves it as it was.
		expect(reused(afterEdits.output)).toContain('/articles/workers-protests/claims/bookshops-closed/index.html');
		// A new title is in the listings.
		expect(reused(afterEdits.output)).not.toContain('/archive/index.html');

		// Nothing edited, a year later: the ages on the pages change.
		const later = await kept.build(A_YEAR_LATER);
		const freshLater = await siteCopy('fresh-later');
		await editBody(freshLater.content);
		await editMore(freshLater.content);
		expect(differing(later.files, (await freshLater.build(A_YEAR_LATER)).files)).toEqual([]);
		expect(differing(later.files, afterEdits.files)).toContain('articles/workers-protests/index.html');
		// A claim's page shows no age: it is copied.
		expect(reused(later.output)).toContain('/articles/workers-protests/claims/bookshops-closed/index.html');
	});
});
