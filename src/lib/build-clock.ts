/**
 * The clock a build runs on when `SOURCE_DATE_EPOCH` is not set: the start of the current day,
 * UTC, in seconds. Everything that reads the clock is by the day (which pieces are published,
 * how old a piece is), so two builds of one commit on one day are the same byte for byte,
 * manifest.json included, and a scheduled build publishes a piece on its date.
 */
export function startOfTodayUtc(now: number = Date.now()): string {
	const day = 86_400;
	return String(Math.floor(now / 1000 / day) * day);
}
