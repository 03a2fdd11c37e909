import type { PagefindResultData, PagefindSearch, PagefindSubResult } from './pagefind-api.ts';

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
	// Asked for at once, awaited in order below: a failure surfaces where it is awaited.
	const dataOf = (result: Result) => loaded.get(result) ?? loaded.set(result, result.data()).get(result)!;
	return async function* (count) {
		for (const queue of queues.values()) for (const result of queue.slice(0, count)) void dataOf(result);
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

/** Sections shown under a piece found: enough to choose from, few enough to scan the results on a phone. */
export const SECTIONS_SHOWN = 3;

/**
 * The sections of a piece to show under it: its ledger entries and headed parts that hold
 * matches, the most relevant first, at most `count`. Relevance is Pagefind's own: the sum of
 * the scores it gives the section's matches (a word in a claim's words, a heading, counts more
 * than one in a note); equal scores keep the page's order. The page itself (no anchor) is no
 * section: its matches are the result's own excerpt.
 */
export function sectionsToShow(data: Pick<PagefindResultData, 'sub_results'>, count = SECTIONS_SHOWN): PagefindSubResult[] {
	const score = (section: PagefindSubResult) => section.weighted_locations.reduce((sum, match) => sum + match.balanced_score, 0);
	return data.sub_results
		.filter((section) => section.anchor !== undefined)
		.map((section, index) => ({ section, index, score: score(section) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, count)
		.map(({ section }) => section);
}

/**
 * The result's own excerpt: from the piece's opening (headline, summary, text before its first
 * heading) when the words are there, from nowhere when they are only in its sections, which show
 * them one by one; Pagefind's excerpt for the page as a whole can run across two ledger entries.
 * A search by filters alone has no matches: the piece's opening then.
 */
export function openingExcerpt(data: Pick<PagefindResultData, 'excerpt' | 'sub_results'>): string | undefined {
	const opening = data.sub_results.find((section) => section.anchor === undefined);
	if (opening) return opening.excerpt;
	return data.sub_results.length === 0 ? data.excerpt : undefined;
}

/**
 * A headed section's excerpt without its heading: Pagefind's section starts with the heading's
 * words ("Corrections. 5 March 2022: …"), which the result already shows as the section's link.
 * Kept whole when the heading is all it has.
 */
export function excerptAfterHeading(excerpt: string, heading: string): string {
	const words = excerpt.split(' ');
	const headingWords = heading.trim().split(/\s+/);
	const plain = (word: string) => word.replace(/<\/?mark>/g, '').replace(/[.:]$/, '');
	const starts = headingWords.every((word, index) => words[index] !== undefined && plain(words[index]) === word.replace(/[.:]$/, ''));
	return starts && words.length > headingWords.length ? words.slice(headingWords.length).join(' ') : excerpt;
}
