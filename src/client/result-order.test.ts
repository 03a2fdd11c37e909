import { describe, expect, it } from 'vitest';
import type { PagefindSubResult } from './pagefind-api.ts';
import { excerptAfterHeading, inOrder, newestFirst, openingExcerpt, sectionsToShow, type TakeResults } from './result-order.ts';

const result = (id: string, date: string) => ({
	id,
	data: async () => ({ url: `/${id}/`, excerpt: '', meta: { date }, filters: {}, sub_results: [] }),
});

async function pages(take: TakeResults, size: number): Promise<string[][]> {
	const all: string[][] = [];
	for (;;) {
		const page: string[] = [];
		for await (const data of take(size)) page.push(data.url);
		if (page.length === 0) return all;
		all.push(page);
	}
}

describe('result order', () => {
	it('keeps Pagefind’s order for relevance, a page at a time', async () => {
		const results = [result('en_b', '2020-01-01'), result('fa_a', '2024-01-01'), result('en_c', '2021-01-01')];
		expect(await pages(inOrder(results), 2)).toEqual([['/en_b/', '/fa_a/'], ['/en_c/']]);
	});

	it('merges each language’s newest-first list into one', async () => {
		const results = [
			result('en_1', '2023-05-02'),
			result('en_2', '2022-03-01'),
			result('en_3', '2021-10-28'),
			result('fa_1', '2024-01-15'),
			result('fa_2', '2022-01-01'),
		];
		expect(await pages(newestFirst(results), 3)).toEqual([
			['/fa_1/', '/en_1/', '/en_2/'],
			['/fa_2/', '/en_3/'],
		]);
	});
});

/** A section of a piece with matches of these scores; `id` undefined for the page itself. */
const section = (id: string | undefined, scores: number[]): PagefindSubResult => ({
	title: id ?? 'The piece',
	url: `/articles/a/?highlight=w${id ? `#${id}` : ''}`,
	excerpt: `<mark>w</mark> in ${id ?? 'the opening'}`,
	...(id && { anchor: { element: 'li', id, location: 10 } }),
	weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
});

describe('the sections shown under a piece', () => {
	it('are its anchored sections, the most relevant first, at most three', () => {
		const sub_results = [
			section(undefined, [9, 9]),
			section('claim-a', [1]),
			section('claim-b', [2, 2]),
			section('heading', [5]),
			section('claim-c', [1]),
			section('claim-d', [0.5]),
		];
		expect(sectionsToShow({ sub_results }).map((shown) => shown.anchor?.id)).toEqual(['heading', 'claim-b', 'claim-a']);
		expect(sectionsToShow({ sub_results }, 5).map((shown) => shown.anchor?.id)).toEqual(['heading', 'claim-b', 'claim-a', 'claim-c', 'claim-d']);
		expect(sectionsToShow({ sub_results: [section(undefined, [3])] })).toEqual([]);
	});

	it('leave the piece its own excerpt from its opening only, or none when the words are only in its sections', () => {
		expect(openingExcerpt({ excerpt: 'whole page', sub_results: [section(undefined, [1]), section('claim-a', [1])] })).toBe('<mark>w</mark> in the opening');
		expect(openingExcerpt({ excerpt: 'whole page', sub_results: [section('claim-a', [1])] })).toBeUndefined();
		// A search by filters alone matches no word: the piece's own excerpt then.
		expect(openingExcerpt({ excerpt: 'whole page', sub_results: [] })).toBe('whole page');
	});
});

describe('a headed section’s excerpt', () => {
	it('leaves out the heading the result shows as its link, but not the section’s own words', () => {
		expect(excerptAfterHeading('Corrections. 5 March 2022: it was <mark>August.</mark> …', 'Corrections')).toBe('5 March 2022: it was <mark>August.</mark> …');
		expect(excerptAfterHeading('Regime’s <mark>fragile</mark> state. In the past few months …', 'Regime’s fragile state')).toBe('In the past few months …');
		// Cut into the section: the heading is not there.
		expect(excerptAfterHeading('… the <mark>corrections</mark> were made', 'Corrections')).toBe('… the <mark>corrections</mark> were made');
		// The heading is all there is.
		expect(excerptAfterHeading('<mark>Corrections.</mark>', 'Corrections')).toBe('<mark>Corrections.</mark>');
	});
});
