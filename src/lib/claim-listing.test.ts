import { describe, expect, it } from 'vitest';
import { adjacentClaims, claimsByEventDate, cutAtWord, eventYear, groupByEventYear, statusCounts } from './claim-listing.ts';

const piece = (id: string, claims: { id: string; date: string | { from: string; to: string }; status?: 'corroborated' | 'disputed' }[]) => ({
	id,
	data: { published: '2024-01-01', claims: claims.map((claim) => ({ status: 'corroborated' as const, ...claim })) },
});

describe('claims across pieces', () => {
	const pieces = [
		piece('newer', [
			{ id: 'a', date: '2021-08-24' },
			{ id: 'b', date: { from: '2022-01', to: '2022-02' }, status: 'disputed' },
		]),
		piece('older', [
			{ id: 'c', date: '2022' },
			{ id: 'd', date: '2022-02-08' },
			{ id: 'e', date: '1988-07' },
		]),
	];

	it('lists every claim, the latest event first, with its number in its ledger', () => {
		const listed = claimsByEventDate(pieces);
		expect(listed.map(({ claim }) => claim.id)).toEqual(['d', 'b', 'c', 'a', 'e']);
		expect(listed.find(({ claim }) => claim.id === 'd')).toMatchObject({ number: 2, total: 3, piece: { id: 'older' } });
	});

	it('groups a page by the year of the event, a span by its start', () => {
		expect(eventYear({ from: '2021', to: '2023' })).toBe('2021');
		const groups = groupByEventYear(claimsByEventDate(pieces));
		expect(groups.map(({ year, claims }) => [year, claims.length])).toEqual([
			['2022', 3],
			['2021', 1],
			['1988', 1],
		]);
	});

	it('counts statuses in the given order, leaving out those with none', () => {
		const claims = pieces.flatMap((p) => p.data.claims);
		expect(statusCounts(claims, ['disputed', 'attributed', 'corroborated'])).toEqual([
			{ status: 'disputed', count: 1 },
			{ status: 'corroborated', count: 4 },
		]);
	});

	it('gives a claim its neighbours in the ledger', () => {
		expect(adjacentClaims(['x', 'y', 'z'], 0)).toEqual({ next: 'y' });
		expect(adjacentClaims(['x', 'y', 'z'], 1)).toEqual({ previous: 'x', next: 'z' });
		expect(adjacentClaims(['x'], 0)).toEqual({});
	});
});

describe('cutAtWord', () => {
	it('leaves a short text alone', () => {
		expect(cutAtWord('Short claim.', 110)).toBe('Short claim.');
	});

	it('cuts a long text at a word, within the length, with an ellipsis', () => {
		const text = 'Hackers gained access to prison surveillance cameras, and footage from inside Iranian prisons was leaked to the press.';
		const cut = cutAtWord(text, 60);
		expect([...cut].length).toBeLessThanOrEqual(60);
		expect(cut).toBe('Hackers gained access to prison surveillance cameras, and…');
		expect(text.startsWith(cut.slice(0, -1))).toBe(true);
	});
});
