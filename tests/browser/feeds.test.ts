import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { MIRROR_BASE, MIRROR_ORIGIN } from './global-setup.ts';

const { open, origin } = useBrowser();
const PIECE = 'https://dossier.example/articles/khamenei-combined-offensive/';

/** An instant, whatever the form it is written in. */
const instant = (date: string | null | undefined) => (date ? new Date(date).toISOString() : date);

/**
 * The three feeds of a site, each parsed as a feed reader parses it (XML by the browser's strict
 * parser), as one list of items with the fields every format carries, and the channel's own.
 */
async function readFeeds(page: Page, feedsRoot: string) {
	const read = async (path: string) => (await fetch(`${feedsRoot}/${path}`)).text();
	const [rss, atom, json] = await Promise.all([read('rss.xml'), read('atom.xml'), read('feed.json')]);
	const xml = await page.evaluate(
		([rssSource, atomSource]) => {
			const ATOM = 'http://www.w3.org/2005/Atom';
			const parse = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
			const children = (element: Element, name: string, ns: string | null = element.namespaceURI) =>
				[...element.children].filter((child) => child.localName === name && child.namespaceURI === ns);
			const text = (element: Element, name: string, ns?: string | null) => children(element, name, ns)[0]?.textContent ?? null;
			/** An Atom text construct as a reader shows it: html-typed text is decoded, and must hold no element. */
			const atomText = (element: Element, name: string) => {
				const construct = children(element, name)[0];
				if (construct?.getAttribute('type') !== 'html') return construct?.textContent ?? null;
				const body = new DOMParser().parseFromString(construct.textContent, 'text/html').body;
				return body.children.length === 0 ? body.textContent : `markup: ${body.innerHTML}`;
			};
			const rssDoc = parse(rssSource);
			const atomDoc = parse(atomSource);
			const channel = rssDoc.documentElement.querySelector('channel')!;
			const feed = atomDoc.documentElement;
			return {
				errors: [rssDoc, atomDoc].map((doc) => doc.querySelector('parsererror')?.textContent ?? null),
				rss: {
					title: text(channel, 'title'),
					home: text(channel, 'link'),
					description: text(channel, 'description'),
					language: text(channel, 'language'),
					updated: text(channel, 'lastBuildDate'),
					self: children(channel, 'link', ATOM).map((link) => [link.getAttribute('rel'), link.getAttribute('href'), link.getAttribute('type')]),
					items: [...channel.querySelectorAll('item')].map((item) => ({
						id: text(item, 'guid'),
						permalink: children(item, 'guid')[0]?.getAttribute('isPermaLink'),
						url: text(item, 'link'),
						title: text(item, 'title'),
						summary: text(item, 'description'),
						content: text(item, 'encoded', 'http://purl.org/rss/1.0/modules/content/'),
						published: text(item, 'pubDate'),
						updated: text(item, 'updated', ATOM),
						topics: children(item, 'category').map((category) => category.textContent),
					})),
				},
				atom: {
					lang: feed.getAttribute('xml:lang'),
					id: text(feed, 'id'),
					title: atomText(feed, 'title'),
					description: atomText(feed, 'subtitle'),
					updated: text(feed, 'updated'),
					author: children(feed, 'author').map((author) => text(author, 'name')),
					links: children(feed, 'link').map((link) => [link.getAttribute('rel') ?? 'alternate', link.getAttribute('href')]),
					items: children(feed, 'entry').map((entry) => ({
						id: text(entry, 'id'),
						url: children(entry, 'link')
							.find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate')
							?.getAttribute('href'),
						title: atomText(entry, 'title'),
						summary: atomText(entry, 'summary'),
						content: text(entry, 'content'),
						contentType: children(entry, 'content')[0]?.getAttribute('type'),
						lang: children(entry, 'content')[0]?.getAttribute('xml:lang'),
						published: text(entry, 'published'),
						updated: text(entry, 'updated'),
						topics: children(entry, 'category').map((category) => category.getAttribute('term')),
						authors: children(entry, 'author').map((author) => text(author, 'name')),
					})),
				},
			};
		},
		[rss, atom] as const,
	);
	return { ...xml, json: JSON.parse(json) };
}

interface JsonFeedItem {
	id: string;
	url: string;
	title: string;
	summary: string;
	content_html: string;
	date_published: string;
	date_modified: string;
	tags: string[];
	language: string;
	authors?: { name: string }[];
}

/** The fields every format carries of each item, read from each, to be compared. */
function sharedFields({ rss, atom, json }: Awaited<ReturnType<typeof readFeeds>>) {
	return {
		rss: rss.items.map((item) => ({ ...item, permalink: undefined, published: instant(item.published), updated: instant(item.updated) })),
		atom: atom.items.map((item) => ({
			id: item.id,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content: item.content,
			published: instant(item.published),
			updated: instant(item.updated),
			topics: item.topics,
		})),
		json: (json.items as JsonFeedItem[]).map((item) => ({
			id: item.id,
			url: item.url,
			title: item.title,
			summary: item.summary,
			content: item.content_html,
			published: instant(item.date_published),
			updated: instant(item.date_modified),
			topics: item.tags,
		})),
	};
}

describe('the feeds', () => {
	it.each(['rss.xml', 'atom.xml'])('%s parses and carries the piece in full, with absolute links', async (path) => {
		const response = await fetch(`${origin}/${path}`);
		expect(response.headers.get('content-type')).toMatch(/xml/);
		const { page } = await open('/');
		const parsed = await page.evaluate(
			(xml) => {
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				const item = doc.querySelector('item, entry');
				const content = item?.querySelector('encoded, content')?.textContent ?? '';
				return {
					error: doc.querySelector('parsererror')?.textContent ?? null,
					link: item?.querySelector('link')?.textContent || item?.querySelector('link')?.getAttribute('href'),
					updated: item?.querySelector('updated')?.textContent ?? null,
					markers: [...new DOMParser().parseFromString(content, 'text/html').querySelectorAll('a.claim-mark')].map((a) => a.getAttribute('href')),
				};
			},
			await response.text(),
		);
		expect(parsed.error).toBeNull();
		expect(parsed.link).toBe(PIECE);
		expect(parsed.markers).toHaveLength(16);
		expect(parsed.markers.every((href) => href?.startsWith(`${PIECE}#claim-`))).toBe(true);
		if (path === 'atom.xml') expect(instant(parsed.updated)).toBe('2026-11-25T00:00:00.000Z');
	});

	it('feed.json is a JSON Feed 1.1 whose dates follow the corrections', async () => {
		const feed = await (await fetch(`${origin}/feed.json`)).json();
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items[0]).toMatchObject({ url: PIECE });
		expect(instant(feed.items[0].date_published)).toBe('2022-02-14T00:00:00.000Z');
		expect(instant(feed.items[0].date_modified)).toBe('2026-11-25T00:00:00.000Z');
		expect(feed.items[0].content_html).toContain(`href="${PIECE}#claim-irib-hack"`);
	});

	const ENGLISH = { title: 'Dossier', language: 'en', ledgerLink: 'The claims in this piece, with their sources' };
	const PERSIAN = { title: 'Dossier به فارسی', language: 'fa', ledgerLink: 'ادعاهای این نوشته، با منابعشان' };
	it.each([
		['real', () => origin, 'https://dossier.example/', 1, ENGLISH],
		['search fixture', () => inject('searchSiteOrigin'), 'https://dossier.example/', 5, ENGLISH],
		['search fixture’s Persian section', () => `${inject('searchSiteOrigin')}/fa`, 'https://dossier.example/fa/', 1, PERSIAN],
		['mirror', () => `${inject('mirrorOrigin')}${MIRROR_BASE.replace(/\/$/, '')}`, `${MIRROR_ORIGIN}${MIRROR_BASE}`, 5, ENGLISH],
	] as const)(
		'the %s site’s three feeds parse and carry the same items, in the same order, with the same fields',
		async (_site, feedsRoot, home, count, words) => {
			const { page } = await open('/');
			const feeds = await readFeeds(page, feedsRoot());
			expect(feeds.errors).toEqual([null, null]);
			const { rss, atom, json } = feeds;
			const shared = sharedFields(feeds);
			expect(shared.rss).toHaveLength(count);
			expect(shared.atom).toEqual(shared.rss);
			expect(shared.json).toEqual(shared.rss);
			for (const item of shared.rss) {
				expect(item.id).toBe(item.url);
				// Pieces have one address whatever the section listing them.
				expect(item.url?.startsWith(home.replace(/fa\/$/, ''))).toBe(true);
				expect(item.content).toContain(`<a href="${item.url}#ledger">${words.ledgerLink}</a>`);
				expect(new Date(item.updated!).getTime()).toBeGreaterThanOrEqual(new Date(item.published!).getTime());
			}
			expect(rss.items.map((item) => item.permalink)).toEqual(rss.items.map(() => 'true'));
			// Newest first, as the site lists them.
			const published = shared.rss.map((item) => item.published!);
			expect(published).toEqual([...published].sort().reverse());
			// The fields only Atom and JSON Feed carry.
			expect(atom.items.map((item) => item.authors)).toEqual((json.items as JsonFeedItem[]).map((item) => (item.authors ?? []).map((author) => author.name)));
			expect(atom.items.map((item) => item.lang)).toEqual((json.items as JsonFeedItem[]).map((item) => item.language));
			expect(atom.items.map((item) => item.contentType)).toEqual(atom.items.map(() => 'html'));
			// The channel, the same in each.
			const channel = {
				title: words.title,
				home,
				updated: instant(
					shared.rss
						.map((item) => item.updated!)
						.sort()
						.at(-1),
				),
				language: words.language,
			};
			expect({ title: rss.title, home: rss.home, updated: instant(rss.updated), language: rss.language }).toEqual(channel);
			expect({ title: atom.title, home: atom.id, updated: instant(atom.updated), language: atom.lang }).toEqual(channel);
			expect({ title: json.title, home: json.home_page_url, updated: channel.updated, language: json.language }).toEqual(channel);
			expect(atom.description).toBe(rss.description);
			expect(json.description).toBe(rss.description);
			expect(atom.author).toEqual(['Dossier']);
			expect(rss.self).toEqual([['self', `${home}rss.xml`, 'application/rss+xml']]);
			expect(atom.links).toEqual([
				['alternate', home],
				['self', `${home}atom.xml`],
			]);
			expect(json.feed_url).toBe(`${home}feed.json`);
		},
	);

	it('a piece’s corrections reach every feed, in its own language', async () => {
		const { page } = await open('/');
		const { rss, atom, json } = await readFeeds(page, origin);
		for (const content of [rss.items[0]?.content, atom.items[0]?.content, json.items[0].content_html]) {
			expect(content).toMatch(
				/<section lang="en" dir="ltr"><h2>Corrections and re-assessments<\/h2><ul><li><time datetime="2026-11-25">25 November 2026<\/time>: <bdi>Four typing errors/,
			);
		}
		const search = await readFeeds(page, inject('searchSiteOrigin'));
		expect(search.atom.items.map((item) => item.lang)).toContain('fa');
		expect(search.atom.lang).toBe('en');
	});

	it.each(['/', '/articles/khamenei-combined-offensive/', '/search/'])('%s names the three feeds', async (path) => {
		const { page } = await open(path);
		const feeds = await page
			.locator('link[rel="alternate"]')
			.evaluateAll((links) => links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`));
		expect(feeds).toEqual(['application/rss+xml /rss.xml', 'application/atom+xml /atom.xml', 'application/feed+json /feed.json']);
	});
});

describe('for search engines', () => {
	it('robots.txt names the sitemap, which lists every page worth finding and not the search page', async () => {
		const robots = await (await fetch(`${origin}/robots.txt`)).text();
		expect(robots).toContain('Sitemap: https://dossier.example/sitemap-index.xml');
		const index = await (await fetch(`${origin}/sitemap-index.xml`)).text();
		const sitemaps = [...index.matchAll(/<loc>https:\/\/dossier\.example(\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
		const pages = (await Promise.all(sitemaps.map(async (path) => (await fetch(`${origin}${path}`)).text()))).flatMap((xml) =>
			[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]),
		);
		expect(pages).toContain(PIECE);
		expect(pages).toContain('https://dossier.example/');
		expect(pages.filter((url) => /\/(search|404)\//.test(url!))).toEqual([]);
	});

	it('the sitemap dates a piece and each of its claims’ pages by the piece’s last change, and lists every claim page', async () => {
		const index = await (await fetch(`${origin}/sitemap-index.xml`)).text();
		const sitemaps = [...index.matchAll(/<loc>https:\/\/dossier\.example(\/[^<]+)<\/loc>/g)].map((match) => match[1]!);
		const xml = (await Promise.all(sitemaps.map(async (path) => (await fetch(`${origin}${path}`)).text()))).join('');
		const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((match) => ({ loc: match[1]!, lastmod: match[2] }));
		const html = await (await fetch(`${origin}${new URL(PIECE).pathname}`)).text();
		const modified = /<meta property="article:modified_time" content="(\d{4}-\d{2}-\d{2})/.exec(html)![1];
		const ofPiece = entries.filter(({ loc }) => loc.startsWith(PIECE));
		const claimIds = [...html.matchAll(/<li class="claim" id="claim-([a-z0-9-]+)"/g)].map((match) => match[1]);
		// Read from the piece's page: every one of its 16 claims, or the sitemap would be checked against too few.
		expect(claimIds).toHaveLength(16);
		expect(ofPiece.map(({ loc }) => loc).sort()).toEqual([PIECE, ...claimIds.map((id) => `${PIECE}claims/${id}/`)].sort());
		for (const entry of ofPiece) expect(entry.lastmod?.slice(0, 10), entry.loc).toBe(modified);
	});
});
