/** The dates that say when a piece last changed in a way readers should hear about. */
export interface ChangeDates {
	published: string;
	updated?: string | undefined;
	corrections: { date: string }[];
}

/** The latest of publication, update and corrections: feeds, the sitemap and structured data use it. */
export function lastChanged(article: ChangeDates): string {
	return [article.published, article.updated ?? '', ...article.corrections.map((correction) => correction.date)].sort().at(-1)!;
}
