import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { isPlainHttp, withoutHttpsUpgrade } from './plain-http.ts';
import { siteOrigin } from './site-env.ts';

/** Directives a `<meta>` policy cannot carry: browsers ignore them there, and say so in the console. */
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The Content-Security-Policy of `public/_headers`, for a `<meta http-equiv>` in every page: a
 * host that sends no headers (GitHub Pages) still gets the policy, and a host that does send
 * them enforces both, which allow the same. `_headers` stays the one place the policy is written.
 * A mirror served over plain http gets it without the upgrade to https (./plain-http.ts).
 */
export function metaContentSecurityPolicy(headersFileText: string, plainHttp = false): string {
	const policy = headersFor(parseHeadersFile(headersFileText), '/').get('Content-Security-Policy');
	if (!policy) throw new Error('public/_headers gives no Content-Security-Policy for /');
	return (plainHttp ? withoutHttpsUpgrade(policy) : policy)
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.has(directive.split(/\s+/)[0]!))
		.join('; ');
}

let cached: string | undefined;
/** The site's own policy, read once per build from the project's `public/_headers`. */
export function siteMetaPolicy(): string {
	cached ??= metaContentSecurityPolicy(readFileSync(resolve(process.cwd(), 'public/_headers'), 'utf8'), isPlainHttp(siteOrigin()));
	return cached;
}
