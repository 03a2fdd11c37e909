import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../content-check/check-content.ts';
import { formatContentError } from '../content-check/content-error.ts';
import { validContent, writeContentFixture } from '../../tests/support/content-fixture.ts';
import { AuthoringError, createPiece, createSource, publisherFromUrl, slugFromHeadline } from './new-content.ts';

const made: string[] = [];
async function contentWithOnePiece() {
	const dir = await writeContentFixture(validContent());
	made.push(dir);
	return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('slugFromHeadline', () => {
	it.each([
		['On Khamenei’s call for a combined “offensive”', 'on-khameneis-call-for-a-combined-offensive'],
		['Café société: Zürich, 2022', 'cafe-societe-zurich-2022'],
		['اعتراض‌های کارگران', ''],
		[
			'A very long headline that runs on and on well past the sixty characters an address may have',
			'a-very-long-headline-that-runs-on-and-on-well-past-the-sixty',
		],
	])('%s → %s', (headline, slug) => {
		expect(slugFromHeadline(headline)).toBe(slug);
	});
});

describe('createPiece', () => {
	it('writes a draft and an example source that pass the content check, and never overwrites', async () => {
		const dir = await contentWithOnePiece();
		const { piece, source } = await createPiece(dir, 'What the “new” piece says: a test', { today: '2026-11-25' });
		expect(piece).toBe(join(dir, 'articles/2026/what-the-new-piece-says-a-test.md'));
		expect(source).toBe(join(dir, 'sources/what-the-new-piece-says-a-test-example-source.yaml'));
		const result = await checkContent(dir, dir);
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result).toMatchObject({ articles: 2, published: 1 });

		await expect(createPiece(dir, 'What the “new” piece says: a test', { today: '2027-01-02' })).rejects.toThrow(
			/exists already: articles\/2026\/what-the-new-piece-says-a-test\.md/,
		);
		await expect(createPiece(dir, 'اعتراض‌های کارگران', { today: '2026-11-25' })).rejects.toThrow(AuthoringError);
		// Given an address, it writes the piece there.
		await expect(createPiece(dir, 'اعتراض‌های کارگران', { today: '2026-11-25', slug: 'workers-protests' })).resolves.toMatchObject({
			piece: join(dir, 'articles/2026/workers-protests.md'),
		});
		expect(await readFile(join(dir, 'articles/2026/workers-protests.md'), 'utf8')).toContain('اعتراض‌های کارگران');
	});

	it('is refused by the content check once published with its template text', async () => {
		const dir = await contentWithOnePiece();
		const { piece } = await createPiece(dir, 'A piece published too soon', { today: '2026-11-25' });
		await writeFile(piece, (await readFile(piece, 'utf8')).replace('draft: true', 'draft: false'));
		const messages = (await checkContent(dir, dir)).errors.map(formatContentError);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/a-piece-published-too-soon\.md:3: a published piece still has template text: dek: "TO FILL/),
				expect.stringMatching(/a-piece-published-too-soon-example-source\.yaml:2: a source of a published piece still has template text: title: "TO FILL/),
			]),
		);
	});
});

describe('createSource', () => {
	it('names the source after the publisher and the date, and refuses an address already cited', async () => {
		const dir = await contentWithOnePiece();
		const first = await createSource(dir, 'https://www.reuters.com/world/middle-east/story-2022-02-10/?utm_source=x', { today: '2026-11-25' });
		expect(first.id).toBe('reuters-2026-11-25');
		expect(await readFile(first.source, 'utf8')).toMatch(/^publisher: "reuters" +# TO FILL: .*\ntitle: "TO FILL/);
		const second = await createSource(dir, 'https://www.reuters.com/other/', { today: '2026-11-25', publisher: 'Reuters', published: '2022-02-10' });
		expect(second.id).toBe('reuters-2022-02-10');
		const third = await createSource(dir, 'https://reuters.com/third', { today: '2026-11-25' });
		expect(third.id).toBe('reuters-2026-11-25-2');

		await expect(createSource(dir, 'https://reuters.com/world/middle-east/story-2022-02-10', { today: '2026-11-25' })).rejects.toThrow(
			/has this address already: cite "reuters-2026-11-25"/,
		);
		await expect(createSource(dir, 'https://news.example.org/2022/02/10/attack/', { today: '2026-11-25' })).rejects.toThrow(/example-2022-02-10-report/);
		await expect(createSource(dir, 'javascript:alert(1)', { today: '2026-11-25' })).rejects.toThrow(/not an http\(s\) address/);
	});

	it('reads the publisher from the address', () => {
		expect(publisherFromUrl(new URL('https://www.bbc.co.uk/news/x'))).toBe('bbc');
		expect(publisherFromUrl(new URL('https://iranintl.com/en/x'))).toBe('iranintl');
		expect(publisherFromUrl(new URL('https://news.un.org/en/story'))).toBe('un');
	});
});

describe('npm run new and npm run new:source', () => {
	const run = async (script: string, args: string[], contentDir: string) => {
		try {
			const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], {
				cwd: join(import.meta.dirname, '../..'),
				env: { ...process.env, CONTENT_DIR: contentDir },
			});
			return { code: 0, output: stdout };
		} catch (error) {
			const failed = error as { code: number; stderr: string };
			return { code: failed.code, output: failed.stderr };
		}
	};

	it('write the files and say what to do next, and refuse to overwrite', async () => {
		const dir = await contentWithOnePiece();
		const made = await run('scripts/new-piece.ts', ['A second piece'], dir);
		expect(made).toMatchObject({ code: 0, output: expect.stringMatching(/Wrote .*a-second-piece\.md[\s\S]*TO FILL/) });
		expect(await run('scripts/new-piece.ts', ['A second piece'], dir)).toMatchObject({
			code: 1,
			output: expect.stringMatching(/^Nothing written: a piece with the address "a-second-piece" exists already/),
		});
		expect(await run('scripts/new-source.ts', ['https://www.example.com/report'], dir)).toMatchObject({
			code: 0,
			output: expect.stringMatching(/Cite it in a claim as sources: \[example-\d{4}-\d\d-\d\d\]/),
		});
		expect(await run('scripts/new-source.ts', ['https://example.com/report/'], dir)).toMatchObject({
			code: 1,
			output: expect.stringMatching(/has this address already/),
		});
	});
});
