/**
 * How pieces are grouped and linked for readers who browse rather than search: by topic, by
 * year, next to each other in time, and by what they share. Pure functions over the published
 * pieces (newest first, as getPublishedArticles returns them), so they can be tested alone.
 */

/** Lists show this many pieces a page; more go on further pages. */
export const PAGE_SIZE = 20;

/** The parts of a piece these functions read; entries from the collection have them. */
export interface ListedPiece {
	id: string;
	data: { published: string; topics: string[]; claims: { sources: { id: string }[] }[] };
}

/** Each topic with its pieces (newest first), topics in alphabetical order. */
export function piecesByTopic<T extends ListedPiece>(pieces: readonly T[]): Map<string, T[]> {
	const topics = new Map<string, T[]>();
	for (const piece of pieces) for (const topic of piece.data.topics) topics.set(topic, [...(topics.get(topic) ?? []), piece]);
	return new Map([...topics].sort(([a], [b]) => a.localeCompare(b)));
}

/** Each year with its pieces, newest year first. */
export function piecesByYear<T extends ListedPiece>(pieces: readonly T[]): Map<string, T[]> {
	const years = new Map<string, T[]>();
	for (const piece of pieces) {
		const year = piece.data.published.slice(0, 4);
		years.set(year, [...(years.get(year) ?? []), piece]);
	}
	return new Map([...years].sort(([a], [b]) => b.localeCompare(a)));
}

/** The piece published just before this one, and the one just after, if any. */
export function neighbours<T extends ListedPiece>(pieces: readonly T[], id: string): { older?: T; newer?: T } {
	const index = pieces.findIndex((piece) => piece.id === id);
	if (index < 0) return {};
	const older = pieces[index + 1];
	const newer = index > 0 ? pieces[index - 1] : undefined;
	return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
}

function citedSourceIds(piece: ListedPiece): Set<string> {
	return new Set(piece.data.claims.flatMap((claim) => claim.sources.map((source) => source.id)));
}

/**
 * Up to `limit` other pieces that share the most with this one. A shared source counts for
 * more than a shared topic: topics are broad ("iran"), a source ties two pieces to one event.
 * Ties go to the newer piece. Pieces that share nothing are not offered.
 */
export function relatedPieces<T extends ListedPiece>(pieces: readonly T[], id: string, limit = 3): T[] {
	const piece = pieces.find((candidate) => candidate.id === id);
	if (!piece) return [];
	const topics = new Set(piece.data.topics);
	const sources = citedSourceIds(piece);
	return pieces
		.filter((other) => other.id !== id)
		.map((other, order) => {
			const sharedTopics = other.data.topics.filter((topic) => topics.has(topic)).length;
			const sharedSources = [...citedSourceIds(other)].filter((source) => sources.has(source)).length;
			return { other, order, score: sharedTopics + 2 * sharedSources };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.slice(0, limit)
		.map(({ other }) => other);
}

/** ` (page 2 of 3)` after a list's title, or nothing when the list fits one page. */
export function pageNote(page: { currentPage: number; lastPage: number }): string {
	return page.lastPage > 1 ? ` (page ${page.currentPage} of ${page.lastPage})` : '';
}
