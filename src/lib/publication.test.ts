import { describe, expect, it } from 'vitest';
import { isPublished } from './publication.ts';

describe('isPublished', () => {
	const now = new Date('2026-11-25T23:30:00Z');
	it('publishes a piece dated on or before the build’s day, never a draft', () => {
		expect(isPublished({ draft: false, published: '2022-02-14' }, now)).toBe(true);
		expect(isPublished({ draft: false, published: '2026-11-25' }, now)).toBe(true);
		expect(isPublished({ draft: true, published: '2022-02-14' }, now)).toBe(false);
	});
	it('holds back a piece dated after the build’s day until a build on that day', () => {
		expect(isPublished({ draft: false, published: '2026-11-26' }, now)).toBe(false);
		expect(isPublished({ draft: false, published: '2026-11-26' }, new Date('2026-11-26T00:00:00Z'))).toBe(true);
	});
});
