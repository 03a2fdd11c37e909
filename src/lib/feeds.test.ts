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
	it('carry a title, a dek and a body whole, markup, ampersands and a ]]> included, as a reader decodes them', () => {
		const [rss] = xmlChildren(rssFeed(channel), 'item');
		const [atom] = xmlChildren(atomFeed(channel), 'entry');
		const item = channel.items[0]!;
		expect(xmlElementText(rss!, 'title')).toBe(item.title);
		expect(xmlElementText(rss!, 'description')).toBe(item.summary);
		// Atom's title and summary are HTML: escaped, so that a reader shows the text, not markup.
		expect(xmlAttribute(atom!, 'title', 'type')).toBe('html');
		expect(htmlText(xmlElementText(atom!, 'title'))).toEqual({ elements: [], text: item.title });
		expect(htmlText(xmlElementText(atom!, 'summary'))).toEqual({ elements: [], text: item.summary });
		for (const html of [xmlElementText(rss!, 'content:encoded'), xmlElementText(atom!, 'content')]) expect(readHtml(html)).toEqual(readHtml(item.contentHtml));
		expect(JSON.parse(jsonFeed(channel)).items[0]).toMatchObject({ title: item.title, summary: item.summary, content_html: item.contentHtml });
	});

	it('keep a body whole with ]]> in it more than once, which would end a CDATA section', () => {
		const contentHtml = '<p>One ]]> and two ]]> and <code>a]]>b</code>, <a href="https://dossier.example/articles/a/" title="x]]>y">three</a></p>';
		const feedChannel = { ...channel, items: [{ ...channel.items[0]!, contentHtml }] };
		const rss = rssFeed(feedChannel);
		const atom = atomFeed(feedChannel);
		for (const [xml, element] of [
			[rss, 'content:encoded'],
			[atom, 'content'],
		] as const) {
			const html = xmlElementText(xml, element);
			expect(readHtml(html)).toEqual(readHtml(contentHtml));
			expect(htmlAttributes(html)).toEqual(htmlAttributes(contentHtml));
			// Outside the sections nothing of the body is left: every ]]> of the XML ends a section it began.
			expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toMatch(/\]\]>|One|three/);
		}
		expect(JSON.parse(jsonFeed(feedChannel)).items[0].content_html).toBe(contentHtml);
	});

	it('refuse a title RSS cannot carry, instead of writing a broken feed', () => {
		const feedChannel = { ...channel, items: [{ ...channel.items[0]!, title: 'a ]]> b ]]> c' }] };
		expect(() => rssFeed(feedChannel)).toThrow(/https:\/\/dossier\.example\/articles\/a\/: "a \]\]> b \]\]> c" has "\]\]>" more than once/);
		expect(xmlElementText(rssFeed({ ...channel, items: [{ ...channel.items[0]!, title: 'a ]]> b' }] }), 'title', 1)).toBe('a ]]> b');
	});

	it('write an RSS 2.0 channel and items with every field', () => {
		const rss = rssFeed(channel);
		expect(rss).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<rss version="2\.0"/);
		expect(rss).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
		expect(rss).toContain('xmlns:content="http://purl.org/rss/1.0/modules/content/"');
		const [rssChannel] = xmlChildren(rss, 'channel');
		expect(xmlElementText(rssChannel!, 'title')).toBe('Dossier');
		expect(xmlElementText(rssChannel!, 'link')).toBe('https://dossier.example/');
		expect(xmlElementText(rssChannel!, 'description')).toBe('News & analysis');
		expect(xmlElementText(rssChannel!, 'language')).toBe('en');
		expect(xmlElementText(rssChannel!, 'lastBuildDate')).toBe('Wed, 25 Nov 2026 00:00:00 GMT');
		expect(xmlAttributes(rssChannel!, 'atom:link')).toEqual({ href: 'https://dossier.example/rss.xml', rel: 'self', type: 'application/rss+xml' });
		expect(rss).not.toContain('<generator');
		const items = xmlChildren(rss, 'item');
		expect(items).toHaveLength(1);
		expect(xmlElementText(items[0]!, 'link')).toBe('https://dossier.example/articles/a/');
		expect(xmlElementText(items[0]!, 'guid')).toBe('https://dossier.example/articles/a/');
		expect(xmlAttribute(items[0]!, 'guid', 'isPermaLink')).toBe('true');
		expect(xmlElementText(items[0]!, 'pubDate')).toBe('Mon, 14 Feb 2022 00:00:00 GMT');
		expect(xmlChildren(items[0]!, 'category').map((category) => xmlElementText(category, 'category'))).toEqual(['iran']);
		// RSS wants an e-mail address as an author; the feed has names only, and Atom and JSON Feed carry them.
		expect(items[0]).not.toContain('<author');
	});

	it('write an Atom 1.0 feed and entries with every field, and the language of each', () => {
		const atom = atomFeed({
			...channel,
			feedUrl: 'https://dossier.example/atom.xml',
			items: [channel.items[0]!, { ...channel.items[0]!, url: 'https://dossier.example/articles/b/', lang: 'fa', authors: [] }],
		});
		expect(atom).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom" xml:lang="en">/);
		const head = atom.slice(0, atom.indexOf('<entry>'));
		expect(xmlElementText(head, 'id')).toBe('https://dossier.example/');
		expect(xmlElementText(head, 'title')).toBe('Dossier');
		expect(xmlElementText(head, 'subtitle')).toBe('News & analysis');
		expect(instant(xmlElementText(head, 'updated'))).toBe('2026-11-25T00:00:00.000Z');
		expect(xmlElementText(head, 'name')).toBe('Dossier');
		expect(xmlChildren(head, 'link').map((link) => xmlAttributes(link, 'link'))).toEqual([
			{ rel: 'alternate', href: 'https://dossier.example/' },
			{ rel: 'self', href: 'https://dossier.example/atom.xml' },
		]);
		expect(atom).not.toContain('<generator');
		const entries = xmlChildren(atom, 'entry');
		expect(entries).toHaveLength(2);
		const [first, second] = entries as [string, string];
		expect(xmlElementText(first, 'id')).toBe('https://dossier.example/articles/a/');
		expect(xmlAttributes(first, 'link')).toEqual({ href: 'https://dossier.example/articles/a/' });
		expect(xmlChildren(first, 'author').map((author) => xmlElementText(author, 'name'))).toEqual(['A. Writer']);
		expect(xmlChildren(first, 'category').map((category) => xmlAttributes(category, 'category'))).toEqual([{ term: 'iran' }]);
		expect(xmlAttributes(first, 'content')).toEqual({ type: 'html', 'xml:lang': 'en' });
		expect(xmlAttributes(second, 'content')).toEqual({ type: 'html', 'xml:lang': 'fa' });
		expect(xmlElementText(second, 'id')).toBe('https://dossier.example/articles/b/');
		expect(second).not.toContain('<author');
	});

	it('find Atom’s tags for the languages outside CDATA only, never in a body that spells them', () => {
		const contentHtml = '<pre><code>]]><feed xmlns="http://www.w3.org/2005/Atom"><content type="html"></code></pre>';
		const atom = atomFeed({ ...channel, items: [{ ...channel.items[0]!, contentHtml, lang: 'fa' }] });
		expect(readHtml(xmlElementText(atom, 'content'))).toEqual(readHtml(contentHtml));
		expect(xmlAttributes(atom, 'content')).toEqual({ type: 'html', 'xml:lang': 'fa' });
		expect(atom.match(/xml:lang=/g)).toHaveLength(2);
	});

	it('write a JSON Feed 1.1 document', () => {
		const feed = JSON.parse(jsonFeed({ ...channel, feedUrl: 'https://dossier.example/feed.json' }));
		expect(feed).toEqual({
			version: 'https://jsonfeed.org/version/1.1',
			title: 'Dossier',
			description: 'News & analysis',
			home_page_url: 'https://dossier.example/',
			feed_url: 'https://dossier.example/feed.json',
			language: 'en',
			items: [
				{
					id: 'https://dossier.example/articles/a/',
					url: 'https://dossier.example/articles/a/',
					title: 'A <b>title</b> & more',
					summary: 'A dek with "quotes"',
					content_html: channel.items[0]!.contentHtml,
					date_published: expect.any(String),
					date_modified: expect.any(String),
					tags: ['iran'],
					language: 'en',
					authors: [{ name: 'A. Writer' }],
				},
			],
		});
		expect(instant(feed.items[0].date_published)).toBe('2022-02-14T00:00:00.000Z');
		expect(instant(feed.items[0].date_modified)).toBe('2026-11-25T00:00:00.000Z');
	});

	it('leave out the authors of a JSON Feed item that has none', () => {
		const feed = JSON.parse(jsonFeed({ ...channel, items: [{ ...channel.items[0]!, authors: [] }] }));
		expect(feed.items[0]).not.toHaveProperty('authors');
		expect(feed.items[0]).not.toHaveProperty('author');
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

/** An instant, whatever the form it is written in. */
const instant = (date: string) => new Date(date).toISOString();

/** Every `<element>…</element>` (or `<element/>`) of a fragment, outside CDATA sections, whole. */
function xmlChildren(xml: string, element: string): string[] {
	const found: string[] = [];
	const pattern = new RegExp(`<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<${element}(?=[\\s/>])[^>]*?(?:/>|>([\\s\\S]*?)</${element}>)`, 'g');
	for (const match of xml.matchAll(pattern)) if (!match[0].startsWith('<![CDATA[')) found.push(match[0]);
	return found;
}

/** The `index`th element's text as an XML parser gives it to a feed reader: CDATA sections joined, entities decoded. */
function xmlElementText(xml: string, element: string, index = 0): string {
	const whole = xmlChildren(xml, element)[index];
	if (whole === undefined) throw new Error(`no <${element}> in the feed`);
	const inner = whole.endsWith('/>') ? '' : whole.slice(whole.indexOf('>') + 1, -`</${element}>`.length);
	return inner
		.split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
		.map((part) => (part.startsWith('<![CDATA[') ? part.slice('<![CDATA['.length, -']]>'.length) : decodeXml(part)))
		.join('');
}

const decodeXml = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

/** The attributes of the first `<element>` of a fragment, decoded. */
function xmlAttributes(xml: string, element: string): Record<string, string> {
	const whole = xmlChildren(xml, element)[0];
	if (whole === undefined) throw new Error(`no <${element}> in the feed`);
	const tag = whole.slice(0, whole.indexOf('>') + 1);
	return Object.fromEntries([...tag.matchAll(/\s([\w:]+)="([^"]*)"/g)].map((match) => [match[1]!, decodeXml(match[2]!)]));
}

const xmlAttribute = (xml: string, element: string, name: string) => xmlAttributes(xml, element)[name];

/** What a reader shows of an HTML text: its elements, which must be none, and its text. */
const htmlText = (html: string) => readHtml(html);

/** Every element's attributes, in order: the addresses and titles a reader gets. */
function htmlAttributes(html: string) {
	const attributes: unknown[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (node) => {
		attributes.push(node.properties);
	});
	return attributes;
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
		const [rss] = xmlChildren(rssFeed(channel), 'item');
		expect(xmlElementText(rss!, 'pubDate')).toBe('Mon, 14 Feb 2022 00:00:00 GMT');
		expect(instant(xmlElementText(rss!, 'atom:updated'))).toBe('2026-11-25T00:00:00.000Z');
		const [atom] = xmlChildren(atomFeed(channel), 'entry');
		expect(instant(xmlElementText(atom!, 'published'))).toBe('2022-02-14T00:00:00.000Z');
		expect(instant(xmlElementText(atom!, 'updated'))).toBe('2026-11-25T00:00:00.000Z');
		const [json] = JSON.parse(jsonFeed(channel)).items;
		expect([instant(json.date_published), instant(json.date_modified)]).toEqual(['2022-02-14T00:00:00.000Z', '2026-11-25T00:00:00.000Z']);
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
