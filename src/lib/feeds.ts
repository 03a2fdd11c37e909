import { type Extension, Feed, type FeedOptions, type Item } from 'feed';
import { escapeHtml, type FeedItem } from './feed-items.ts';

/** What every feed says about the site itself. */
export interface FeedChannel {
	title: string;
	/** Who Atom names as the feed's author, when not its title: the site, whatever the section. */
	author?: string;
	description: string;
	/** Absolute address of the home page. */
	homeUrl: string;
	/** Absolute address of this feed. */
	feedUrl: string;
	lang: string;
	items: FeedItem[];
}

/*
 * The three feeds are written by the `feed` package from one channel. Each format gets the
 * library's fields it reads, and nothing it would write wrongly: RSS no `id` (which would make
 * the guid a non-permalink) and no authors (RSS wants an e-mail address there), JSON Feed no
 * feed-level author (a JSON Feed 1.0 field the feed never had). Three things the library cannot
 * say are added as described where they are: RSS's `atom:updated` and JSON Feed 1.1's members
 * through its extensions, Atom's `xml:lang` by hand.
 */

/** Dates are calendar days; feeds want instants: the start of the day, UTC. */
const instant = (day: string) => new Date(`${day}T00:00:00Z`);
/** Newest change of the feed, from its items, so that two builds of one commit write the same feed. */
const feedUpdated = (channel: FeedChannel) =>
	channel.items
		.map((item) => item.updated)
		.sort()
		.at(-1) ?? '1970-01-01';

function channelOptions(channel: FeedChannel, format: 'rss' | 'atom' | 'json'): FeedOptions {
	return {
		id: channel.homeUrl,
		title: channel.title,
		description: channel.description,
		link: channel.homeUrl,
		feedLinks: { [format]: channel.feedUrl },
		language: channel.lang,
		updated: instant(feedUpdated(channel)),
		// The library's address as the generator would say nothing a reader needs, and change with it.
		generator: false,
	};
}

/** What every format takes of an item the same way. */
const itemFields = (item: FeedItem) => ({
	link: item.url,
	date: instant(item.updated),
	published: instant(item.published),
});

/**
 * The library writes HTML in CDATA sections with xml-js, which splits only the first `]]>` of a
 * section: a second would end it and break the feed. In HTML a `>` may be written `&gt;`, in text
 * as in an attribute's value, and the body's HTML has neither scripts nor styles (whose text
 * would keep the reference as written), so `]]&gt;` is the same HTML and never ends a section.
 */
const cdataSafeHtml = (html: string) => html.replaceAll(']]>', ']]&gt;');

/** Plain text in a CDATA section: it has no other way to write a `>`, so two `]]>` cannot be written. */
function cdataSafeText(text: string, what: string): string {
	if (text.split(']]>').length > 2) throw new Error(`${what}: "${text}" has "]]>" more than once, which the RSS feed cannot carry`);
	return text;
}

/**
 * RSS 2.0 has no date of change for an item: `pubDate` stays the publication, and Atom's own
 * `updated` (its namespace is declared for `atom:link` already) says when it last changed.
 */
export function rssFeed(channel: FeedChannel): string {
	const feed = new Feed(channelOptions(channel, 'rss'));
	for (const item of channel.items) {
		feed.addItem({
			...itemFields(item),
			title: cdataSafeText(item.title, item.url),
			description: cdataSafeHtml(item.summary),
			content: cdataSafeHtml(item.contentHtml),
			category: item.topics.map((name) => ({ name })),
			extensions: [{ name: 'atom:updated', objects: { _text: instant(item.updated).toISOString() } }],
		});
	}
	return `${feed.rss2()}\n`;
}

/**
 * The library writes Atom's title and summary as HTML (`type="html"`): the plain text of the
 * frontmatter goes in escaped, so that a reader shows it as written.
 */
export function atomFeed(channel: FeedChannel): string {
	const feed = new Feed({ ...channelOptions(channel, 'atom'), author: { name: channel.author ?? channel.title } });
	for (const item of channel.items) {
		feed.addItem({
			...itemFields(item),
			id: item.url,
			title: escapeHtml(item.title),
			description: escapeHtml(item.summary),
			content: cdataSafeHtml(item.contentHtml),
			author: item.authors.map((name) => ({ name })),
			category: item.topics.map((term) => ({ term })),
		});
	}
	return `${withLanguages(
		feed.atom1(),
		channel.lang,
		channel.items.map((item) => item.lang),
	)}\n`;
}

const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">';
const ATOM_CONTENT = '<content type="html">';

/**
 * Atom says a language with `xml:lang`, which the library does not write, on the feed or anywhere
 * (jpmonette/feed#196), and its Atom has no extensions. So it is added here: on the root, the
 * channel's language, and on each entry's content, the piece's own (a Persian piece in an English
 * feed). Outside its CDATA sections (which end at the first `]]>`) the library writes nothing but
 * tags, so the tags are found there, never in a title or a body; and every entry must have had
 * its content found, or the feed is not written.
 */
function withLanguages(atom: string, feedLang: string, itemLangs: readonly string[]): string {
	let root = 0;
	let content = 0;
	const written = atom
		.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
		.map((part, index) =>
			index % 2 === 1
				? part
				: part
						.replace(ATOM_ROOT, (tag) => {
							root += 1;
							return `${tag.slice(0, -1)} xml:lang="${escapeHtml(feedLang)}">`;
						})
						.replaceAll(ATOM_CONTENT, (tag) => {
							const lang = itemLangs[content++] ?? feedLang;
							return `${tag.slice(0, -1)} xml:lang="${escapeHtml(lang)}">`;
						}),
		)
		.join('');
	if (root !== 1 || content !== itemLangs.length) {
		throw new Error(`the Atom feed's languages: found ${root} root and ${content} content element(s) for ${itemLangs.length} entries`);
	}
	return written;
}

/**
 * The library writes JSON Feed 1.0, where 1.1 (https://www.jsonfeed.org/version/1.1/) has an
 * item's `authors` and the `language` of the feed and of each item (jpmonette/feed#246). Its
 * extensions are set as members as given, after its own, whatever their value (the type says an
 * object): they write those, and the version.
 */
const jsonMember = (name: string, value: unknown): Extension => ({ name, objects: value as Extension['objects'] });

/** JSON Feed 1.1. */
export function jsonFeed(channel: FeedChannel): string {
	const feed = new Feed(channelOptions(channel, 'json'));
	feed.addExtension(jsonMember('version', 'https://jsonfeed.org/version/1.1'));
	feed.addExtension(jsonMember('language', channel.lang));
	for (const item of channel.items) {
		const entry: Item = {
			...itemFields(item),
			id: item.url,
			title: item.title,
			description: item.summary,
			content: item.contentHtml,
			category: item.topics.map((name) => ({ name })),
			extensions: [
				jsonMember('language', item.lang),
				...(item.authors.length > 0
					? [
							jsonMember(
								'authors',
								item.authors.map((name) => ({ name })),
							),
						]
					: []),
			],
		};
		feed.addItem(entry);
	}
	return `${feed.json1()}\n`;
}
