import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { open, origin } = useBrowser();
const PIECE = 'https://dossier.example/articles/khamenei-combined-offensive/';

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
		if (path === 'atom.xml') expect(parsed.updated).toBe('2026-11-25T00:00:00Z');
	});

	it('feed.json is a JSON Feed 1.1 whose dates follow the corrections', async () => {
		const feed = await (await fetch(`${origin}/feed.json`)).json();
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items[0]).toMatchObject({ url: PIECE, date_published: '2022-02-14T00:00:00Z', date_modified: '2026-11-25T00:00:00Z' });
		expect(feed.items[0].content_html).toContain(`href="${PIECE}#claim-irib-hack"`);
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
