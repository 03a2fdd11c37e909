import { hostProblem } from '../schemas/web-address.ts';

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
 * name mixing look-alike scripts. Schemes other than http(s) and mailto are refused elsewhere.
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
