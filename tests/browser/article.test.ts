import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/content-check/read-content-file.ts';
import { parseYaml } from '../../src/content-check/yaml-document.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import { useBrowser } from './browser.ts';

const SLUG = 'khamenei-combined-offensive';
const PATH = `/articles/${SLUG}/`;
const source = readFileSync(new URL(`../../content/articles/2022/${SLUG}.md`, import.meta.url), 'utf8');
const frontmatter = parseYaml(splitFrontmatter(source)!.yaml).data as ArticleFrontmatter;
const claimIds = frontmatter.claims.map((claim) => claim.id);

const { open, origin } = useBrowser();

describe('the first piece', () => {
	it('renders its headline, provenance, dates and every one of its 16 claims', async () => {
		const { page, offSiteRequests, errors } = await open(PATH);
		expect(claimIds).toHaveLength(16);
		expect(await page.locator('h1').textContent()).toBe(frontmatter.title);
		expect(await page.locator('.kind').first().textContent()).toBe('Opinion');
		await expect(page.locator('.byline').textContent()).resolves.toMatch(/Republished from Iran News Wire/);
		await expect(page.locator('.provenance').textContent()).resolves.toMatch(/headline and summary above are the editors’/);
		expect(await page.locator('.article-header time').first().getAttribute('datetime')).toBe('2022-02-14');
		await expect(page.locator('.article-header').textContent()).resolves.toMatch(/\d+ min read/);
		expect(await page.locator('li.claim').evaluateAll((items) => items.map((item) => item.id))).toEqual(claimIds.map((id) => `claim-${id}`));
		expect(await page.locator('.corrections li').count()).toBe(frontmatter.corrections.length);
		expect(offSiteRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('leads every claim marker to its ledger entry, and every entry back to its marker', async () => {
		const { page } = await open(PATH);
		const markers = page.locator('a.claim-mark');
		expect(await markers.count()).toBe(claimIds.length);
		for (const id of claimIds) {
			await page.locator(`a.claim-mark[href="#claim-${id}"]`).first().click();
			await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#claim-${id}`);
			// Polled: the jump follows the click.
			await expect
				.poll(() =>
					page.evaluate(() => {
						const element = document.querySelector(':target');
						const box = element?.getBoundingClientRect();
						return { id: element?.id, inView: !!box && box.top >= -1 && box.top < window.innerHeight };
					}),
				)
				.toEqual({ id: `claim-${id}`, inView: true });

			await page.locator(`#claim-${id} .claim__back a[href^="#mark-"]`).click();
			await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(`mark-${id}`);
		}
	});

	it('shows for every claim who asserts it, when, its status in words, and its sources, each cited in full once in the sources list', async () => {
		const { page } = await open(PATH);
		// The notes and sources checked below are there to check.
		expect(frontmatter.claims.filter((claim) => claim.note).length).toBeGreaterThan(0);
		expect(frontmatter.claims.filter((claim) => claim.sources.length > 0).length).toBeGreaterThan(0);
		for (const claim of frontmatter.claims) {
			const entry = page.locator(`#claim-${claim.id}`);
			await expect(entry.locator('.claim__facts').textContent()).resolves.toContain(claim.assertedBy);
			await expect(entry.locator('.claim__facts time').first().getAttribute('datetime')).resolves.toMatch(/^\d{4}/);
			await expect(entry.locator('.status').textContent()).resolves.toMatch(/^Status: (Corroborated|Disputed|Attributed only|Unverified)$/);
			// Under the claim, a numbered reference to each source; the source's address is in the list.
			expect(await entry.locator('a[href^="http"]').count()).toBe(0);
			const refs = await entry.locator('.claim__sources a.claim__source-ref').all();
			expect(refs).toHaveLength(claim.sources.length);
			for (const [index, ref] of refs.entries()) {
				const id = claim.sources[index]!;
				expect(await ref.getAttribute('href')).toBe(`#source-${id}`);
				const cited = page.locator(`.sources__list > li#source-${id}`);
				const number = await cited.evaluate((item) => [...item.parentElement!.children].indexOf(item) + 1);
				expect(await ref.textContent()).toMatch(new RegExp(`^Source ${number} `));
				const link = cited.locator('.citation__title');
				expect(await link.getAttribute('href')).toMatch(/^https?:\/\//);
				expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
				expect(await link.getAttribute('referrerpolicy')).toBe('no-referrer');
			}
			if (claim.note) await expect(entry.locator('.claim__note').textContent()).resolves.toContain(claim.note.slice(0, 40));
		}
		const everyAddress = await page.locator('a[href^="http"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const sourceAddresses = await page.locator('.sources__list .citation__title').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(sourceAddresses.length).toBeGreaterThan(0);
		for (const address of sourceAddresses) expect(everyAddress.filter((href) => href === address)).toHaveLength(1);
	});

	it('resolves every in-page link to an element of the page', async () => {
		const { page } = await open(PATH);
		const missing = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
				.map((link) => link.getAttribute('href')!.slice(1))
				.filter((id) => !document.getElementById(decodeURIComponent(id))),
		);
		expect(missing).toEqual([]);
		const sourceIds = await page.locator('#sources ~ ol > li, .sources__list > li').evaluateAll((items) => items.map((item) => item.id));
		expect(sourceIds.length).toBeGreaterThan(0);
		expect(sourceIds.every((id) => id.startsWith('source-'))).toBe(true);
	});

	it('describes itself in JSON-LD as an opinion piece based on its origin, leaving each claim and its sources to the claim’s page', async () => {
		const { page } = await open(PATH);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks).toHaveLength(1);
		const graph = JSON.parse(blocks[0]!)['@graph'] as Record<string, unknown>[];
		const data = graph[0]!;
		expect(data).toMatchObject({
			'@type': 'OpinionNewsArticle',
			headline: frontmatter.title,
			datePublished: '2022-02-14',
			isBasedOn: expect.arrayContaining([expect.objectContaining({ publisher: { '@type': 'Organization', name: 'Iran News Wire' } })]),
		});
		expect(data.image).toBe(await page.locator('meta[property="og:image"]').getAttribute('content'));
		expect(graph.map((node) => node['@type'])).toEqual(['OpinionNewsArticle', 'BreadcrumbList']);
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(canonical).toMatch(new RegExp(`^https?://[^/]+${PATH}$`));
		expect(data.url).toBe(canonical);
	});

	it('reads the same with JavaScript switched off, and runs no inline script', async () => {
		const { page } = await open(PATH, { javaScriptEnabled: false });
		expect(await page.locator('li.claim').count()).toBe(claimIds.length);
		expect(await page.locator('a.claim-mark').count()).toBe(claimIds.length);
		// Scripts are progressive enhancements (search shortcut, highlighting), files of our own origin.
		const scripts = await page
			.locator('script:not([type="application/ld+json"])')
			.evaluateAll((elements) =>
				elements.map((element) => ({ type: element.getAttribute('type'), src: element.getAttribute('src'), inline: element.textContent.trim() })),
			);
		// One classic script, first in the head, applies a chosen theme before the first paint; the rest are modules.
		expect(scripts[0]).toEqual({ type: null, src: '/before-paint.js', inline: '' });
		expect(scripts.length, 'the modules checked below').toBeGreaterThan(1);
		for (const script of scripts.slice(1)) expect(script).toEqual({ type: 'module', src: expect.stringMatching(/^\/_astro\/[^/]+\.js$/), inline: '' });
	});

	it('previews well when shared: Open Graph and Twitter tags read back from the page', async () => {
		const { page } = await open(PATH);
		const meta = await page
			.locator('meta[property], meta[name^="twitter:"]')
			.evaluateAll((tags) => tags.map((tag) => [tag.getAttribute('property') ?? tag.getAttribute('name'), tag.getAttribute('content')]));
		const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
		expect(meta).toEqual(
			expect.arrayContaining([
				['og:type', 'article'],
				['og:title', frontmatter.title],
				['og:description', frontmatter.dek],
				['og:url', canonical],
				['og:site_name', 'Dossier'],
				['og:locale', 'en_GB'],
				['article:published_time', '2022-02-14T00:00:00Z'],
				['article:modified_time', '2026-11-25T00:00:00Z'],
				['article:section', 'Opinion'],
				...frontmatter.topics.map((topic) => ['article:tag', topic]),
				['og:image', `${canonical}og.png`],
				['og:image:width', '1200'],
				['og:image:height', '630'],
				['twitter:card', 'summary_large_image'],
				['twitter:title', frontmatter.title],
				['twitter:image', `${canonical}og.png`],
			]),
		);
	});

	it('gives every paragraph of the body an id a reader can link to', async () => {
		const { page } = await open(PATH);
		const ids = await page.locator('.prose p').evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.id));
		// The paragraphs of the Markdown body: its blocks that are not headings or list items.
		const paragraphs = source
			.split(/^---$/m)[2]!
			.split(/\n\s*\n/)
			.filter((block) => block.trim() && !/^\s*(#|- )/.test(block));
		expect(ids).toHaveLength(paragraphs.length);
		expect(paragraphs.length).toBeGreaterThanOrEqual(10);
		expect(ids.every((id) => /^p[0-9a-f]{6}(-\d+)?$/.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('is served from the site under test', () => {
		expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
	});
});
