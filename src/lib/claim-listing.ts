import type { ClaimStatus } from '../schemas/article.ts';
import type { EventDateOrSpan } from '../schemas/dates.ts';

/**
 * Claims as readers browse them across pieces: every claim of every published piece, by the
 * year of the event it is about, newest first. Pure functions over the published pieces, so
 * they can be tested alone.
 */

/** Claim lists show this many claims a page; more go on further pages. */
export const CLAIMS_PAGE_SIZE = 50;

/** The parts of a piece these functions read; entries from the collection have them. */
export interface PieceWithClaims {
	id: string;
	data: { published: string; claims: readonly { id: string; status: ClaimStatus; date: EventDateOrSpan }[] };
}

/** One claim in its piece: its number in the ledger, from 1, of `total`. */
export interface ListedClaim<P extends PieceWithClaims = PieceWithClaims> {
	piece: P;
	claim: P['data']['claims'][number];
	number: number;
	total: number;
}

/** When the event began: a span is listed under its start, as it is dated in the ledger. */
export function eventStart(date: EventDateOrSpan): string {
	return typeof date === 'string' ? date : date.from;
}

/** The year of the event a claim is about. */
export function eventYear(date: EventDateOrSpan): string {
	return eventStart(date).slice(0, 4);
}

/**
 * Every claim of the pieces, the latest event first. `2022-02` and `2022` sort after the days
 * of 2022 they may contain: a date known only to the month or the year is not placed inside it.
 * Ties keep the pieces' order (newest first) and the ledger's.
 */
export function claimsByEventDate<P extends PieceWithClaims>(pieces: readonly P[]): ListedClaim<P>[] {
	const listed = pieces.flatMap((piece) => piece.data.claims.map((claim, index) => ({ piece, claim, number: index + 1, total: piece.data.claims.length })));
	return listed
		.map((entry, position) => ({ entry, position, key: eventStart(entry.claim.date) }))
		.sort((a, b) => (a.key === b.key ? a.position - b.position : b.key.localeCompare(a.key)))
		.map(({ entry }) => entry);
}

/** The claims of one page, in runs of one event year each. */
export function groupByEventYear<P extends PieceWithClaims>(claims: readonly ListedClaim<P>[]): { year: string; claims: ListedClaim<P>[] }[] {
	const groups: { year: string; claims: ListedClaim<P>[] }[] = [];
	for (const entry of claims) {
		const year = eventYear(entry.claim.date);
		const last = groups.at(-1);
		if (last?.year === year) last.claims.push(entry);
		else groups.push({ year, claims: [entry] });
	}
	return groups;
}

/** How many claims have each status, in the order of `statuses`; statuses with none are left out. */
export function statusCounts(claims: readonly { status: ClaimStatus }[], statuses: readonly ClaimStatus[]): { status: ClaimStatus; count: number }[] {
	return statuses.map((status) => ({ status, count: claims.filter((claim) => claim.status === status).length })).filter(({ count }) => count > 0);
}

/** The previous and next claim of a piece's ledger, if any. */
export function adjacentClaims<C>(claims: readonly C[], index: number): { previous?: C; next?: C } {
	const previous = index > 0 ? claims[index - 1] : undefined;
	const next = claims[index + 1];
	return { ...(previous === undefined ? {} : { previous }), ...(next === undefined ? {} : { next }) };
}

/** `How the claim reads in a link preview`: the words cut at a word, at most `max` characters, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
	// By code point, not by UTF-16 unit: a Persian or emoji character is never cut in half.
	// eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are what is counted here
	const characters = [...text];
	if (characters.length <= max) return text;
	const head = characters.slice(0, max - 1).join('');
	const lastSpace = head.search(/\s\S*$/);
	return `${(lastSpace > 0 ? head.slice(0, lastSpace) : head).replace(/[\s,;:.–—-]+$/, '')}…`;
}
