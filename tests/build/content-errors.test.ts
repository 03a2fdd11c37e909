import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { BAD_CONTENT_CASES } from '../support/bad-content-cases.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { VALID_ARTICLE, validContent, writeContentFixture } from '../support/content-fixture.ts';

const made: string[] = [];
async function tempDir(files?: Parameters<typeof writeContentFixture>[0]) {
	const dir = files ? await writeContentFixture(files) : await mkdtemp(join(tmpdir(), 'dossier-dist-'));
	// The build keeps a cache for each content directory; it goes with the directory.
	made.push(dir, astroCacheDir(PROJECT_ROOT, dir));
	return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('astro build on bad content', () => {
	it.each(BAD_CONTENT_CASES)('stops on $name, naming the file and the field', async ({ files, expected }) => {
		const contentDir = await tempDir(files);
		const outDir = join(await tempDir(), 'dist');
		const { exitCode, output } = await buildSite({ outDir, env: { CONTENT_DIR: contentDir } });

		expect(exitCode, output).not.toBe(0);
		const place = expected.line ? `${expected.file}:${expected.line}: ` : `${expected.file}: `;
		const errorLine = output.split('\n').find((line) => line.includes(place) && expected.message.test(line));
		expect(errorLine, output).toBeDefined();
		if (expected.field) expect(errorLine).toContain(`: ${expected.field}: `);
		expect(existsSync(outDir), 'nothing may be published half-right').toBe(false);
	});
});

describe('astro build on good content', () => {
	it('publishes every piece but never a draft, nor a piece dated after the build’s day', async () => {
		const draft = VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true');
		const scheduled = VALID_ARTICLE.replace('published: 2022-02-14', 'published: 2026-11-26');
		const contentDir = await tempDir({ ...validContent(), 'articles/2023/a-draft-piece.md': draft, 'articles/2026/a-scheduled-piece.md': scheduled });
		const outDir = join(await tempDir(), 'dist');
		// The build's clock: 25 November 2026, the day before the scheduled piece's date.
		const { exitCode, output } = await buildSite({
			outDir,
			env: { CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 25, 23, 59) / 1000) },
		});

		expect(exitCode, output).toBe(0);
		expect(output).toContain('1 published piece(s), 1 scheduled for a later day');
		expect(existsSync(join(outDir, 'articles/a-valid-piece/index.html'))).toBe(true);
		// No page, no search entry, no feed or sitemap item, no link: nothing of it anywhere.
		const files = await readdir(outDir, { recursive: true });
		const mentions = [];
		for (const file of files) {
			const path = join(outDir, file);
			if (!/\.(html|xml|json|txt)$/.test(path)) continue;
			const text = await readFile(path, 'utf8');
			if (text.includes('a-draft-piece') || text.includes('a-scheduled-piece')) mentions.push(file);
		}
		expect(mentions).toEqual([]);
		const pagefindEntry = JSON.parse(await readFile(join(outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.values(pagefindEntry.languages).reduce((sum, language) => sum + language.page_count, 0)).toBe(1);

		const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8')) as { sourceDateEpoch: number };
		expect(manifest.sourceDateEpoch).toBe(Date.UTC(2026, 10, 25, 23, 59) / 1000);
	});
});
