import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { VALID_ARTICLE, VALID_ARTICLE_PATH, VALID_SOURCE, VALID_SOURCE_PATH, writeContentFixture } from '../../tests/support/content-fixture.ts';
import { checkContent } from './check-content.ts';
import { CheckMemo } from './check-memo.ts';

const made: string[] = [];
afterEach(() => vi.unstubAllEnvs());
afterAll(async () => {
	await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const SECOND_PATH = 'articles/2022/a-second-piece.md';
const SECOND = VALID_ARTICLE.replace('title: A valid piece', 'title: A second piece');

async function fixture() {
	const cache = await mkdtemp(join(tmpdir(), 'dossier-memo-cache-'));
	vi.stubEnv('CONTENT_CHECK_CACHE_DIR', cache);
	const contentDir = await writeContentFixture({ [VALID_SOURCE_PATH]: VALID_SOURCE, [VALID_ARTICLE_PATH]: VALID_ARTICLE, [SECOND_PATH]: SECOND });
	made.push(cache, contentDir);
	return { cache, contentDir };
}

const fieldsOf = (result: Awaited<ReturnType<typeof checkContent>>) => result.errors.map((error) => `${error.file}:${error.field}`);

describe('a check run again in the same process (npm run dev)', () => {
	it('reads again only the bodies that changed, and still finds their errors', async () => {
		const { cache, contentDir } = await fixture();
		const memo = new CheckMemo();
		expect((await checkContent(contentDir, contentDir, { memo })).errors).toEqual([]);
		expect(await readdir(cache)).toHaveLength(2);

		// The readings kept on disk are gone: a body read again would write its reading back.
		await rm(cache, { recursive: true, force: true });
		await writeFile(join(contentDir, SECOND_PATH), SECOND.replace('{#attack-confirmed}', '{#attack-denied}'));
		memo.changed(join(contentDir, SECOND_PATH));
		const again = await checkContent(contentDir, contentDir, { memo });
		expect(fieldsOf(again)).toContain(`${SECOND_PATH}:body`);
		expect(await readdir(cache)).toHaveLength(1);

		// Without the memo, every body is read.
		await checkContent(contentDir, contentDir);
		expect(await readdir(cache)).toHaveLength(2);
	});

	it('reads a file again once it is said to have changed, and only then', async () => {
		const { contentDir } = await fixture();
		const memo = new CheckMemo();
		expect((await checkContent(contentDir, contentDir, { memo })).errors).toEqual([]);
		const file = join(contentDir, SECOND_PATH);
		await writeFile(file, SECOND.replace('kind: analysis', 'kind: analyses'));
		// What the watcher has not reported is what the memo last read.
		expect((await checkContent(contentDir, contentDir, { memo })).errors).toEqual([]);
		memo.changed(file);
		expect(fieldsOf(await checkContent(contentDir, contentDir, { memo }))).toEqual([`${SECOND_PATH}:kind`]);
		// Remembered errors are reported again while the file stays as it is, and go once it is fixed.
		expect(fieldsOf(await checkContent(contentDir, contentDir, { memo }))).toEqual([`${SECOND_PATH}:kind`]);
		await writeFile(file, SECOND);
		memo.changed(file);
		expect((await checkContent(contentDir, contentDir, { memo })).errors).toEqual([]);
	});

	it('checks the frontmatter again when the day changes, since dates are compared with it', async () => {
		const { contentDir } = await fixture();
		const file = join(contentDir, SECOND_PATH);
		await writeFile(file, SECOND.replace('published: 2022-02-14', 'published: 2022-02-14\nupdated: 2030-01-02'));
		const memo = new CheckMemo();
		vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2030, 0, 3) / 1000));
		expect((await checkContent(contentDir, contentDir, { memo })).errors).toEqual([]);
		vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2030, 0, 1) / 1000));
		expect(fieldsOf(await checkContent(contentDir, contentDir, { memo }))).toContain(`${SECOND_PATH}:updated`);
	});
});
