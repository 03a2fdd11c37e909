import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from './meta-policy.ts';

describe('metaContentSecurityPolicy', () => {
	it('keeps the header’s policy but the directives a <meta> cannot carry', () => {
		const file = "/*\n  Content-Security-Policy: default-src 'none'; script-src 'self'; frame-ancestors 'none'; upgrade-insecure-requests\n";
		expect(metaContentSecurityPolicy(file)).toBe("default-src 'none'; script-src 'self'; upgrade-insecure-requests");
	});

	it('refuses a headers file without a policy', () => {
		expect(() => metaContentSecurityPolicy('/*\n  X-Frame-Options: DENY\n')).toThrow(/no Content-Security-Policy/);
	});
});
