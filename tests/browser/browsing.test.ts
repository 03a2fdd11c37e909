import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

/** The search fixture: four pieces from 2021 to 2024, one in Persian, all citing one source. */
const { open, origin } = useBrowser('search');

const FUEL = '/articles/fuel-card-attack/';
const PRISON = '/articles/prison-leaks/';
const TRIBUNAL = '/articles/tribunal-hearings/';
const WORKERS = '/articles/workers-protests-fa/';
/** Its English translation, of the same day: listed before it, by slug. */
const WORKERS_EN = '/articles/workers-protests/';

/** The paths the links under `scope` lead to, in order. */
const hrefs = (scope: { locator(selector: string): Locator }, selector: string) =>
	scope.locator(selector).evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('topics', () => {
	it('lists every topic with its number of pieces', async () => {
		const { page, offSiteRequests } = await open('/topics/');
		const items = await page.locator('.topic-list li').allTextContents();
		expect(items.map((item) => item.replace(/\s+/g, ' ').trim())).toEqual([
			'cyberattacks 1 piece',
			'human rights 1 piece',
			'iran 4 pieces',
			'prisons 1 piece',
			'protests 3 pieces',
		]);
		expect(offSiteRequests).toEqual([]);
	});

	it('gives each topic a page of its pieces, newest first, reached from a piece’s header', async () => {
		const { page } = await open(FUEL);
		await page.locator('.topics a', { hasText: 'iran' }).click();
		await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/topics/iran/');
		// The address changes before the new page is read: wait for its content, not for the address.
		await expect.poll(() => page.locator('h1').textContent()).toBe('iran');
		expect(await hrefs(page, '.card__title a')).toEqual([WORKERS_EN, WORKERS, PRISON, FUEL]);
	});

	it('shows a title with markup in it as text', async () => {
		const { page, errors } = await open('/topics/prisons/');
		expect(await page.locator('.card__title a').textContent()).toBe('<img src=x onerror=alert(1)> What the leaked prison videos show');
		expect(await page.locator('main img').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});

describe('the archive', () => {
	it('lists every piece under its year, newest first, with a page for each year', async () => {
		const { page } = await open('/archive/');
		expect(await page.locator('.year h2').allTextContents()).toEqual(['2024', '2023', '2022', '2021']);
		expect(await hrefs(page, '.year__list a')).toEqual([WORKERS_EN, WORKERS, TRIBUNAL, PRISON, FUEL]);
		await page.locator('.archive-years a', { hasText: '2022' }).click();
		await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/archive/2022/');
		// The address changes before the new page is read: wait for its list, not for the address.
		await expect.poll(() => hrefs(page, '.year__list a')).toEqual([PRISON]);
		expect(await page.locator('.archive-years [aria-current="page"]').textContent()).toBe('2022');
	});
});

describe('the end of a piece', () => {
	it('links to the pieces before and after it in time', async () => {
		const { page } = await open(PRISON);
		expect(await hrefs(page, '.more__neighbours a[rel="prev"]')).toEqual([FUEL]);
		expect(await hrefs(page, '.more__neighbours a[rel="next"]')).toEqual([TRIBUNAL]);
		const { page: newest } = await open(WORKERS_EN);
		expect(await newest.locator('.more__neighbours a[rel="next"]').count()).toBe(0);
		// The Persian piece's neighbour is English: its title keeps its own language and direction.
		const { page: persian } = await open(WORKERS);
		expect(await persian.locator('.more__neighbours a[rel="prev"] span[lang]').getAttribute('dir')).toBe('ltr');
	});

	it('offers related pieces, those sharing sources before those sharing only a topic', async () => {
		const { page } = await open(FUEL);
		expect(await hrefs(page, '.more__list a')).toEqual([PRISON, TRIBUNAL, WORKERS_EN]);
	});

	it('is left off paper', async () => {
		const { page } = await open(FUEL);
		expect(await page.locator('.more').isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.more').isVisible()).toBe(false);
	});

	it('is no part of the piece for search', async () => {
		const { page } = await open(FUEL);
		expect(await page.locator('[data-pagefind-body] .more').count()).toBe(0);
	});
});

describe('the sources page', () => {
	it('lists each source with every piece and claim that cites it, linked to the claim', async () => {
		const { page, offSiteRequests } = await open('/sources/#source-example-2021-10-26-fuel');
		const entry = page.locator('#source-example-2021-10-26-fuel');
		expect(await hrefs(entry, '.source-index__citations > li > a:first-child')).toEqual([TRIBUNAL, PRISON, FUEL]);
		const claimLinks = await entry.locator('.source-index__citations a[aria-label]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(claimLinks).toEqual([`${TRIBUNAL}#claim-death-toll`, `${PRISON}#claim-footage-released`, `${FUEL}#claim-stations-closed`]);
		await entry.locator('a[aria-label]').last().click();
		await expect.poll(() => page.evaluate(() => location.pathname + location.hash)).toBe(`${FUEL}#claim-stations-closed`);
		// The address changes when the piece's page starts to load; it is laid out a moment later.
		await expect.poll(() => page.locator('#claim-stations-closed').isVisible()).toBe(true);
		expect(offSiteRequests).toEqual([]);
	});
});

describe('/claims.json', () => {
	it('carries every piece’s ledger as on its page, with absolute claim addresses and the sources they cite', async () => {
		const response = await fetch(`${origin}/claims.json`);
		expect(response.headers.get('content-type')).toMatch(/json/);
		const data = (await response.json()) as {
			version: number;
			pieces: {
				url: string;
				updated: string;
				claims: { id: string; url: string; page: string; status: string; sources: string[]; history: { date: string; status: string }[] }[];
			}[];
			sources: Record<string, { url: string; publisher: string }>;
		};
		expect(data.version).toBe(2);
		// The fixture re-assessed one claim of one piece: the export says so, and the piece's date follows it.
		expect(data.pieces.flatMap((piece) => piece.claims.filter((claim) => claim.history.length > 0).map((claim) => claim.id))).toEqual(['footage-released']);
		expect(data.pieces.map((piece) => new URL(piece.url).pathname)).toEqual([WORKERS_EN, WORKERS, TRIBUNAL, PRISON, FUEL]);
		// Claims and cited sources to compare: the loops below do check something.
		expect(data.pieces.every((piece) => piece.claims.length > 0)).toBe(true);
		expect(data.pieces.flatMap((piece) => piece.claims.flatMap((claim) => claim.sources)).length).toBeGreaterThan(0);
		for (const piece of data.pieces) {
			const { page } = await open(new URL(piece.url).pathname, { javaScriptEnabled: false });
			const ledger = await page.locator('li.claim').evaluateAll((claims) => claims.map((claim) => [claim.id, claim.getAttribute('data-status')]));
			expect(piece.claims.map((claim) => [`claim-${claim.id}`, claim.status])).toEqual(ledger);
			for (const claim of piece.claims) {
				expect(claim.url).toBe(`${piece.url}#claim-${claim.id}`);
				expect(claim.page).toBe(`${piece.url}claims/${claim.id}/`);
				expect((await fetch(`${origin}${new URL(claim.page).pathname}`)).status).toBe(200);
				for (const entry of claim.history) expect(piece.updated >= entry.date).toBe(true);
				for (const id of claim.sources) expect(data.sources[id]?.url).toMatch(/^https?:\/\//);
			}
		}
	});
});

describe('structured data', () => {
	async function jsonLd(path: string) {
		const { page } = await open(path, { javaScriptEnabled: false });
		return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, any>;
	}

	it('describes the piece and breadcrumbs through its first topic, and leaves its claims to their own pages', async () => {
		const { '@graph': nodes } = await jsonLd(FUEL);
		const piece = `https://dossier.example${FUEL}`;
		expect(nodes.map((node: Record<string, unknown>) => node['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
		const crumbs = nodes
			.find((node: Record<string, unknown>) => node['@type'] === 'BreadcrumbList')!
			.itemListElement.map((item: { item: string }) => item.item);
		expect(crumbs).toEqual(['https://dossier.example/', 'https://dossier.example/topics/iran/', piece]);
		const review = await jsonLd(`${FUEL}claims/stations-closed/`);
		expect(review).toMatchObject({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim', appearance: { '@id': piece } } });
	});

	it('reviews only the claims the editors rated: an unverified claim is a Claim with no ClaimReview', async () => {
		const unverified = await jsonLd(`${WORKERS}claims/bookshops-closed/`);
		expect(unverified['@type']).toBe('Claim');
		expect(unverified).not.toHaveProperty('reviewRating');
		expect(unverified.appearance).toMatchObject({ '@id': `https://dossier.example${WORKERS}` });
	});
});
