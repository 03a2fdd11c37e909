import type { FeedItem } from './feed-items.ts';

/** What every feed says about the site itself. */
export interface FeedChannel {
	title: string;
	description: string;
	/** Absolute address of the home page. */
	homeUrl: string;
	/** Absolute address of this feed. */
	feedUrl: string;
	lang: string;
	items: FeedItem[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** HTML inside XML, as CDATA; a `]]>` in the content is split so it cannot end the section. */
const cdata = (html: string) => `<![CDATA[${html.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
/** Dates are calendar days; feeds want instants: the start of the day, UTC. */
const instant = (day: string) => `${day}T00:00:00Z`;
const rfc822 = (day: string) => new Date(instant(day)).toUTCString();
/** Newest change of the feed, from its items, so that two builds of one commit write the same feed. */
const feedUpdated = (channel: FeedChannel) =>
	channel.items
		.map((item) => item.updated)
		.sort()
		.at(-1) ?? '1970-01-01';

/**
 * RSS 2.0 has no date of change for an item: `pubDate` stays the publication, and Atom's own
 * `updated` (its namespace is declared for `atom:link` already) says when it last changed.
 */
export function rssFeed(channel: FeedChannel): string {
	const items = channel.items.map(
		(item) => `<item>
<title>${escapeXml(item.title)}</title>
<link>${escapeXml(item.url)}</link>
<guid isPermaLink="true">${escapeXml(item.url)}</guid>
<pubDate>${rfc822(item.published)}</pubDate>
<atom:updated>${instant(item.updated)}</atom:updated>
<description>${escapeXml(item.summary)}</description>
<content:encoded>${cdata(item.contentHtml)}</content:encoded>
${item.topics.map((topic) => `<category>${escapeXml(topic)}</category>`).join('\n')}
</item>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${escapeXml(channel.title)}</title>
<link>${escapeXml(channel.homeUrl)}</link>
<description>${escapeXml(channel.description)}</description>
<language>${escapeXml(channel.lang)}</language>
<lastBuildDate>${rfc822(feedUpdated(channel))}</lastBuildDate>
<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
</channel>
</rss>
`;
}

export function atomFeed(channel: FeedChannel): string {
	const entries = channel.items.map(
		(item) => `<entry>
<id>${escapeXml(item.url)}</id>
<title>${escapeXml(item.title)}</title>
<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>
<published>${instant(item.published)}</published>
<updated>${instant(item.updated)}</updated>
${item.authors.map((name) => `<author><name>${escapeXml(name)}</name></author>`).join('\n')}
<summary>${escapeXml(item.summary)}</summary>
<content type="html" xml:lang="${escapeXml(item.lang)}">${escapeXml(item.contentHtml)}</content>
${item.topics.map((topic) => `<category term="${escapeXml(topic)}"/>`).join('\n')}
</entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(channel.lang)}">
<id>${escapeXml(channel.homeUrl)}</id>
<title>${escapeXml(channel.title)}</title>
<subtitle>${escapeXml(channel.description)}</subtitle>
<updated>${instant(feedUpdated(channel))}</updated>
<author><name>${escapeXml(channel.title)}</name></author>
<link rel="self" type="application/atom+xml" href="${escapeXml(channel.feedUrl)}"/>
<link rel="alternate" type="text/html" href="${escapeXml(channel.homeUrl)}"/>
${entries.join('\n')}
</feed>
`;
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(channel: FeedChannel): string {
	return `${JSON.stringify(
		{
			version: 'https://jsonfeed.org/version/1.1',
			title: channel.title,
			description: channel.description,
			home_page_url: channel.homeUrl,
			feed_url: channel.feedUrl,
			language: channel.lang,
			items: channel.items.map((item) => ({
				id: item.url,
				url: item.url,
				title: item.title,
				summary: item.summary,
				content_html: item.contentHtml,
				date_published: instant(item.published),
				date_modified: instant(item.updated),
				tags: item.topics,
				language: item.lang,
				...(item.authors.length > 0 && { authors: item.authors.map((name) => ({ name })) }),
			})),
		},
		null,
		2,
	)}\n`;
}
