import { en, type Dictionary } from '../i18n/en.ts';

/** A place a reader can send a link to, by a plain address: no widget, no script of theirs. */
export interface ShareLink {
	label: string;
	href: string;
}

/**
 * The share addresses of a page. Each network documents these; opening one only happens when a
 * reader follows the link, so the page itself makes no request to any of them.
 */
export function shareLinks(url: string, title: string, names: Dictionary['share']['networks'] = en.share.networks): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(title);
	return [
		{ label: names.email, href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}` },
		{ label: names.telegram, href: `https://t.me/share/url?url=${u}&text=${t}` },
		{ label: names.whatsapp, href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
		{ label: names.x, href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
		{ label: names.facebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
	];
}
