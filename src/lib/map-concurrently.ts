/**
 * `map` over `items` with at most `limit` calls in flight; the results in the items' order. For
 * reading the files of a whole site, where one call a file at once runs out of file handles.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const work = async () => {
		for (let index = next++; index < items.length; index = next++) results[index] = await map(items[index]!);
	};
	await Promise.all(Array.from({ length: limit }, work));
	return results;
}
