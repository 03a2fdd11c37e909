/** The dates that say when a piece last changed in a way readers should hear about. */
export interface ChangeDates {
	published: string;
	updated?: string | undefined;
	corrections: readonly { date: string }[];
	/** A re-assessment of a claim changes what the piece tells readers as much as a correction. */
	claims: readonly { history: readonly { date: string }[] }[];
}

/**
 * The latest of publication, update, corrections and re-assessments of its claims: the sitemap,
 * structured data, the feeds, /claims.json and the piece's "Updated" date use it.
 */
export function lastChanged(article: ChangeDates): string {
	return [
		article.published,
		article.updated ?? '',
		...article.corrections.map((correction) => correction.date),
		...article.claims.flatMap((claim) => claim.history.map((entry) => entry.date)),
	]
		.sort()
		.at(-1)!;
}
