import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyCheckCache } from './body-check-cache.ts';

let cacheDir: string;
let contentDir: string;
beforeAll(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'dossier-check-cache-'));
	contentDir = await mkdtemp(join(tmpdir(), 'dossier-check-content-'));
	process.env.CONTENT_CHECK_CACHE_DIR = cacheDir;
});
afterAll(async () => {
	delete process.env.CONTENT_CHECK_CACHE_DIR;
	await Promise.all([cacheDir, contentDir].map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('BodyCheckCache', () => {
	it('checks a body once, and again when the body, the claims or the files beside it change', async () => {
		const path = join(contentDir, 'piece.md');
		let checks = 0;
		const check = async () => {
			checks += 1;
			return [{ reason: 'a finding', line: 3 }];
		};
		const input = { path, body: 'Some text.', claims: '[]' };

		expect(await new BodyCheckCache().messages(input, check)).toEqual([{ reason: 'a finding', line: 3 }]);
		expect(await new BodyCheckCache().messages(input, check)).toEqual([{ reason: 'a finding', line: 3 }]);
		expect(checks).toBe(1);

		await new BodyCheckCache().messages({ ...input, body: 'Other text.' }, check);
		await new BodyCheckCache().messages({ ...input, claims: '[{"id":"x"}]' }, check);
		expect(checks).toBe(3);

		await writeFile(join(contentDir, 'chart.png'), '');
		await new BodyCheckCache().messages(input, check);
		expect(checks).toBe(4);
	});
});
