import { describe, expect, it } from 'vitest';
import { buildDate, formatDate, formatJalaliDate, wantsJalaliDates, yearsSince } from './dates.ts';

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

describe('formatJalaliDate', () => {
	it('gives a full date in the Persian calendar, in English or in Persian', () => {
		// 14 February 2022 was 25 Bahman 1400; Nowruz 1401 fell on 21 March 2022.
		expect(formatJalaliDate('2022-02-14')).toBe('25 Bahman 1400 AP');
		expect(formatJalaliDate('2022-03-21')).toBe('1 Farvardin 1401 AP');
		expect(formatJalaliDate('2022-02-14', 'fa')).toBe('۲۵ بهمن ۱۴۰۰');
	});

	it('gives none for a month or a year alone', () => {
		expect(formatJalaliDate('1988-07')).toBeUndefined();
		expect(formatJalaliDate('1988')).toBeUndefined();
	});

	it('is wanted for pieces in Persian or about Iran', () => {
		expect(wantsJalaliDates({ lang: 'fa', topics: ['economy'] })).toBe(true);
		expect(wantsJalaliDates({ lang: 'en', topics: ['iran', 'protests'] })).toBe(true);
		expect(wantsJalaliDates({ lang: 'en', topics: ['energy'] })).toBe(false);
	});
});

describe('yearsSince', () => {
	const now = new Date(Date.UTC(2026, 10, 25));
	it.each([
		['2022-02-14', 4],
		['2025-11-25', 1],
		['2025-11-26', 0],
		['2026-01-01', 0],
	])('from %s to 25 November 2026: %i', (iso, years) => {
		expect(yearsSince(iso, now)).toBe(years);
	});
});

describe('buildDate', () => {
	it('takes SOURCE_DATE_EPOCH when set, so a rebuild gives the same pages', () => {
		expect(buildDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
		expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(5000);
	});
});
