import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteBase, siteOrigin } from './site-env.ts';

describe('siteOrigin', () => {
	it('defaults to the production origin and keeps only the origin of SITE_URL', () => {
		expect(siteOrigin({})).toBe(DEFAULT_SITE_URL);
		expect(siteOrigin({ SITE_URL: 'https://mirror.example.net/' })).toBe('https://mirror.example.net');
	});
	it('refuses a path in SITE_URL rather than drop it: the sub-path belongs in BASE_PATH', () => {
		expect(() => siteOrigin({ SITE_URL: 'https://mirror.example.net/some/path' })).toThrow(/BASE_PATH/);
	});
	it('refuses an address that is not http(s)', () => {
		expect(() => siteOrigin({ SITE_URL: 'javascript:alert(1)' })).toThrow(/http\(s\)/);
	});
});

describe('siteBase', () => {
	it.each([
		[undefined, '/'],
		['/', '/'],
		['mirror', '/mirror/'],
		['/any/sub/', '/any/sub/'],
		['//any/sub//', '/any/sub/'],
	])('BASE_PATH=%j → %j', (value, base) => {
		expect(siteBase(value === undefined ? {} : { BASE_PATH: value })).toBe(base);
	});
});
