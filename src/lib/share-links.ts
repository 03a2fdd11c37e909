/** A place a reader can send a link to, by a plain address: no widget, no script of theirs. */
export interface ShareLink {
	label: string;
	href: string;
}

/**
 * The share addresses of a page. Each network documents these; opening one only happens when a
 * reader follows the link, so the page itself makes no request to any of them.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(title);
	return [
		{ label: 'Email', href: `mailto:?subject=${t}&body=${encodeURIComponent(`${title}\n${url}`)}` },
		{ label: 'Telegram', href: `https://t.me/share/url?url=${u}&text=${t}` },
		{ label: 'WhatsApp', href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}` },
		{ label: 'X', href: `https://x.com/intent/tweet?url=${u}&text=${t}` },
		{ label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
	];
}
