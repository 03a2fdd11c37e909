import { describe, expect, it } from 'vitest';
import { startOfTodayUtc } from './build-clock.ts';

describe('the build clock', () => {
	it('is the start of the day, UTC, all day long', () => {
		const midnight = Date.UTC(2026, 11, 1) / 1000;
		expect(startOfTodayUtc(Date.UTC(2026, 11, 1, 0, 0, 0))).toBe(String(midnight));
		expect(startOfTodayUtc(Date.UTC(2026, 11, 1, 23, 59, 59, 999))).toBe(String(midnight));
		expect(startOfTodayUtc(Date.UTC(2026, 11, 2))).toBe(String(midnight + 86_400));
	});
});
