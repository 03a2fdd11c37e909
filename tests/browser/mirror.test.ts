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
});
