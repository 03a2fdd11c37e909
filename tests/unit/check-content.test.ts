import { rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatContentError } from '../../src/content-check/content-error.ts';
import { BAD_CONTENT_CASES, TRANSLATION_PATH, withTranslation } from '../support/bad-content-cases.ts';
import {
	editArticle,
	VALID_ARTICLE,
	VALID_ARTICLE_PATH,
	VALID_SOURCE,
	VALID_SOURCE_PATH,
	validContent,
	writeContentFixture,
} from '../support/content-fixture.ts';

const made: string[] = [];
async function check(files: Parameters<typeof writeContentFixture>[0]) {
	const dir = await writeContentFixture(files);
	made.push(dir);
	// Warnings are read from the result; the tests that want them say so.
	return { dir, result: await checkContent(dir, dir, { onWarning: () => undefined }) };
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
		const broken = VALID_ARTICLE.replace('kind: analysis', 'kind: essay')
			.replace('published: 2022-02-14', 'published: 2022-13-01')
			.replace('{#rumour}', '{#nothing}');
		const { result } = await check({
			...validContent(),
			[VALID_ARTICLE_PATH]: broken,
			'articles/2023/second.md': VALID_ARTICLE.replace('topics: [iran]', 'topics: [Iran]'),
		});
		const fields = result.errors.map((error) => `${error.file} ${error.field}`);
		expect(fields).toEqual(
			expect.arrayContaining([
				`${VALID_ARTICLE_PATH} kind`,
				`${VALID_ARTICLE_PATH} published`,
				`${VALID_ARTICLE_PATH} body`,
				'articles/2023/second.md topics[0]',
			]),
		);
	});

	it('says what a misspelt field, source id or claim id was probably meant to be, once', async () => {
		const { result } = await check({
			...validContent(),
			[VALID_ARTICLE_PATH]: VALID_ARTICLE.replace('assertedBy: the author', 'asertedBy: the author').replace(
				'sources: [example-2022-02-10-report]',
				'sources: [example-2022-02-01-report]',
			),
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
		const outside = await writeContentFixture({
			'evil.md': VALID_ARTICLE.replace('published: 2022-02-14', 'published: 2026-02-30'),
			'more/x.md': VALID_ARTICLE,
		});
		made.push(outside);
		await symlink(join(outside, 'evil.md'), join(dir, 'articles/2022/evil.md'));
		await symlink(join(outside, 'more'), join(dir, 'articles/more'));
		const result = await checkContent(dir, dir);
		expect(result.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([
			'articles/2022/evil.md: is a symbolic link',
			'articles/more: is a symbolic link',
		]);
	});

	it('refuses two sources with one id in different folders', async () => {
		const { result } = await check({ ...validContent(), 'sources/older/example-2022-02-10-report.yaml': VALID_SOURCE });
		expect(result.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([
			`sources/older/example-2022-02-10-report.yaml: the source id "example-2022-02-10-report" is already used by ${VALID_SOURCE_PATH}`,
		]);
	});

	it('refuses a YAML alias bomb instead of expanding it', async () => {
		const bomb = [
			'a: &a ["x","x","x","x","x","x","x","x","x"]',
			...'bcdefghi'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(',')}]`),
		].join('\n');
		const { result } = await check({ ...validContent(), 'sources/bomb.yaml': `${bomb}\n` });
		expect(result.errors).toEqual([expect.objectContaining({ file: 'sources/bomb.yaml', message: expect.stringMatching(/YAML syntax: .*alias/i) })]);
	});

	it('refuses a piece with no text', async () => {
		const { result } = await check({
			...validContent(),
			'articles/2023/empty.md': '---\ntitle: t\ndek: d\nkind: report\npublished: 2023-01-01\ntopics: [iran]\n---\n\n',
		});
		expect(result.errors).toEqual([expect.objectContaining({ file: 'articles/2023/empty.md', field: 'body', message: expect.stringMatching(/no text/) })]);
	});

	it('reads a value YAML parsers disagree on (a date-like title) the way Astro will', async () => {
		const { result } = await check(editArticle('title: A valid piece', 'title: 2022-02-14'));
		expect(result.errors).toEqual([]);
	});
});

describe('checkContent on unusual but valid input', () => {
	const crlf = (text: string) => text.replace(/\n/g, '\r\n');
	const BOM = '\uFEFF';

	it.each([
		['CRLF line endings', crlf(VALID_ARTICLE), crlf(VALID_SOURCE)],
		['a UTF-8 byte order mark', BOM + VALID_ARTICLE, BOM + VALID_SOURCE],
		['a byte order mark and CRLF line endings', BOM + crlf(VALID_ARTICLE), BOM + crlf(VALID_SOURCE)],
		[
			'tabs in values and in the body',
			VALID_ARTICLE.replace('text: Officials confirmed the attack.', 'text: "Officials\tconfirmed the attack."').replace(
				'Officials :claim',
				'Officials\t:claim',
			),
			VALID_SOURCE,
		],
		[
			'quoted dates',
			VALID_ARTICLE.replace('published: 2022-02-14', 'published: "2022-02-14"').replace('date: 2022-02-10', "date: '2022-02-10'"),
			VALID_SOURCE.replace('published: 2022-02-10', 'published: "2022-02-10"'),
		],
	])('accepts %s', async (_, article, source) => {
		const { result } = await check({ [VALID_ARTICLE_PATH]: article, [VALID_SOURCE_PATH]: source });
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result).toMatchObject({ published: 1, sources: 1 });
	});

	it('accepts Persian written in decomposed (NFD) form, with zero-width non-joiners', async () => {
		// آ and the hamza of ؤ decompose; می‌گویند keeps its non-joiner (U+200C), which Persian spells with.
		const persian = 'آیا مسئولان می\u200cگویند حمله تأیید شد؟'.normalize('NFD');
		expect(persian).not.toBe(persian.normalize('NFC'));
		const article = VALID_ARTICLE.replace('kind: analysis', 'kind: analysis\nlang: fa')
			.replace('title: A valid piece', `title: ${persian}`)
			.replace('text: Officials confirmed the attack.', `text: ${persian}`)
			.replace('Officials :claim[confirmed the attack]', `${persian} :claim[${persian}]`);
		const { result } = await check({ [VALID_ARTICLE_PATH]: article, [VALID_SOURCE_PATH]: VALID_SOURCE });
		expect(result.errors.map(formatContentError)).toEqual([]);
	});

	it('gives the lines of the file with a byte order mark and CRLF line endings, in the frontmatter, the body and a source', async () => {
		const article = BOM + crlf(VALID_ARTICLE.replace('kind: analysis', 'kind: essay').replace('{#rumour}', '{#rumor}'));
		const source = BOM + crlf(VALID_SOURCE.replace('kind: news', 'kind: blog'));
		const { result } = await check({ [VALID_ARTICLE_PATH]: article, [VALID_SOURCE_PATH]: source });
		expect(result.errors.map((error) => `${error.file}:${error.line}: ${error.field}`)).toEqual([
			`${VALID_ARTICLE_PATH}:4: kind`,
			// The marker names no claim, so the claim it meant is unmarked.
			`${VALID_ARTICLE_PATH}:15: claims[1]`,
			`${VALID_ARTICLE_PATH}:24: body`,
			`${VALID_SOURCE_PATH}:5: kind`,
		]);
	});
});

describe('checkContent on addresses and invisible characters', () => {
	it.each([
		'http://localhost/a',
		'http://localhost./a',
		'http://news.localhost/a',
		'http://127.0.0.1/a',
		'http://10.1.2.3/a',
		'http://192.168.0.10/a',
		'http://172.16.0.1/a',
		'http://172.31.255.255/a',
		'http://[::1]/a',
		'http://[::ffff:127.0.0.1]/a',
		'http://0.0.0.0/a',
		'http://0/a',
		'http://2130706433/a',
		'http://0x7f000001/a',
		'http://0x7f.1/a',
		'http://017700000001/a',
		'http://169.254.169.254/latest/meta-data/',
		'https://user@news.example.org/a',
		'https://user:pass@news.example.org/a',
		'https://news.example.org@other.example/a',
		'https://раypal.com/a',
		'https://gοogle.com/a',
		'https://news.example.org:99999/a',
	])('refuses the source address %s, at its line', async (url) => {
		const { result } = await check({ ...validContent(), [VALID_SOURCE_PATH]: VALID_SOURCE.replace(/url: .*/, `url: "${url}"`) });
		expect(result.errors.map((error) => `${error.file}:${error.line}: ${error.field}`)).toEqual([`${VALID_SOURCE_PATH}:3: url`]);
	});

	it.each([
		'https://news.example.org:8443/a',
		'http://172.32.0.1/a',
		'https://8.8.8.8/',
		'https://пример.рф/статья',
		'https://例え.jp/',
		'https://xn--e1afmkfd.xn--p1ai/',
	])('accepts the source address %s', async (url) => {
		const { result } = await check({ ...validContent(), [VALID_SOURCE_PATH]: VALID_SOURCE.replace(/url: .*/, `url: "${url}"`) });
		expect(result.errors.map(formatContentError)).toEqual([]);
	});

	it('refuses a link in the body to a private host, with its line', async () => {
		const { result } = await check(editArticle('on Thursday.', 'on [Thursday](http://10.0.0.1/x) and <a href="https://user:pw@news.example.org/">here</a>.'));
		expect(result.errors.map((error) => `${error.line}: ${error.field}: ${error.message.split(':')[0]}`)).toEqual([
			'22: body: link to "http',
			'22: body: raw HTML <a> href "https',
		]);
	});

	const invisible = (text: string) => text.replace('X', '\u200b');
	it.each([
		['dek', 'dek: A piece that passes', `dek: ${invisible('A piece X that passes')}`, 3],
		['authors[0]', 'authors: [A. Writer]', `authors: [${invisible('A. X Writer')}]`, 5],
		['claims[0].assertedBy', 'assertedBy: the author', `assertedBy: ${invisible('the X author')}`, 11],
		['claims[1].text', 'text: A rumour nobody could check.', 'text: "A rumour \u2067nobody\u2069 could check."', 16],
		['claims[1].note', 'status: unverified', 'status: unverified\n    note: "A note \u2060joined."', 20],
		['corrections[0].text', 'topics: [iran]', 'topics: [iran]\ncorrections:\n  - date: 2022-03-01\n    text: "A \u202afigure was wrong."', 10],
		['origin.publisher', 'topics: [iran]', 'topics: [iran]\norigin:\n  publisher: "Iran \ufeffNews Wire"', 9],
	])('refuses an invisible character in %s', async (field, find, replace, line) => {
		const { result } = await check(editArticle(find, replace));
		expect(result.errors.map((error) => `${error.line}: ${error.field}: ${error.message.replace(/ \(U\+.*$/, '')}`)).toEqual([
			expect.stringMatching(new RegExp(`^${line}: ${field.replace(/[[\].]/g, '\\$&')}: contains an invisible`)),
		]);
	});

	it('refuses an invisible character in a history note and in a source’s publisher and note', async () => {
		const sources = '    sources: [example-2022-02-10-report]\n';
		const { result } = await check({
			...editArticle(sources, `${sources}    history:\n      - date: 2022-03-01\n        status: unverified\n        note: "Nothing \u200bfound."\n`),
			[VALID_SOURCE_PATH]: `${VALID_SOURCE.replace('publisher: Example News', 'publisher: "Example\u202e News"')}note: "Carries \u2066an AFP report."\n`,
		});
		expect(result.errors.map((error) => `${error.file}:${error.line}: ${error.field}`)).toEqual([
			`${VALID_ARTICLE_PATH}:18: claims[0].history[0].note`,
			`${VALID_SOURCE_PATH}:1: publisher`,
			`${VALID_SOURCE_PATH}:6: note`,
		]);
	});

	it('keeps the zero-width non-joiner and joiner that Persian and other scripts spell with, and direction marks', async () => {
		const { result } = await check(editArticle('text: A rumour nobody could check.', 'text: "می\u200cگویند \u200d and \u200e\u200f marks"'));
		expect(result.errors.map(formatContentError)).toEqual([]);
	});
});

describe('checkContent on translations', () => {
	it('accepts a piece and its translation that name each other', async () => {
		const { result } = await check(withTranslation());
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result).toMatchObject({ articles: 2, published: 2 });
	});

	it('accepts a translation listed under its language’s primary subtag, whatever its region', async () => {
		const { result } = await check(withTranslation({ lang: 'fa-AF' }));
		expect(result.errors.map(formatContentError)).toEqual([]);
	});

	it('lets a draft translation name a published piece that cannot name it back until the draft is published', async () => {
		const { result } = await check(withTranslation({ piece: '', draft: true }));
		expect(result.errors.map(formatContentError)).toEqual([]);
	});

	it('lists every problem of a piece’s translations in one run, each at its line', async () => {
		const piece = ['fa: a-valid-peice-fa', 'ar: a-valid-piece', 'en-GB: a-valid-piece-fa', 'ps: a-valid-piece-fa'].join('\n  ');
		const { result } = await check(withTranslation({ piece }));
		expect(result.errors.map((error) => `${error.file}:${error.line}: ${error.field}: ${error.message}`)).toEqual([
			// The translation names the piece, which names another under its language.
			`${TRANSLATION_PATH}:10: translations.en: names "a-valid-piece", but "a-valid-piece" names "a-valid-peice-fa" as its fa translation, not this piece`,
			`${VALID_ARTICLE_PATH}:9: translations.fa: names the piece "a-valid-peice-fa", which does not exist; did you mean "a-valid-piece-fa"?`,
			`${VALID_ARTICLE_PATH}:10: translations.ar: names this piece itself ("a-valid-piece"): a piece cannot be its own translation`,
			`${VALID_ARTICLE_PATH}:11: translations.en-GB: is the language of this piece itself (lang: en): a piece cannot be its own translation; list only the languages it is translated into`,
			`${VALID_ARTICLE_PATH}:12: translations.ps: names "a-valid-piece-fa", whose lang is fa, not ps: a translation listed under ps must be written in ps`,
		]);
	});
});

describe('checkContent warnings', () => {
	it('warns, without failing, of a source no piece cites, naming its file', async () => {
		const warnings: string[] = [];
		const dir = await writeContentFixture({ ...validContent(), 'sources/unused-2022-report.yaml': VALID_SOURCE });
		made.push(dir);
		const result = await checkContent(dir, dir, { onWarning: (warning) => warnings.push(formatContentError(warning)) });
		expect(result.errors).toEqual([]);
		expect(result.published).toBe(1);
		expect(result.warnings.map(formatContentError)).toEqual(warnings);
		expect(warnings).toEqual([
			expect.stringMatching(/^sources\/unused-2022-report\.yaml: no piece cites the source "unused-2022-report", so it is published nowhere\n/),
		]);
	});

	it('counts a source a draft cites as cited', async () => {
		const draft = VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true').replace('example-2022-02-10-report', 'draft-source');
		const { result } = await check({ ...validContent(), 'articles/2023/a-draft.md': draft, 'sources/draft-source.yaml': VALID_SOURCE });
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual([]);
	});

	it('has no warning on the real content of the site', async () => {
		const result = await checkContent(join(import.meta.dirname, '../../content'), undefined, { onWarning: () => undefined });
		expect(result.warnings.map(formatContentError)).toEqual([]);
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
