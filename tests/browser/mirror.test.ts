import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { MIRROR_BASE, MIRROR_ORIGIN } from './global-setup.ts';

const { open, origin } = useBrowser('mirror');

describe('a mirror built under BASE_PATH', () => {
	it('serves pages whose links, styles and canonical URL follow the sub-path', async () => {
		const { page, status, errors, offSiteRequests } = await open(MIRROR_BASE);
		expect(status).toBe(200);
		const hrefs = await page
			.locator('a[href^="/"], link[href^="/"], script[src^="/"]')
			.evaluateAll((elements) => elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''));
		expect(hrefs.length).toBeGreaterThan(5);
		expect(hrefs.filter((href) => !href.startsWith(MIRROR_BASE))).toEqual([]);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${MIRROR_ORIGIN}${MIRROR_BASE}`);
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
			expect(image).toMatch(new RegExp(`^${MIRROR_ORIGIN.replaceAll('.', '\\.')}${MIRROR_BASE}`));
			const { status: imageStatus } = await open(new URL(image!).pathname);
			expect(imageStatus).toBe(200);
			expect(offSiteRequests).toEqual([]);
		},
	);

	it('publishes /claims.json with the mirror’s addresses', async () => {
		const { page } = await open(`${MIRROR_BASE}claims.json`);
		const data = JSON.parse((await page.locator('body').textContent())!) as { site: string; pieces: { url: string; claims: { url: string }[] }[] };
		expect(data.site).toBe(`${MIRROR_ORIGIN}${MIRROR_BASE}`);
		for (const piece of data.pieces) {
			expect(piece.url.startsWith(`${MIRROR_ORIGIN}${MIRROR_BASE}articles/`)).toBe(true);
			for (const claim of piece.claims) expect(claim.url.startsWith(piece.url)).toBe(true);
		}
	});
});

/*
 * Opened at http://127.0.0.1, a page is a trusted localhost origin, which browsers treat as
 * secure whatever its scheme. Opened by a made-up host name that Chromium maps to this machine,
 * it is what an onion service or a copy on a local network is: an ordinary plain-http origin.
 * Only that host is let past the proxy that stops every request to anywhere else.
 */
describe('a mirror served over plain http', () => {
	const host = new URL(MIRROR_ORIGIN).hostname;
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: inject('chromiumPath'),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--proxy-server=http://127.0.0.1:9',
				`--proxy-bypass-list=${host}`,
				`--host-resolver-rules=MAP ${host} 127.0.0.1`,
			],
		});
	});
	afterAll(() => browser?.close());

	async function openPlain(path: string) {
		const page = await browser!.newPage();
		const errors: string[] = [];
		const elsewhere: string[] = [];
		const address = `http://${host}:${new URL(origin).port}`;
		page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
		page.on('requestfailed', (request) => errors.push(`${request.url()} failed`));
		page.on('request', (request) => request.url().startsWith(`${address}/`) || elsewhere.push(request.url()));
		const response = await page.goto(`${address}${path}`, { waitUntil: 'load' });
		return { page, response, errors, elsewhere, address };
	}

	it('is not secure to the browser, so the test is of a plain-http origin', async () => {
		const { page } = await openPlain(MIRROR_BASE);
		expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
	});

	it('keeps its styles and scripts: no upgrade to https in its policy, no HSTS', async () => {
		const { page, response, errors, elsewhere } = await openPlain(`${MIRROR_BASE}articles/fuel-card-attack/`);
		expect(response?.status()).toBe(200);
		expect(await response?.headerValue('strict-transport-security')).toBeNull();
		expect(await response?.headerValue('content-security-policy')).not.toMatch(/upgrade-insecure-requests/);
		expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).not.toMatch(/upgrade-insecure-requests/);
		// Only our stylesheet draws the rule under the header; the browser's own draws none.
		expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).borderBottomStyle)).toBe('solid');
		// Our scripts ran: the copy buttons beside claims and headings are theirs.
		await expect.poll(() => page.locator('.heading-row > button, .claim__header > button').count()).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		expect(elsewhere).toEqual([]);
	});

	it('searches', async () => {
		const { page, errors, address } = await openPlain(`${MIRROR_BASE}search/?q=guards`);
		const result = page.locator('.result__title a');
		await expect.poll(() => result.count()).toBe(1);
		expect(await result.getAttribute('href')).toBe(`${MIRROR_BASE}articles/prison-leaks/?highlight=guards`);
		expect(page.url().startsWith(address)).toBe(true);
		expect(errors).toEqual([]);
	});
});
