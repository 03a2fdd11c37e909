import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatContentError } from '../../src/content-check/content-error.ts';
import { BAD_CONTENT_CASES } from '../support/bad-content-cases.ts';
import { editArticle, VALID_ARTICLE, VALID_ARTICLE_PATH, validContent, writeContentFixture } from '../support/content-fixture.ts';

const made: string[] = [];
async function check(files: Parameters<typeof writeContentFixture>[0]) {
	const dir = await writeContentFixture(files);
	made.push(dir);
	return { dir, result: await checkContent(dir, dir) };
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('checkContent', () => {
	it('accepts the valid fixture that every bad case starts from', async () => {
		const { result } = await check(validContent());
		expect(result.errors).toEqual([]);
		expect(result).toMatchObject({ articles: 1, published: 1, sources: 1 });
	});

	it('accepts the real content of the site', async () => {
		const result = await checkContent(join(import.meta.dirname, '../../content'));
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result.published).toBeGreaterThan(0);
	});

	it.each(BAD_CONTENT_CASES)('refuses $name, naming the file, the field and the line', async ({ files, expected }) => {
		const { result } = await check(files);
		const error = result.errors.find((candidate) => candidate.file === expected.file && expected.message.test(candidate.message));
		expect(error, `no error matching ${expected.message} in:\n${result.errors.map(formatContentError).join('\n')}`).toBeDefined();
		if (expected.field) expect(error?.field).toBe(expected.field);
		if (expected.line) expect(error?.line).toBe(expected.line);
	});

	it('lists every error of every file in one run', async () => {
		const broken = VALID_ARTICLE.replace('kind: analysis', 'kind: essay').replace('published: 2022-02-14', 'published: 2022-13-01').replace('{#rumour}', '{#nothing}');
		const { result } = await check({ ...validContent(), [VALID_ARTICLE_PATH]: broken, 'articles/2023/second.md': VALID_ARTICLE.replace('topics: [iran]', 'topics: [Iran]') });
		const fields = result.errors.map((error) => `${error.file} ${error.field}`);
		expect(fields).toEqual(
			expect.arrayContaining([`${VALID_ARTICLE_PATH} kind`, `${VALID_ARTICLE_PATH} published`, `${VALID_ARTICLE_PATH} body`, 'articles/2023/second.md topics[0]']),
		);
	});

	it('counts drafts as pieces but not as published ones', async () => {
		const draft = VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true');
		const { result } = await check({ ...validContent(), 'articles/2023/a-draft.md': draft });
		expect(result).toMatchObject({ articles: 2, published: 1, errors: [] });
	});

	it('refuses a site with no published piece', async () => {
		const { result } = await check(editArticle('topics: [iran]', 'topics: [iran]\ndraft: true'));
		expect(result.errors.map((error) => error.message)).toEqual([expect.stringMatching(/no published piece/)]);
	});

	it('refuses a content directory that does not exist', async () => {
		const result = await checkContent('/nonexistent/content', '/');
		expect(result.errors[0]?.message).toMatch(/does not exist/);
	});

	it('refuses a file that is not UTF-8', async () => {
		const { dir } = await check(validContent());
		await writeFile(join(dir, 'sources/latin1.yaml'), Buffer.from('publisher: Caf\xe9\n', 'latin1'));
		const result = await checkContent(dir, dir);
		expect(result.errors).toEqual([expect.objectContaining({ file: 'sources/latin1.yaml', message: expect.stringMatching(/UTF-8/) })]);
	});
});
