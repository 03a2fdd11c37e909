import { describe, expect, it } from 'vitest';
import { inOrder, newestFirst, type TakeResults } from './result-order.ts';

const result = (id: string, date: string) => ({
	id,
	data: async () => ({ url: `/${id}/`, excerpt: '', meta: { date }, filters: {} }),
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
		const results = [result('en_1', '2023-05-02'), result('en_2', '2022-03-01'), result('en_3', '2021-10-28'), result('fa_1', '2024-01-15'), result('fa_2', '2022-01-01')];
		expect(await pages(newestFirst(results), 3)).toEqual([
			['/fa_1/', '/en_1/', '/en_2/'],
			['/fa_2/', '/en_3/'],
		]);
	});
});
