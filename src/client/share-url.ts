/** How long a copy button says "Copied". */
export const COPY_FEEDBACK_MS = 2000;

/**
 * The link to share from the page at `href`: its address without the query (a search's
 * `?highlight=` is the sharer's, not the recipient's) and with `anchor`, or none.
 */
export function linkTo(href: string, anchor: string): string {
	const url = new URL(href);
	url.search = '';
	url.hash = anchor ? `#${anchor}` : '';
	return url.href;
}
