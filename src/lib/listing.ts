import { type Ui, uiFor } from '../i18n/ui.ts';
import { perList } from './per-list.ts';
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
	return sortedGroups(
		pieces,
		(piece) => piece.data.topics,
		(a, b) => a.localeCompare(b),
	);
}

/** Each year with its pieces, newest year first. */
export function piecesByYear<T extends ListedPiece>(pieces: readonly T[]): Map<string, T[]> {
	return sortedGroups(
		pieces,
		(piece) => [piece.data.published.slice(0, 4)],
		(a, b) => b.localeCompare(a),
	);
}

function sortedGroups<T>(items: readonly T[], keysOf: (item: T) => string[], order: (a: string, b: string) => number): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		for (const key of keysOf(item)) {
			const group = groups.get(key);
			if (group) group.push(item);
			else groups.set(key, [item]);
		}
	}
	return new Map([...groups].sort(([a], [b]) => order(a, b)));
}

/**
 * Where each piece stands, and which pieces cite each source or carry each topic: built once
 * for a list of pieces and reused by every page, so that a page's "more pieces" costs what the
 * pieces it shares something with cost, not a pass over the whole archive.
 */
interface PieceIndex {
	position: Map<string, number>;
	bySource: Map<string, number[]>;
	byTopic: Map<string, number[]>;
	sources: string[][];
}

const pieceIndex = perList((pieces: readonly ListedPiece[]): PieceIndex => {
	const sources = pieces.map((piece) => [...new Set(piece.data.claims.flatMap((claim) => claim.sources.map((source) => source.id)))]);
	const positionsBy = (keysOf: (position: number) => string[]) => {
		const map = new Map<string, number[]>();
		pieces.forEach((_, position) => {
			for (const key of keysOf(position)) {
				const list = map.get(key);
				if (list) list.push(position);
				else map.set(key, [position]);
			}
		});
		return map;
	};
	return {
		position: new Map(pieces.map((piece, position) => [piece.id, position])),
		bySource: positionsBy((position) => sources[position]!),
		byTopic: positionsBy((position) => [...new Set(pieces[position]!.data.topics)]),
		sources,
	};
});

/** The piece published just before this one, and the one just after, if any. */
export function neighbours<T extends ListedPiece>(pieces: readonly T[], id: string): { older?: T; newer?: T } {
	const index = pieceIndex(pieces).position.get(id);
	if (index === undefined) return {};
	const older = pieces[index + 1];
	const newer = index > 0 ? pieces[index - 1] : undefined;
	return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
}

/**
 * Up to `limit` other pieces that share the most with this one. A shared source counts for
 * more than a shared topic: topics are broad ("iran"), a source ties two pieces to one event.
 * Ties go to the newer piece. Pieces that share nothing are not offered.
 */
export function relatedPieces<T extends ListedPiece>(pieces: readonly T[], id: string, limit = 3): T[] {
	const index = pieceIndex(pieces);
	const self = index.position.get(id);
	if (self === undefined) return [];
	const scores = new Map<number, number>();
	const add = (positions: number[] | undefined, weight: number) => {
		for (const position of positions ?? []) if (position !== self) scores.set(position, (scores.get(position) ?? 0) + weight);
	};
	for (const topic of new Set(pieces[self]!.data.topics)) add(index.byTopic.get(topic), 1);
	for (const source of index.sources[self]!) add(index.bySource.get(source), 2);
	return [...scores]
		.sort(([a, scoreA], [b, scoreB]) => scoreB - scoreA || a - b)
		.slice(0, limit)
		.map(([position]) => pieces[position]!);
}

/** ` (page 2 of 3)` after a list's title, or nothing when the list fits one page. */
export function pageNote(page: { currentPage: number; lastPage: number }, ui: Ui = uiFor('en')): string {
	return page.lastPage > 1 ? ui.fill(ui.t.listings.pageNote, { n: page.currentPage, total: page.lastPage }) : '';
}
