import { fromHtml } from 'hast-util-from-html';
import { toString as textOf } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { ArticleEntry } from './articles.ts';
import { absoluteLinks, type ChangedPiece, changesHtml, feedItem, pieceChanges } from './feed-items.ts';
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
		expect(feed.items[0]).toMatchObject({
			id: 'https://dossier.example/articles/a/',
			date_published: '2022-02-14T00:00:00Z',
			date_modified: '2026-11-25T00:00:00Z',
			authors: [{ name: 'A. Writer' }],
		});
	});

	it('make every link of a body absolute', () => {
		expect(
			absoluteLinks(
				'<a href="#claim-x">x</a> <a href="/about/">y</a> <img src="/i.png"> <a href="https://example.org/">z</a>',
				'https://dossier.example/articles/a/',
			),
		).toBe(
			'<a href="https://dossier.example/articles/a/#claim-x">x</a> <a href="https://dossier.example/about/">y</a> <img src="https://dossier.example/i.png"> <a href="https://example.org/">z</a>',
		);
	});

	it('rewrite the addresses of elements only, never text that looks like one', () => {
		const html = '<p>Write <code>src="/x"</code> or <code>href="#y"</code>, and see <a href="/z/">this</a>.</p><pre><code>&#x3C;img src="/x"></code></pre>';
		expect(absoluteLinks(html, 'https://dossier.example/articles/a/')).toBe(
			'<p>Write <code>src="/x"</code> or <code>href="#y"</code>, and see <a href="https://dossier.example/z/">this</a>.</p><pre><code>&#x3C;img src="/x"></code></pre>',
		);
	});

	it('make every image of a srcset absolute', () => {
		expect(absoluteLinks('<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">', 'https://dossier.example/articles/a/')).toBe(
			'<img src="https://dossier.example/a.png" srcset="https://dossier.example/a.png 1x, https://dossier.example/a@2x.png 2x" alt="">',
		);
	});

	it('name the address it cannot read, instead of failing without a word', () => {
		expect(() => absoluteLinks('<a href="https://example.com:99999/">x</a>', 'https://dossier.example/articles/a/')).toThrow(
			/"https:\/\/example\.com:99999\/"/,
		);
	});
});

/** An element's text as an XML parser gives it to a feed reader: CDATA sections joined, entities decoded. */
function xmlElementText(xml: string, element: string): string {
	const inner = new RegExp(`<${element}\\b[^>]*>([\\s\\S]*?)</${element}>`).exec(xml)?.[1];
	if (inner === undefined) throw new Error(`no <${element}> in the feed`);
	return inner
		.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
		.map((part) =>
			part.startsWith('<![CDATA[')
				? part.slice('<![CDATA['.length, -']]>'.length)
				: part
						.replace(/&lt;/g, '<')
						.replace(/&gt;/g, '>')
						.replace(/&quot;/g, '"')
						.replace(/&#39;/g, "'")
						.replace(/&amp;/g, '&'),
		)
		.join('');
}

/** What a feed reader shows of an item's HTML: its elements and its text. */
function readHtml(html: string) {
	const tree = fromHtml(html, { fragment: true });
	const elements: string[] = [];
	visit(tree, 'element', (node) => {
		elements.push(node.tagName);
	});
	return { elements, text: textOf(tree) };
}

describe('a feed item’s corrections and re-assessments', () => {
	const claimUrl = (id: string) => `https://dossier.example/articles/a/claims/${id}/`;
	const piece: ChangedPiece = {
		corrections: [{ date: '2026-11-25', text: 'An earlier version gave the toll as 3,000.' }],
		claims: [
			{ id: 'first', status: 'corroborated', history: [] },
			{
				id: 'toll',
				status: 'corroborated',
				history: [
					{ date: '2022-03-01', status: 'unverified', note: 'No report of the toll could be found.' },
					{ date: '2026-11-25', status: 'attributed', note: 'Only the rights group gave the figure.' },
				],
			},
		],
	};

	it('lists every correction and re-assessment, oldest first, each dated, naming the claim and linking to its page', () => {
		const changes = pieceChanges(piece, claimUrl);
		expect(changes.map((change) => change.date)).toEqual(['2022-03-01', '2026-11-25', '2026-11-25']);
		const { text } = readHtml(changesHtml(changes));
		expect(text).toBe(
			'Corrections and re-assessments' +
				'1 March 2022: Claim 2 re-assessed: was Unverified, became Attributed only. No report of the toll could be found.' +
				'25 November 2026: An earlier version gave the toll as 3,000.' +
				'25 November 2026: Claim 2 re-assessed: was Attributed only, now Corroborated. Only the rights group gave the figure.',
		);
		expect(changesHtml(changes)).toContain('<a href="https://dossier.example/articles/a/claims/toll/">Claim 2</a>');
		expect(changesHtml(changes)).toContain('<time datetime="2022-03-01">1 March 2022</time>');
	});

	it('is nothing for a piece never corrected nor re-assessed', () => {
		expect(changesHtml(pieceChanges({ corrections: [], claims: [{ id: 'x', status: 'disputed', history: [] }] }, claimUrl))).toBe('');
	});

	it('reaches a feed reader as the editors wrote it, markup and all as text, in RSS, Atom and JSON Feed', () => {
		const hostile = 'A <script>alert(1)</script> & a ]]> sequence, "quoted" and \'quoted\'.';
		const contentHtml = `<p>Body.</p>${changesHtml(pieceChanges({ corrections: [{ date: '2026-11-25', text: hostile }], claims: [{ id: 'x', status: 'corroborated', history: [{ date: '2026-11-25', status: 'unverified', note: `<img src=x onerror=alert(1)> ${hostile}` }] }] }, claimUrl))}`;
		const feedChannel = { ...channel, items: [{ ...channel.items[0]!, contentHtml }] };
		const received = [
			xmlElementText(rssFeed(feedChannel), 'content:encoded'),
			xmlElementText(atomFeed(feedChannel), 'content'),
			JSON.parse(jsonFeed(feedChannel)).items[0].content_html as string,
		];
		for (const html of received) {
			expect(html).toBe(contentHtml);
			const { elements, text } = readHtml(html);
			expect(elements).not.toContain('script');
			expect(elements).not.toContain('img');
			expect(text).toContain(`25 November 2026: ${hostile}`);
			expect(text).toContain(`Claim 1 re-assessed: was Unverified, now Corroborated. <img src=x onerror=alert(1)> ${hostile}`);
		}
	});

	it('date the item by its last change in every format, RSS included', () => {
		expect(rssFeed(channel)).toContain('<pubDate>Mon, 14 Feb 2022 00:00:00 GMT</pubDate>\n<atom:updated>2026-11-25T00:00:00Z</atom:updated>');
		expect(atomFeed(channel)).toContain('<published>2022-02-14T00:00:00Z</published>\n<updated>2026-11-25T00:00:00Z</updated>');
	});
});

describe('feedItem', () => {
	const entry = (claims: unknown[], corrections: unknown[] = []) =>
		({
			id: 'a',
			rendered: { html: '<p>Body with <a href="#claim-x">a marker</a>.</p>' },
			data: { title: 'A', dek: 'D', published: '2022-02-14', topics: ['iran'], authors: [], lang: 'en', corrections, claims },
		}) as unknown as ArticleEntry;
	const site = new URL('https://dossier.example/');

	it('is updated on the day of a re-assessment, and ends with it, linking to the claim’s page', () => {
		const item = feedItem(
			entry(
				[{ id: 'x', status: 'corroborated', history: [{ date: '2023-06-01', status: 'unverified', note: 'Nothing was found.' }] }],
				[{ date: '2022-03-01', text: 'Fixed.' }],
			),
			site,
		);
		expect(item.updated).toBe('2023-06-01');
		expect(item.contentHtml).toMatch(/^<p>Body with <a href="https:\/\/dossier\.example\/articles\/a\/#claim-x">/);
		expect(item.contentHtml).toMatch(/<section lang="en" dir="ltr"><h2>Corrections and re-assessments<\/h2>.*<\/section>$/);
		expect(item.contentHtml).toContain('<a href="https://dossier.example/articles/a/claims/x/">Claim 1</a>');
	});

	it('has no block of changes for a piece that has none', () => {
		const item = feedItem(entry([{ id: 'x', status: 'corroborated', history: [] }]), site);
		expect(item.updated).toBe('2022-02-14');
		expect(item.contentHtml).not.toContain('<section');
	});
});
