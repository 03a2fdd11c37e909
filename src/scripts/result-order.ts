import type { PagefindResultData, PagefindSearch } from './pagefind-api.ts';

type Result = PagefindSearch['results'][number];

/**
 * Hands out the next `count` results' data, in the order the reader asked for, each as soon as
 * it is there: the first result shows without waiting for the twentieth. The data of a page of
 * results is fetched in parallel: one round trip, not twenty, on a slow network.
 */
export type TakeResults = (count: number) => AsyncGenerator<PagefindResultData>;

/** Pagefind's own order: by relevance, across all merged indexes. */
export function inOrder(results: Result[]): TakeResults {
	let start = 0;
	return async function* (count) {
		const page = results.slice(start, start + count).map((result) => result.data());
		start += page.length;
		for (const data of page) yield await data;
	};
}

/**
 * Newest first across languages. Pagefind sorts each language's index on its own and lists
 * them one after the other, so a Persian piece from 2024 would follow every English one. Each
 * language's results (their ids start `en_`, `fa_`…) are already newest first; this merges
 * them, loading the data of only as many results of each language as a page can need.
 */
export function newestFirst(results: Result[]): TakeResults {
	const queues = new Map<string, Result[]>();
	for (const result of results) {
		const language = result.id.split('_')[0] ?? '';
		queues.set(language, [...(queues.get(language) ?? []), result]);
	}
	const loaded = new Map<Result, Promise<PagefindResultData>>();
	const dataOf = (result: Result) => loaded.get(result) ?? loaded.set(result, result.data()).get(result)!;
	return async function* (count) {
		for (const queue of queues.values()) queue.slice(0, count).forEach(dataOf);
		for (let given = 0; given < count; given += 1) {
			let newest: { queue: Result[]; data: PagefindResultData } | undefined;
			for (const queue of queues.values()) {
				const head = queue[0];
				if (!head) continue;
				const data = await dataOf(head);
				if (!newest || (data.meta.date ?? '') > (newest.data.meta.date ?? '')) newest = { queue, data };
			}
			if (!newest) return;
			newest.queue.shift();
			yield newest.data;
		}
	};
}
