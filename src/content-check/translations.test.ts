import { describe, expect, it } from 'vitest';
import { translationErrors } from './translations.ts';
import type { ValidatedArticle } from './validate-frontmatter.ts';
import { parseYaml } from './yaml-document.ts';

const TODAY = '2026-06-01';

/** A piece as the check has read it; `data` is left out, so the fields are read as written, as they are for a piece with a wrong field. */
function piece(slug: string, fields: string): ValidatedArticle {
	const yaml = parseYaml(fields, 2);
	return { file: `articles/${slug}.md`, path: `/content/articles/${slug}.md`, slug, ledger: [], yaml, data: undefined, published: false, text: '' };
}

/** `en` names `fa`, and `fa` names `en` back when `back`; each with its own publication fields. */
function pair(en: string, fa: string, back = true): ValidatedArticle[] {
	return [
		piece('report', `lang: en\n${en}\ntranslations:\n  fa: report-fa\n`),
		piece('report-fa', `lang: fa\n${fa}\n${back ? 'translations:\n  en: report\n' : ''}`),
	];
}

const errorsOf = (articles: ValidatedArticle[]) =>
	translationErrors(
		articles.map((article) => article.slug),
		articles,
		'content/articles',
		TODAY,
	).map((error) => `${error.file}:${error.line} ${error.field}: ${error.message}`);

describe('translationErrors', () => {
	it('accepts two published pieces that name each other, a language by its primary subtag', () => {
		expect(errorsOf(pair('published: 2026-01-01', 'published: 2026-02-01'))).toEqual([]);
		expect(
			errorsOf([piece('report', 'lang: en-GB\ntranslations:\n  fa: report-fa\n'), piece('report-fa', 'lang: fa-AF\ntranslations:\n  en: report\n')]),
		).toEqual([]);
	});

	it('accepts two drafts, or two pieces scheduled for one day, that name each other', () => {
		expect(errorsOf(pair('published: 2026-01-01\ndraft: true', 'published: 2026-01-01\ndraft: true'))).toEqual([]);
		expect(errorsOf(pair('published: 2026-07-01', 'published: 2026-07-01'))).toEqual([]);
	});

	it('refuses a published piece naming a draft, whose link would lead nowhere', () => {
		expect(errorsOf(pair('published: 2026-01-01', 'published: 2026-01-01\ndraft: true'))).toEqual([
			'articles/report.md:5 translations.fa: names "report-fa", which is a draft: the link to it would lead nowhere on the site',
		]);
	});

	it('refuses a piece naming one scheduled after it, whether it is published or scheduled itself', () => {
		const message = 'names "report-fa", which is scheduled for 2026-08-01, after this piece: until then the link to it would lead nowhere on the site';
		expect(errorsOf(pair('published: 2026-01-01', 'published: 2026-08-01'))).toEqual([`articles/report.md:5 translations.fa: ${message}`]);
		expect(errorsOf(pair('published: 2026-07-01', 'published: 2026-08-01'))).toEqual([`articles/report.md:5 translations.fa: ${message}`]);
	});

	it('lets a draft name a published piece that cannot name it back yet', () => {
		const articles = [
			piece('report', 'lang: en\npublished: 2026-01-01\n'),
			piece('report-fa', 'lang: fa\npublished: 2026-01-01\ndraft: true\ntranslations:\n  en: report\n'),
		];
		expect(errorsOf(articles)).toEqual([]);
	});

	it('refuses a draft naming another draft that does not name it back', () => {
		expect(errorsOf(pair('published: 2026-01-01\ndraft: true', 'published: 2026-01-01\ndraft: true', false))).toEqual([
			'articles/report.md:6 translations.fa: names "report-fa", but "report-fa" does not name this piece back (its translations have no en: report)',
		]);
	});

	it('refuses now the one-way link of a scheduled piece that the build on its day would refuse', () => {
		const articles = [
			piece('report', 'lang: en\npublished: 2026-01-01\n'),
			piece('report-fa', 'lang: fa\npublished: 2026-07-01\ntranslations:\n  en: report\n'),
		];
		expect(errorsOf(articles)).toEqual([
			'articles/report-fa.md:5 translations.en: names "report", but "report" does not name this piece back, and cannot before this piece is published on 2026-07-01: the build on that day would refuse this link',
		]);
	});

	it('says nothing more of a key the schema refuses: no language, or the piece’s own', () => {
		const articles = [piece('report', 'lang: en\ntranslations:\n  Farsi: report-fa\n  en-GB: nowhere\n'), piece('report-fa', 'lang: fa\n')];
		expect(errorsOf(articles)).toEqual([]);
	});
});
