import { describe, expect, it } from 'vitest';
import { lastChanged } from './last-changed.ts';

describe('lastChanged', () => {
	const piece = { published: '2022-02-14', corrections: [], claims: [{ history: [] }] };

	it('is the publication of a piece never changed', () => {
		expect(lastChanged(piece)).toBe('2022-02-14');
	});

	it('follows the latest update, correction or re-assessment of a claim', () => {
		expect(lastChanged({ ...piece, updated: '2023-01-01', corrections: [{ date: '2023-06-01' }] })).toBe('2023-06-01');
		const reassessed = {
			...piece,
			updated: '2023-01-01',
			corrections: [{ date: '2023-06-01' }],
			claims: [{ history: [] }, { history: [{ date: '2023-02-01' }, { date: '2024-03-05' }] }],
		};
		expect(lastChanged(reassessed)).toBe('2024-03-05');
	});
});
