import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

describe('formatDate', () => {
	it.each([
		['2022-02-14', '14 February 2022'],
		['1988-07', 'July 1988'],
		['1988', '1988'],
	])('%s → %s', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});

	it('does not move a day with the time zone of the machine', () => {
		// Calendar days are formatted in UTC; a reader west of Greenwich still sees the 14th.
		expect(new Date('2022-02-14').getUTCDate()).toBe(14);
		expect(formatDate('2022-02-14')).toBe('14 February 2022');
	});
});
