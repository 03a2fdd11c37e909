import type { ArticleEntry } from './articles.ts';
import { lastChanged } from './last-changed.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/** One piece as every feed format needs it: absolute addresses, full HTML, the dates that matter. */
export interface FeedItem {
	url: string;
	title: string;
	summary: string;
	/** The body as published, with every link made absolute so it works in a feed reader. */
	contentHtml: string;
	published: string;
	/** The last change readers should hear about: an update or a correction, else publication. */
	updated: string;
	topics: string[];
	authors: string[];
	lang: string;
}

/** Links in the body are relative (`#claim-x`, `/articles/…`); a feed reader needs them whole. */
export function absoluteLinks(html: string, pageUrl: string): string {
	return html.replace(/\b(href|src)="([^"]*)"/g, (_, attribute: string, value: string) => `${attribute}="${new URL(value, pageUrl).href}"`);
}

export function feedItem(article: ArticleEntry, site: URL | undefined): FeedItem {
	const url = absoluteUrl(articlePath(article.id), site);
	const { data } = article;
	const ledgerNote = `<p><a href="${url}#ledger">The claims in this piece, with their sources</a></p>`;
	return {
		url,
		title: data.title,
		summary: data.dek,
		contentHtml: absoluteLinks(article.rendered?.html ?? '', url) + ledgerNote,
		published: data.published,
		updated: lastChanged(data),
		topics: data.topics,
		authors: data.authors,
		lang: data.lang,
	};
}
