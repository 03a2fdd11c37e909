/**
 * The public address of the site. `SITE_URL` and `BASE_PATH` let the same content build for
 * the main site or for a mirror under any sub-path.
 */

/** Where the site is published until the publisher sets its domain with SITE_URL. */
export const DEFAULT_SITE_URL = 'https://dossier.example';

export function siteOrigin(env: NodeJS.ProcessEnv = process.env): string {
	const value = env.SITE_URL || DEFAULT_SITE_URL;
	const url = new URL(value);
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new Error(`SITE_URL must be an http(s) address, not "${value}"`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new Error(`SITE_URL is an origin such as https://example.org; put the sub-path of "${value}" in BASE_PATH instead`);
	}
	return url.origin;
}

/** `BASE_PATH` as Astro wants it: a leading and a trailing slash, `/` by default. */
export function siteBase(env: NodeJS.ProcessEnv = process.env): string {
	const trimmed = (env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}
