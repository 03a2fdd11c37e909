import { describe, expect, it } from 'vitest';
import { stateFromUrl, urlFromState } from './search-state.ts';

describe('search state in the URL', () => {
	it('reads words, filters and order', () => {
		expect(stateFromUrl('?q=cyber+attack&kind=Opinion&topic=iran&topic=protests&sort=newest&other=x')).toEqual({
			query: 'cyber attack',
			filters: { kind: ['Opinion'], topic: ['iran', 'protests'] },
			sort: 'newest',
		});
	});

	it('round-trips, hostile text included', () => {
		const state = { query: '<img src=x onerror=alert(1)> "a" (b) \\ [c]* ?', filters: { status: ['Disputed'] }, sort: 'relevance' as const };
		expect(stateFromUrl(urlFromState(state))).toEqual(state);
	});

	it('writes nothing for an empty search and ignores an unknown order', () => {
		expect(urlFromState(stateFromUrl('?sort=oldest'))).toBe('');
	});
});
