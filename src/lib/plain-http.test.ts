import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { headersFileForPlainHttp, isPlainHttp, withoutHttpsUpgrade } from './plain-http.ts';

const SITE_HEADERS = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');

describe('a plain-http mirror', () => {
	it('is one whose SITE_URL is http', () => {
		expect(isPlainHttp('http://abcdefghijklmnop.onion')).toBe(true);
		expect(isPlainHttp('https://dossier.example')).toBe(false);
	});

	it('gets the site’s headers without HSTS, COOP and upgrade-insecure-requests, and nothing else changed', () => {
		const https = headersFor(parseHeadersFile(SITE_HEADERS), '/articles/x/');
		const http = headersFor(parseHeadersFile(headersFileForPlainHttp(SITE_HEADERS)), '/articles/x/');
		// The site's file has both: else this test would pass on a file that never had them.
		expect(https.get('Strict-Transport-Security')).toMatch(/max-age/);
		expect(https.get('Cross-Origin-Opener-Policy')).toBe('same-origin');
		expect(https.get('Content-Security-Policy')).toContain('upgrade-insecure-requests');
		expect(http.has('Strict-Transport-Security')).toBe(false);
		expect(http.has('Cross-Origin-Opener-Policy')).toBe(false);
		expect(http.get('Content-Security-Policy')).not.toContain('upgrade-insecure-requests');
		expect(http.get('Content-Security-Policy')).toBe(withoutHttpsUpgrade(https.get('Content-Security-Policy')!));
		https.delete('Strict-Transport-Security');
		https.delete('Cross-Origin-Opener-Policy');
		https.delete('Content-Security-Policy');
		http.delete('Content-Security-Policy');
		expect(http).toEqual(https);
	});

	it('keeps every other directive of a policy, in order', () => {
		expect(withoutHttpsUpgrade("default-src 'none'; upgrade-insecure-requests; img-src 'self'")).toBe("default-src 'none'; img-src 'self'");
	});
});
