import { describe, expect, it } from 'vitest';
import { absoluteLinks } from './feed-items.ts';
import { atomFeed, type FeedChannel, jsonFeed, rssFeed } from './feeds.ts';

const channel: FeedChannel = {
	title: 'Dossier',
	description: 'News & analysis',
	homeUrl: 'https://dossier.example/',
	feedUrl: 'https://dossier.example/rss.xml',
	lang: 'en',
	items: [
		{
			url: 'https://dossier.example/articles/a/',
			title: 'A <b>title</b> & more',
			summary: 'A dek with "quotes"',
			contentHtml: '<p>Body with a ]]> sequence and <a href="https://dossier.example/articles/a/#claim-x">a marker</a></p>',
			published: '2022-02-14',
			updated: '2026-11-25',
			topics: ['iran'],
			authors: ['A. Writer'],
			lang: 'en',
		},
	],
};

describe('feeds', () => {
	it('escape titles and keep content whole, even a ]]> inside it', () => {
		const rss = rssFeed(channel);
		expect(rss).toContain('<title>A &lt;b&gt;title&lt;/b&gt; &amp; more</title>');
		expect(rss).toContain('<![CDATA[<p>Body with a ]]]]><![CDATA[> sequence');
		expect(rss).toContain('<pubDate>Mon, 14 Feb 2022 00:00:00 GMT</pubDate>');
		expect(atomFeed(channel)).toContain('<updated>2026-11-25T00:00:00Z</updated>');
	});

	it('write a JSON Feed 1.1 document', () => {
		const feed = JSON.parse(jsonFeed(channel));
		expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', feed_url: 'https://dossier.example/rss.xml' });
		expect(feed.items[0]).toMatchObject({ id: 'https://dossier.example/articles/a/', date_published: '2022-02-14T00:00:00Z', date_modified: '2026-11-25T00:00:00Z', authors: [{ name: 'A. Writer' }] });
	});

	it('make every link of a body absolute', () => {
		expect(absoluteLinks('<a href="#claim-x">x</a> <a href="/about/">y</a> <img src="/i.png"> <a href="https://example.org/">z</a>', 'https://dossier.example/articles/a/')).toBe(
			'<a href="https://dossier.example/articles/a/#claim-x">x</a> <a href="https://dossier.example/about/">y</a> <img src="https://dossier.example/i.png"> <a href="https://example.org/">z</a>',
		);
	});
});
