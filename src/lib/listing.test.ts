import { describe, expect, it } from 'vitest';
import { type ListedPiece, neighbours, piecesByTopic, piecesByYear, relatedPieces } from './listing.ts';

function piece(id: string, published: string, topics: string[], sources: string[] = []): ListedPiece {
	return { id, data: { published, topics, claims: [{ sources: sources.map((source) => ({ id: source })) }] } };
}

// Newest first, as the site lists them.
const pieces = [
	piece('d', '2024-05-01', ['iran', 'economy'], ['s3']),
	piece('c', '2023-03-01', ['protests'], ['s1']),
	piece('b', '2023-01-10', ['iran', 'protests'], ['s1', 's2']),
	piece('a', '2022-02-14', ['iran'], ['s2']),
];
const ids = (list: ListedPiece[] | undefined) => list?.map((p) => p.id);

describe('piecesByTopic', () => {
	it('lists each topic once, alphabetically, with its pieces newest first', () => {
		const topics = piecesByTopic(pieces);
		expect([...topics.keys()]).toEqual(['economy', 'iran', 'protests']);
		expect(ids(topics.get('iran'))).toEqual(['d', 'b', 'a']);
	});
});

describe('piecesByYear', () => {
	it('groups by year of publication, newest year first', () => {
		const years = piecesByYear(pieces);
		expect([...years.keys()]).toEqual(['2024', '2023', '2022']);
		expect(ids(years.get('2023'))).toEqual(['c', 'b']);
	});
});

describe('neighbours', () => {
	it('gives the older and newer piece', () => {
		expect(ids(Object.values(neighbours(pieces, 'c')))).toEqual(['b', 'd']);
	});
	it('gives none past either end', () => {
		expect(neighbours(pieces, 'd').newer).toBeUndefined();
		expect(neighbours(pieces, 'a').older).toBeUndefined();
	});
});

describe('relatedPieces', () => {
	it('ranks shared sources above shared topics, and leaves out what shares nothing', () => {
		// b shares topic iran and source s2 with a; d shares only iran; c shares nothing.
		expect(ids(relatedPieces(pieces, 'a'))).toEqual(['b', 'd']);
	});
	it('breaks ties by recency and never offers the piece itself', () => {
		// c: protests + s1 = 3; d: iran = 1; a: iran + s2 = 3 → c (newer) then a, then d.
		expect(ids(relatedPieces(pieces, 'b'))).toEqual(['c', 'a', 'd']);
		expect(ids(relatedPieces(pieces, 'b', 2))).toEqual(['c', 'a']);
	});
});
