import type { APIContext } from 'astro';
import { getPublishedArticles } from './articles.ts';
import { feedItem } from './feed-items.ts';
import type { FeedChannel } from './feeds.ts';
import { SITE_NAME, SITE_DESCRIPTION } from './labels.ts';
import { absoluteUrl, sitePath } from './urls.ts';

/** The feeds' shared channel: every published piece, newest first, in full. */
export async function siteChannel(context: APIContext, feedPath: string): Promise<FeedChannel> {
	const articles = await getPublishedArticles();
	return {
		title: SITE_NAME,
		description: SITE_DESCRIPTION,
		homeUrl: absoluteUrl(sitePath(), context.site),
		feedUrl: absoluteUrl(sitePath(feedPath), context.site),
		lang: 'en',
		items: articles.map((article) => feedItem(article, context.site)),
	};
}

export const FEEDS = [
	{ path: 'rss.xml', type: 'application/rss+xml', title: `${SITE_NAME} (RSS)`, label: 'RSS feed' },
	{ path: 'atom.xml', type: 'application/atom+xml', title: `${SITE_NAME} (Atom)`, label: 'Atom feed' },
	{ path: 'feed.json', type: 'application/feed+json', title: `${SITE_NAME} (JSON Feed)`, label: 'JSON Feed' },
] as const;
