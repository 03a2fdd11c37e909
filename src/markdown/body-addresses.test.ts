import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl } from './body-addresses.ts';

describe('isSafeLinkUrl', () => {
	it.each([
		['https://example.org', true],
		['#claim-x', true],
		['/articles/x/', true],
		['mailto:desk@example.org', true],
		['JAVASCRIPT:alert(1)', false],
		['\u0001javascript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['data:text/html,x', false],
	])('%j → %s', (url, safe) => {
		expect(isSafeLinkUrl(url)).toBe(safe);
	});
});
