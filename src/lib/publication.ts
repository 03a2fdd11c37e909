import { buildDate } from './dates.ts';

/**
 * Whether the build publishes a piece: not a draft, and not dated after the build's day (UTC).
 * A piece dated ahead is scheduled: checked like any other, published by the first build on or
 * after its date. The clock is the build's (`SOURCE_DATE_EPOCH`), so a rebuild of an old commit
 * publishes what that build published.
 */
export function isPublished(piece: { draft: boolean; published: string }, now: Date = buildDate()): boolean {
	return !piece.draft && piece.published <= now.toISOString().slice(0, 10);
}
