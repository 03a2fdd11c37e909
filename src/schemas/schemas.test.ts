import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleSchema, articleRuleIssues } from './article.ts';
import { EventDateOrSpanSchema, IsoDaySchema } from './dates.ts';
import { SourceSchema } from './source.ts';

const claim = { id: 'a-claim', text: 'Something happened.', assertedBy: 'the author', date: '2022-02-10', status: 'corroborated', sources: ['a-source'] };
const article = { title: 'A title', dek: 'A summary.', kind: 'opinion', published: '2022-02-14', topics: ['iran'], claims: [claim] };
const source = { publisher: 'Example News', title: 'A headline', url: 'https://news.example.org/a', kind: 'news' };

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	(result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('IsoDaySchema', () => {
	it('accepts a real day and keeps it as written', () => {
		expect(IsoDaySchema.parse('2024-02-29')).toBe('2024-02-29');
	});
	it.each(['2026-02-30', '2023-02-29', '2022-13-01', '14/02/2022', '2022-2-14', ''])('refuses %j instead of rolling it over', (value) => {
		expect(IsoDaySchema.safeParse(value).success).toBe(false);
	});
	it('turns a Date from js-yaml back into its UTC day, whatever the time zone', () => {
		expect(IsoDaySchema.parse(new Date(Date.UTC(2022, 1, 14)))).toBe('2022-02-14');
	});
});

describe('EventDateOrSpanSchema', () => {
	it.each(['1988', '1988-07', '1988-07-19'])('accepts %j', (value) => {
		expect(EventDateOrSpanSchema.parse(value)).toBe(value);
	});
	it('accepts a bare year that YAML read as a number', () => {
		expect(EventDateOrSpanSchema.parse(1988)).toBe('1988');
	});
	it('accepts a span in order and refuses one that ends before it starts', () => {
		expect(EventDateOrSpanSchema.parse({ from: '1980-09-22', to: '1988-08-20' })).toEqual({ from: '1980-09-22', to: '1988-08-20' });
		expect(EventDateOrSpanSchema.safeParse({ from: '1988', to: '1980' }).success).toBe(false);
	});
	it.each(['1988-13', '1988-02-30', 'summer 1988', 88])('refuses %j', (value) => {
		expect(EventDateOrSpanSchema.safeParse(value).success).toBe(false);
	});
});

describe('SourceSchema', () => {
	it('accepts a complete source', () => {
		expect(SourceSchema.safeParse({ ...source, published: '2022-02-10', archive: 'https://web.archive.org/web/2022/https://news.example.org/a' }).success).toBe(
			true,
		);
	});
	it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', '//example.org/a', 'example.org'])(
		'refuses the URL %j',
		(url) => {
			expect(SourceSchema.safeParse({ ...source, url }).success).toBe(false);
			expect(SourceSchema.safeParse({ ...source, archive: url }).success).toBe(false);
		},
	);
	it('refuses a missing publisher, an unknown kind and an unknown field', () => {
		const withoutPublisher = Object.fromEntries(Object.entries(source).filter(([key]) => key !== 'publisher'));
		expect(issuesOf(SourceSchema.safeParse(withoutPublisher))).toEqual([expect.stringMatching(/^publisher: /)]);
		expect(issuesOf(SourceSchema.safeParse({ ...source, kind: 'blog' }))).toEqual([expect.stringMatching(/^kind: /)]);
		expect(issuesOf(SourceSchema.safeParse({ ...source, headline: 'x' }))).toEqual([expect.stringMatching(/headline/)]);
	});
});

describe('ArticleSchema', () => {
	it('accepts a valid piece and fills in the defaults', () => {
		const parsed = ArticleSchema.parse(article);
		expect(parsed).toMatchObject({ lang: 'en', draft: false, authors: [], corrections: [] });
	});

	it.each([
		['a missing title', { title: undefined }, 'title'],
		['a title over 140 characters', { title: 'x'.repeat(141) }, 'title'],
		['an empty dek', { dek: '  ' }, 'dek'],
		['an unknown kind', { kind: 'essay' }, 'kind'],
		['no topic', { topics: [] }, 'topics'],
		['a topic that is not a slug', { topics: ['Human Rights'] }, 'topics.0'],
		['a topic listed twice', { topics: ['iran', 'iran'] }, 'topics.1'],
		['an impossible published date', { published: '2026-02-30' }, 'published'],
		['updated before published', { updated: '2022-02-01' }, 'updated'],
		['a language that is not a language tag', { lang: 'English' }, 'lang'],
		['draft that is not a boolean', { draft: 'no' }, 'draft'],
		['a slug field (the file name is the slug)', { slug: 'other' }, ''],
		['a correction dated before the piece', { corrections: [{ date: '2022-01-01', text: 'Fixed.' }] }, 'corrections.0.date'],
		['an origin URL that is not http(s)', { origin: { publisher: 'Somewhere', url: 'javascript:alert(1)' } }, 'origin.url'],
	])('refuses %s', (_, change, path) => {
		const issues = issuesOf(ArticleSchema.safeParse({ ...article, ...change }));
		expect(issues).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${path.replace(/\./g, '\\.')}: `))]));
	});

	it('refuses two claims with one id', () => {
		const issues = issuesOf(ArticleSchema.safeParse({ ...article, claims: [claim, { ...claim }] }));
		expect(issues).toEqual(['claims.1.id: "a-claim" is already the id of claims[0]']);
	});

	it('needs a source for every claim but an unverified one', () => {
		const unsourced = { ...claim, sources: [] };
		expect(issuesOf(ArticleSchema.safeParse({ ...article, claims: [unsourced] }))).toEqual([
			expect.stringMatching(/^claims\.0\.sources: .*at least one source/),
		]);
		expect(ArticleSchema.safeParse({ ...article, claims: [{ ...unsourced, status: 'unverified' }] }).success).toBe(true);
	});

	it('reports the rules across fields even when another field is wrong', () => {
		const issues = issuesOf(ArticleSchema.safeParse({ ...article, kind: 'essay', claims: [claim, claim] }));
		expect(issues).toEqual([expect.stringMatching(/^kind: /), expect.stringMatching(/^claims\.1\.id: /)]);
	});
});

describe('a claim’s history', () => {
	// The piece is published on 2022-02-14; the claim is corroborated now.
	const reassessed = (history: unknown[], status = 'corroborated') => ({ ...article, claims: [{ ...claim, status, history }] });
	const entry = (date: string, status: string, note = 'What the assessment rested on.') => ({ date, status, note });
	const TODAY = '2026-11-25';
	const ruleIssues = (history: unknown[], status?: string) =>
		articleRuleIssues(reassessed(history, status), TODAY).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
	afterEach(() => {
		vi.unstubAllEnvs();
	});

	it('is empty unless given, and keeps earlier assessments oldest first', () => {
		expect(ArticleSchema.parse(article).claims[0]?.history).toEqual([]);
		const history = [entry('2022-02-14', 'unverified'), entry('2023-05-01', 'attributed'), entry(TODAY, 'disputed')];
		expect(articleRuleIssues(reassessed(history), TODAY)).toEqual([]);
		vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2026, 10, 25, 12) / 1000));
		expect(ArticleSchema.parse(reassessed(history)).claims[0]?.history).toEqual(history);
	});

	it.each([
		['a status that is not one', [entry('2023-01-01', 'maybe')], 'claims.0.history.0.status'],
		['an impossible date', [entry('2023-02-29', 'unverified')], 'claims.0.history.0.date'],
		['a missing note', [{ date: '2023-01-01', status: 'unverified' }], 'claims.0.history.0.note'],
		['an empty note', [entry('2023-01-01', 'unverified', '  ')], 'claims.0.history.0.note'],
		['an unknown field', [{ ...entry('2023-01-01', 'unverified'), reason: 'x' }], 'claims.0.history.0'],
	])('refuses %s', (_, history, path) => {
		expect(issuesOf(ArticleSchema.safeParse(reassessed(history)))).toEqual([expect.stringMatching(new RegExp(`^${path.replace(/\./g, '\\.')}: `))]);
	});

	it('refuses a re-assessment before the piece was published', () => {
		expect(ruleIssues([entry('2022-02-13', 'unverified')])).toEqual([
			'claims.0.history.0.date: is 2022-02-13, before the piece was published (2022-02-14): a claim is re-assessed after the piece makes it',
		]);
	});

	it('refuses a re-assessment dated after the build’s day, and takes the day from the build’s clock', () => {
		expect(ruleIssues([entry('2026-11-26', 'unverified')])).toEqual([
			'claims.0.history.0.date: is 2026-11-26, after today (2026-11-25, the day of this build): a re-assessment is dated the day the editors made it',
		]);
		vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2026, 10, 25, 23, 59) / 1000));
		expect(issuesOf(ArticleSchema.safeParse(reassessed([entry('2026-11-26', 'unverified')])))).toEqual([
			expect.stringMatching(/^claims\.0\.history\.0\.date: .*after today \(2026-11-25/),
		]);
		expect(ArticleSchema.safeParse(reassessed([entry('2026-11-25', 'unverified')])).success).toBe(true);
	});

	it('refuses re-assessments out of order, but not two on one day', () => {
		expect(ruleIssues([entry('2024-01-01', 'unverified'), entry('2023-01-01', 'attributed')])).toEqual([
			'claims.0.history.1.date: is 2023-01-01, before the re-assessment above it (history[0], 2024-01-01): list re-assessments oldest first, newest last',
		]);
		expect(ruleIssues([entry('2024-01-01', 'unverified'), entry('2024-01-01', 'attributed')])).toEqual([]);
	});

	it('refuses an entry whose status the next assessment shares: it records no change', () => {
		expect(ruleIssues([entry('2023-01-01', 'unverified'), entry('2024-01-01', 'unverified')])).toEqual([
			'claims.0.history.0.status: is "unverified", as is the assessment after it (history[1]): the re-assessment on 2023-01-01 changed nothing; delete this entry, moving what its note says into the next one',
		]);
		expect(ruleIssues([entry('2023-01-01', 'unverified'), entry('2024-01-01', 'corroborated')])).toEqual([
			'claims.0.history.1.status: is "corroborated", the claim\'s current status: the re-assessment on 2024-01-01 changed nothing; give the status the claim had before that day, or delete this entry and say what was learnt in the claim\'s note',
		]);
	});

	it('reports every problem of every claim in one run, even beside a field that is wrong', () => {
		const second = { ...claim, id: 'b-claim', status: 'unverified', history: [entry('2030-01-01', 'unverified')] };
		const issues = issuesOf(
			ArticleSchema.safeParse({
				...article,
				kind: 'essay',
				claims: [{ ...claim, history: [entry('2022-01-01', 'disputed'), entry('2021-01-01', 'disputed')] }, second],
			}),
		);
		expect(issues).toEqual([
			expect.stringMatching(/^kind: /),
			expect.stringMatching(/^claims\.0\.history\.0\.date: .*before the piece was published/),
			expect.stringMatching(/^claims\.0\.history\.0\.status: .*as is the assessment after it/),
			expect.stringMatching(/^claims\.0\.history\.1\.date: .*before the piece was published/),
			expect.stringMatching(/^claims\.0\.history\.1\.date: .*before the re-assessment above it/),
			expect.stringMatching(/^claims\.1\.history\.0\.date: .*after today/),
			expect.stringMatching(/^claims\.1\.history\.0\.status: .*the claim's current status/),
		]);
	});
});

describe('the dates of changes', () => {
	const TODAY = '2026-11-25';
	const rules = (change: Record<string, unknown>) =>
		articleRuleIssues({ ...article, ...change }, TODAY).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

	it('refuses an update or a correction dated after the build’s day, and accepts one on it', () => {
		expect(rules({ updated: '2026-11-26', corrections: [{ date: '2026-11-26', text: 'Fixed.' }] })).toEqual([
			'updated: is 2026-11-26, after today (2026-11-25, the day of this build): an update is dated the day it was made',
			'corrections.0.date: is 2026-11-26, after today (2026-11-25, the day of this build): a correction is dated the day it was made',
		]);
		expect(rules({ updated: TODAY, corrections: [{ date: TODAY, text: 'Fixed.' }] })).toEqual([]);
	});
});

describe('web addresses', () => {
	const urlIssues = (url: string) => issuesOf(SourceSchema.safeParse({ ...source, url }));
	it.each([
		['https://example.com:99999/', /not an address a browser can open/],
		['https://user:pass@news.example.org/', /user name or password/],
		['https://outlet.com@other.example/', /so it leads to other\.example/],
		['http://localhost/', /"localhost", the computer it is opened on/],
		['http://LOCALHOST./', /"localhost\.", the computer/],
		['http://127.0.0.1/', /127\.0\.0\.1, a private or local network address/],
		['http://10.0.0.8/', /10\.0\.0\.8, a private/],
		['http://192.168.1.1/', /192\.168\.1\.1, a private/],
		['http://172.16.0.1/', /172\.16\.0\.1, a private/],
		['http://172.31.0.1/', /172\.31\.0\.1, a private/],
		['http://[::1]/', /::1, a private/],
		['http://[fd00::1]/', /fd00::1, a private/],
		['http://0.0.0.0/', /0\.0\.0\.0, a private/],
		['http://2130706433/', /127\.0\.0\.1, a private/],
		['http://0x7f000001/', /127\.0\.0\.1, a private/],
		['https://раypal.com/', /mixes Cyrillic and Latin letters/],
		['https://xn--ypal-43d9g.com/', /"раypal\.com", whose "раypal" mixes Cyrillic and Latin/],
		['https://intranet/', /no dot/],
	])('refuses %s, saying why', (url, why) => {
		expect(urlIssues(url)).toEqual([expect.stringMatching(why)]);
	});

	it.each([
		'https://news.example.org:8443/a?b=c#d',
		'http://172.15.0.1/',
		'http://172.32.0.1/',
		'https://8.8.8.8/',
		'https://пример.рф/',
		'https://例え.jp/',
		'https://مثال.إختبار/',
	])('accepts %s', (url) => {
		expect(urlIssues(url)).toEqual([]);
	});
});

describe('texts', () => {
	const titleIssues = (title: string) => issuesOf(SourceSchema.safeParse({ ...source, title }));
	it.each([
		['\u202a', 'U+202A'],
		['\u202b', 'U+202B'],
		['\u202c', 'U+202C'],
		['\u202d', 'U+202D'],
		['\u202e', 'U+202E'],
		['\u2066', 'U+2066'],
		['\u2067', 'U+2067'],
		['\u2068', 'U+2068'],
		['\u2069', 'U+2069'],
		['\u200b', 'U+200B'],
		['\u2060', 'U+2060'],
		['\ufeff', 'U+FEFF'],
	])('refuse an invisible %j inside any text, naming it', (character, name) => {
		expect(titleIssues(`Officials ${character}confirm`)).toEqual([expect.stringContaining(`(${name}`)]);
		expect(issuesOf(ArticleSchema.safeParse({ ...article, claims: [{ ...claim, assertedBy: `the ${character}author` }] }))).toEqual([
			expect.stringMatching(/^claims\.0\.assertedBy: contains an invisible/),
		]);
	});

	it('keep the zero-width non-joiner and joiner, and the direction marks', () => {
		expect(titleIssues('می\u200cگویند \u200d \u200e\u200f')).toEqual([]);
	});
});
