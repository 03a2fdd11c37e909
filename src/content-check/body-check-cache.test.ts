import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
	it('reads a body once, and again when the body, the claims, the base path or the files beside it change', async () => {
		const path = join(contentDir, 'piece.md');
		let reads = 0;
		const rendered = { code: '<p>Some text.</p>', headings: [], localImagePaths: [], remoteImagePaths: [] };
		const read = async () => {
			reads += 1;
			return { messages: [{ reason: 'a finding', line: 3 }], rendered };
		};
		const input = { path, body: 'Some text.', claims: '[]', base: '/' };

		const first = await new BodyCheckCache().reading(input, read);
		expect(first).toMatchObject({ messages: [{ reason: 'a finding', line: 3 }], rendered });
		const second = await new BodyCheckCache().reading(input, read);
		expect(second.messages).toEqual([{ reason: 'a finding', line: 3 }]);
		// Kept on disk, for Astro to take if it asks.
		expect(second.rendered).toBeUndefined();
		expect(JSON.parse(await readFile(second.file, 'utf8'))).toEqual({ messages: [{ reason: 'a finding', line: 3 }], rendered });
		expect(reads).toBe(1);

		await new BodyCheckCache().reading({ ...input, body: 'Other text.' }, read);
		await new BodyCheckCache().reading({ ...input, claims: '[{"id":"x"}]' }, read);
		await new BodyCheckCache().reading({ ...input, base: '/mirror/' }, read);
		expect(reads).toBe(4);

		await writeFile(join(contentDir, 'chart.png'), '');
		await new BodyCheckCache().reading(input, read);
		expect(reads).toBe(5);
	});
});
