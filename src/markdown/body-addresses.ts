import { hostProblem } from '../schemas/web-address.ts';

/** Schemes a link in the body may use. Anything else (`javascript:`, `data:`, `vbscript:`) is refused. */
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of a URL as a browser would read it: browsers skip leading spaces and drop tabs
 * and newlines anywhere, so `java\tscript:` is still `javascript:`.
 */
export function urlScheme(url: string): string | undefined {
	// Browsers ignore control characters and spaces in a scheme (`java\tscript:`): so does this.
	// eslint-disable-next-line no-control-regex -- control characters are what it removes
	const squeezed = url.replace(/[\u0000-\u0020]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

export function isSafeLinkUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || SAFE_LINK_SCHEMES.has(scheme);
}

/**
 * Whether the browser would fetch this from another server: any scheme, or `//host/…`. Pages
 * load nothing from elsewhere (a reader's visit must not reach a third party), so images and
 * other resources in a piece are files of the site itself.
 */
export function isRemoteResource(url: string): boolean {
	return urlScheme(url) !== undefined || /^[\s/\\]*[/\\]{2}/.test(url);
}

/**
 * An address of the site a relative link is read against. Any address would do: what matters is
 * that the link is read exactly as the feeds read it later (`new URL(href, pageUrl)`), so what
 * the check accepts the feed writer can make absolute.
 */
const SOME_PAGE = 'https://dossier.invalid/articles/a-piece/';

/**
 * What is wrong with an address written in a body (a link, an image, an href or src of raw HTML),
 * said for the editor; `undefined` when it is fine. Each is parsed once, here, by the WHATWG URL
 * parser, so that an address no browser could open (`https://example.com:99999/`) is refused
 * with its line instead of crashing the build later. A link to another site is held to the
 * rules of a source's address: no user name or password, no local or private host, no host
 * name mixing look-alike scripts. Schemes other than http(s) and mailto are refused by
 * isSafeLinkUrl, not here.
 */
export function bodyAddressProblem(address: string): string | undefined {
	let url: URL;
	try {
		url = new URL(address, SOME_PAGE);
	} catch {
		return 'is not an address a browser can open (check the host name, and the port after ":" if there is one): copy it again from the browser';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	if (url.origin === new URL(SOME_PAGE).origin && !url.username && !url.password) return undefined;
	return hostProblem(url);
}
