import type { APIContext } from 'astro';
import type { UiLanguage } from '../i18n/languages.ts';
import { sectionPieces } from '../i18n/sections.ts';

import { type Ui, uiFor } from '../i18n/ui.ts';
import { type ArticleEntry, getPublishedArticles } from './articles.ts';
import { type FeedItem, feedItem } from './feed-items.ts';
import { perList } from './per-list.ts';
import type { FeedChannel } from './feeds.ts';
import { SITE_NAME } from './labels.ts';
import { absoluteUrl, sectionPath } from './urls.ts';

/**
 * A section's feed channel, newest first, in full: the English feeds carry every published piece,
 * another language's (under `/fa/`) the pieces in that language.
 */
export async function siteChannel(context: APIContext, feedPath: string, lang: UiLanguage = 'en'): Promise<FeedChannel> {
	const ui = uiFor(lang);
	return {
		title: ui.fill(ui.t.feeds.channel, { name: SITE_NAME }),
		author: SITE_NAME,
		description: ui.t.site.description,
		homeUrl: absoluteUrl(sectionPath(lang), context.site),
		feedUrl: absoluteUrl(sectionPath(lang, feedPath), context.site),
		lang,
		items: await feedItems(ui, context.site),
	};
}

/** A section's items, made once for its three feeds: each item parses its piece's body. */
const itemsOfPieces = perList<ArticleEntry[], Map<string, FeedItem[]>>(() => new Map());
async function feedItems(ui: Ui, site: URL | undefined): Promise<FeedItem[]> {
	const made = itemsOfPieces(await getPublishedArticles());
	const key = `${ui.lang} ${site?.href ?? ''}`;
	let items = made.get(key);
	if (!items) {
		items = (await sectionPieces(ui.lang)).map((article) => feedItem(article, site, ui));
		made.set(key, items);
	}
	return items;
}

const FEED_FORMATS = [
	{ path: 'rss.xml', type: 'application/rss+xml', words: 'rss' },
	{ path: 'atom.xml', type: 'application/atom+xml', words: 'atom' },
	{ path: 'feed.json', type: 'application/feed+json', words: 'json' },
] as const;

/** The feeds of a section, as its pages link them: address, type, title and the words of the link. */
export function feedsOf(ui: Ui): { path: string; type: string; title: string; label: string }[] {
	return FEED_FORMATS.map(({ path, type, words }) => ({
		path: sectionPath(ui.lang, path),
		type,
		title: ui.fill(ui.t.feeds[words].title, { name: SITE_NAME }),
		label: ui.t.feeds[words].label,
	}));
}
