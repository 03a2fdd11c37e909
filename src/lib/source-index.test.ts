import { describe, expect, it } from 'vitest';
import { citationsBySource } from './source-index.ts';

const piece = (id: string, claims: [string, string[]][]) => ({
	id,
	data: { published: '2022-01-01', topics: ['iran'], claims: claims.map(([claimId, sources]) => ({ id: claimId, sources: sources.map((s) => ({ id: s })) })) },
});

describe('citationsBySource', () => {
	const index = citationsBySource([
		piece('newer', [
			['x', ['s1']],
			['y', ['s1', 's2']],
		]),
		piece('older', [['z', ['s2']]]),
		// An unverified claim cites nothing: it adds no source.
		piece('oldest', [['w', []]]),
	]);

	it('lists the claims of each piece that cite a source, by their number in the ledger', () => {
		expect(index.get('s1')).toEqual([
			{
				piece: expect.objectContaining({ id: 'newer' }),
				claims: [
					{ id: 'x', number: 1 },
					{ id: 'y', number: 2 },
				],
			},
		]);
	});

	it('lists every citing piece, newest first', () => {
		expect(index.get('s2')?.map((citation) => [citation.piece.id, citation.claims.map((claim) => claim.number)])).toEqual([
			['newer', [2]],
			['older', [1]],
		]);
	});

	it('has an entry for each cited source and no other, and none for a piece that cites nothing', () => {
		expect([...index.keys()]).toEqual(['s1', 's2']);
		expect([...index.values()].flat().map((citation) => citation.piece.id)).not.toContain('oldest');
	});
});
