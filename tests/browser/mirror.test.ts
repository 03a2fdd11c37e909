import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { MIRROR_BASE } from './global-setup.ts';

const { open } = useBrowser('mirror');

describe('a mirror built under BASE_PATH', () => {
	it('serves pages whose links, styles and canonical URL follow the sub-path', async () => {
		const { page, status, errors, offSiteRequests } = await open(MIRROR_BASE);
		expect(status).toBe(200);
		const hrefs = await page.locator('a[href^="/"], link[href^="/"], script[src^="/"]').evaluateAll((elements) =>
			elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
		);
		expect(hrefs.length).toBeGreaterThan(5);
		expect(hrefs.filter((href) => !href.startsWith(MIRROR_BASE))).toEqual([]);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`https://mirror.example${MIRROR_BASE}`);
		expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe('solid');
		expect(errors).toEqual([]);
		expect(offSiteRequests).toEqual([]);
	});

	it('keeps a link written from the site’s root in a piece’s body under the sub-path', async () => {
		const { page } = await open(`${MIRROR_BASE}articles/tribunal-hearings/`);
		const link = page.getByRole('link', { name: 'earlier piece' });
		expect(await link.getAttribute('href')).toBe(`${MIRROR_BASE}articles/prison-leaks/`);
		await link.click();
		await expect.poll(() => page.locator('h1').textContent()).toContain('What the leaked prison videos show');
	});

	it('searches from the header form and opens a result under the sub-path', async () => {
		const { page, errors } = await open(`${MIRROR_BASE}articles/fuel-card-attack/`);
		await page.locator('#header-search-query').fill('guards');
		await page.locator('#header-search-query').press('Enter');
		await page.waitForURL(new RegExp(`${MIRROR_BASE}search/\\?q=guards$`));
		const result = page.locator('.result__title a');
		await expect.poll(() => result.count()).toBe(1);
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^${MIRROR_BASE}articles/prison-leaks/\\?highlight=guards$`));
		await result.click();
		await expect.poll(() => page.locator('mark.pagefind-highlight').allTextContents()).toEqual(['guards']);
		expect(errors).toEqual([]);
	});

	it.each(['topics/', 'topics/iran/', 'archive/', 'archive/2022/', 'sources/', 'articles/fuel-card-attack/'])(
		'keeps every link of %s under the sub-path, its preview image too',
		async (path) => {
			const { page, status, offSiteRequests } = await open(`${MIRROR_BASE}${path}`);
			expect(status).toBe(200);
			const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
			expect(hrefs.filter((href) => !href.startsWith(MIRROR_BASE))).toEqual([]);
			const image = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(image).toMatch(new RegExp(`^https://mirror\\.example${MIRROR_BASE}`));
			const { status: imageStatus } = await open(new URL(image!).pathname);
			expect(imageStatus).toBe(200);
			expect(offSiteRequests).toEqual([]);
		},
	);

	it('publishes /claims.json with the mirror’s addresses', async () => {
		const { page } = await open(`${MIRROR_BASE}claims.json`);
		const data = JSON.parse((await page.locator('body').textContent())!) as { site: string; pieces: { url: string; claims: { url: string }[] }[] };
		expect(data.site).toBe(`https://mirror.example${MIRROR_BASE}`);
		for (const piece of data.pieces) {
			expect(piece.url.startsWith(`https://mirror.example${MIRROR_BASE}articles/`)).toBe(true);
			for (const claim of piece.claims) expect(claim.url.startsWith(piece.url)).toBe(true);
		}
	});
});
