import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';

describe('parseHeadersFile', () => {
	it('reads rules, their headers, and skips comments', () => {
		const rules = parseHeadersFile('# a comment\n/*\n  X-One: 1\n  X-Two: a: b\n\n/pagefind/*\n  X-One: 2\n');
		expect(rules).toEqual([
			{
				pattern: '/*',
				headers: [
					['X-One', '1'],
					['X-Two', 'a: b'],
				],
			},
			{ pattern: '/pagefind/*', headers: [['X-One', '2']] },
		]);
		expect(Object.fromEntries(headersFor(rules, '/pagefind/pagefind.js'))).toEqual({ 'X-One': '2', 'X-Two': 'a: b' });
		expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({ 'X-One': '1', 'X-Two': 'a: b' });
	});

	it('names the line of a header outside any rule', () => {
		expect(() => parseHeadersFile('  X-One: 1\n')).toThrow(/line 1/);
	});

	it('reads the site’s own file: a strict policy on every path, with no unsafe-inline', () => {
		const headers = headersFor(parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')), '/articles/x/');
		const policy = headers.get('Content-Security-Policy') ?? '';
		expect(policy).toMatch(/default-src 'none'/);
		expect(policy).toMatch(/frame-ancestors 'none'/);
		expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
		expect(headers.get('Referrer-Policy')).toBe('no-referrer');
		expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
		// Cloudflare Pages reads at most 2,000 characters a line.
		for (const [name, value] of headers) expect(`${name}: ${value}`.length).toBeLessThan(2000);
	});
});
