import { describe, expect, it, vi } from 'vitest';
import { buildDate, formatDate, formatJalaliDate, wantsJalaliDates, yearsSince } from './dates.ts';

describe('formatDate', () => {
	it.each([
		['2022-02-14', '14 February 2022'],
		['1988-07', 'July 1988'],
		['1988', '1988'],
	])('%s → %s', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});

	it('does not move a day with the time zone of the machine', async () => {
		// Calendar days are formatted in UTC: built on a machine west of Greenwich, the 14th is still the 14th.
		// The module is loaded afresh under that zone, since its formats are made when it loads.
		const zone = process.env.TZ;
		process.env.TZ = 'America/Los_Angeles';
		try {
			vi.resetModules();
			const dates = await import('./dates.ts');
			// The zone is in effect: there, midnight UTC on the 14th is still the 13th.
			expect(new Date('2022-02-14').getDate()).toBe(13);
			expect(dates.formatDate('2022-02-14')).toBe('14 February 2022');
			expect(dates.formatDate('1988-07')).toBe('July 1988');
			expect(dates.formatJalaliDate('2022-02-14')).toBe('25 Bahman 1400 AP');
		} finally {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
			vi.resetModules();
		}
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
