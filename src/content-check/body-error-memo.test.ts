import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_ARTICLE, VALID_ARTICLE_PATH, VALID_SOURCE, VALID_SOURCE_PATH, writeContentFixture } from '../../tests/support/content-fixture.ts';
import { BodyErrorMemo } from './check-bodies.ts';
import { checkContent } from './check-content.ts';

const made: string[] = [];
afterAll(async () => {
	delete process.env.CONTENT_CHECK_CACHE_DIR;
	await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const SECOND_PATH = 'articles/2022/a-second-piece.md';

describe('a check run again in the same process (npm run dev)', () => {
	it('reads again only the bodies that changed, and still finds their errors', async () => {
		const cache = await mkdtemp(join(tmpdir(), 'dossier-memo-cache-'));
		made.push(cache);
		process.env.CONTENT_CHECK_CACHE_DIR = cache;
		const contentDir = await writeContentFixture({
			[VALID_SOURCE_PATH]: VALID_SOURCE,
			[VALID_ARTICLE_PATH]: VALID_ARTICLE,
			[SECOND_PATH]: VALID_ARTICLE.replace('title: A valid piece', 'title: A second piece'),
		});
		made.push(contentDir);
		const bodyMemo = new BodyErrorMemo();
		expect((await checkContent(contentDir, contentDir, { bodyMemo })).errors).toEqual([]);
		expect(await readdir(cache)).toHaveLength(2);

		// The readings kept on disk are gone: a body read again would write its reading back.
		await rm(cache, { recursive: true, force: true });
		await writeFile(
			join(contentDir, SECOND_PATH),
			VALID_ARTICLE.replace('title: A valid piece', 'title: A second piece').replace('{#attack-confirmed}', '{#attack-denied}'),
		);
		const again = await checkContent(contentDir, contentDir, { bodyMemo });
		expect(again.errors.map((error) => `${error.file}:${error.field}`)).toContain(`${join('articles/2022/a-second-piece.md')}:body`);
		expect(await readdir(cache)).toHaveLength(1);

		// Without the memo, every body is read.
		await checkContent(contentDir, contentDir);
		expect(await readdir(cache)).toHaveLength(2);
	});
});
