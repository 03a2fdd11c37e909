import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatContentError } from '../../src/content-check/content-error.ts';
import { BAD_CONTENT_CASES } from '../support/bad-content-cases.ts';
import { editArticle, VALID_ARTICLE, VALID_ARTICLE_PATH, VALID_SOURCE, VALID_SOURCE_PATH, validContent, writeContentFixture } from '../support/content-fixture.ts';

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

	it('says what a misspelt field, source id or claim id was probably meant to be, once', async () => {
		const { result } = await check({
			...validContent(),
			[VALID_ARTICLE_PATH]: VALID_ARTICLE.replace('assertedBy: the author', 'asertedBy: the author').replace('sources: [example-2022-02-10-report]', 'sources: [example-2022-02-01-report]'),
		});
		expect(result.errors.map((error) => `${error.field}: ${error.message}`)).toEqual([
			'claims[0].asertedBy: is not a field of this content type; did you mean assertedBy?',
			'claims[0].sources[0]: names the source "example-2022-02-01-report", which does not exist; did you mean "example-2022-02-10-report"?',
		]);
	});

	it('counts drafts as pieces but not as published ones', async () => {
		const draft = VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true');
		const { result } = await check({ ...validContent(), 'articles/2023/a-draft.md': draft });
		expect(result).toMatchObject({ articles: 2, published: 1, errors: [] });
	});

	it('counts a piece dated after the build’s day as scheduled, not published', async () => {
		const scheduled = VALID_ARTICLE.replace('published: 2022-02-14', 'published: 2999-01-01');
		const { result } = await check({ ...validContent(), 'articles/2999/a-scheduled-piece.md': scheduled });
		expect(result).toMatchObject({ articles: 2, published: 1, scheduled: 1, errors: [] });
		expect([...result.changed.keys()]).toEqual(['a-valid-piece']);
	});

	it('dates a piece’s last change, for the sitemap, by its latest re-assessment too', async () => {
		const sources = '    sources: [example-2022-02-10-report]\n';
		const history = `${sources}    history:\n      - date: 2023-04-05\n        status: unverified\n        note: No report could be found.\n`;
		const { result } = await check(editArticle(sources, history));
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result.changed.get('a-valid-piece')).toBe('2023-04-05');
	});

	it('lists every problem of a claim’s history in one run, each at its line', async () => {
		const sources = '    sources: [example-2022-02-10-report]\n';
		const history = [
			`${sources}    history:`,
			'      - date: 2022-01-01', // 16: before the piece was published
			'        status: unverified', // 17: as is the next one
			'        note: First.',
			'      - date: 2021-06-01', // 19: before the piece, and before the entry above
			'        status: unverified',
			'        note: Second.',
			'      - date: 2999-01-01', // 22: after the build's day
			'        status: corroborated', // 23: the claim's current status
			'        note: Third.',
			'',
		].join('\n');
		const { result } = await check(editArticle(sources, history));
		expect(result.errors.map((error) => `${error.line} ${error.field}: ${error.message.split(':')[0]}`)).toEqual([
			'16 claims[0].history[0].date: is 2022-01-01, before the piece was published (2022-02-14)',
			'17 claims[0].history[0].status: is "unverified", as is the assessment after it (history[1])',
			'19 claims[0].history[1].date: is 2021-06-01, before the piece was published (2022-02-14)',
			'19 claims[0].history[1].date: is 2021-06-01, before the re-assessment above it (history[0], 2022-01-01)',
			expect.stringMatching(/^22 claims\[0\]\.history\[2\]\.date: is 2999-01-01, after today \(\d{4}-\d{2}-\d{2}, the day of this build\)$/),
			'23 claims[0].history[2].status: is "corroborated", the claim\'s current status',
		]);
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

	it('refuses symbolic links, which the loader would follow unchecked', async () => {
		const { dir } = await check(validContent());
		const outside = await writeContentFixture({ 'evil.md': VALID_ARTICLE.replace('published: 2022-02-14', 'published: 2026-02-30'), 'more/x.md': VALID_ARTICLE });
		made.push(outside);
		await symlink(join(outside, 'evil.md'), join(dir, 'articles/2022/evil.md'));
		await symlink(join(outside, 'more'), join(dir, 'articles/more'));
		const result = await checkContent(dir, dir);
		expect(result.errors.map((error) => `${error.file}: ${error.message}`)).toEqual(['articles/2022/evil.md: is a symbolic link', 'articles/more: is a symbolic link']);
	});

	it('refuses two sources with one id in different folders', async () => {
		const { result } = await check({ ...validContent(), 'sources/older/example-2022-02-10-report.yaml': VALID_SOURCE });
		expect(result.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([
			`sources/older/example-2022-02-10-report.yaml: the source id "example-2022-02-10-report" is already used by ${VALID_SOURCE_PATH}`,
		]);
	});

	it('refuses a YAML alias bomb instead of expanding it', async () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`)].join('\n');
		const { result } = await check({ ...validContent(), 'sources/bomb.yaml': `${bomb}\n` });
		expect(result.errors).toEqual([expect.objectContaining({ file: 'sources/bomb.yaml', message: expect.stringMatching(/YAML syntax: .*alias/i) })]);
	});

	it('refuses a piece with no text', async () => {
		const { result } = await check({ ...validContent(), 'articles/2023/empty.md': '---\ntitle: t\ndek: d\nkind: report\npublished: 2023-01-01\ntopics: [iran]\n---\n\n' });
		expect(result.errors).toEqual([expect.objectContaining({ file: 'articles/2023/empty.md', field: 'body', message: expect.stringMatching(/no text/) })]);
	});

	it('reads a value YAML parsers disagree on (a date-like title) the way Astro will', async () => {
		const { result } = await check(editArticle('title: A valid piece', 'title: 2022-02-14'));
		expect(result.errors).toEqual([]);
	});
});

describe('npm run check:content', () => {
	// The script runs on Node's own TypeScript support, which only strips types: a construct it
	// cannot strip would crash the command editors rely on, while the tests (compiled) pass.
	it('runs as editors run it, and says the content is valid', async () => {
		const { execFile } = await import('node:child_process');
		const { promisify } = await import('node:util');
		const { stdout } = await promisify(execFile)(process.execPath, ['scripts/check-content.ts'], { cwd: join(import.meta.dirname, '../..') });
		expect(stdout).toMatch(/^Content is valid: \d+ published piece/);
	});
});
