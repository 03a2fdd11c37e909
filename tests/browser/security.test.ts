import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { useBrowser } from './browser.ts';

const { open } = useBrowser('search');
const PIECE = '/articles/fuel-card-attack/';

describe('the site under its production headers', () => {
	it('is served with exactly the headers of public/_headers, which the build copies', async () => {
		const source = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');
		expect(readFileSync(join(inject('siteDirs').search, '_headers'), 'utf8')).toBe(source);
		const expected = headersFor(parseHeadersFile(source), PIECE);
		expect(expected.size).toBeGreaterThanOrEqual(8);
		for (const path of [PIECE, '/pagefind/pagefind-worker.js']) {
			const response = await fetch(`${inject('searchSiteOrigin')}${path}`);
			expect(response.status).toBe(200);
			for (const [name, value] of expected) expect(response.headers.get(name), `${name} on ${path}`).toBe(value);
		}
	});

	it('reads a piece, previews a claim and switches the theme with no policy violation', async () => {
		const { page, errors, offSiteRequests } = await open(PIECE, { colorScheme: 'light' });
		expect(await page.locator('link[rel=stylesheet]').count()).toBeGreaterThan(0);
		// The stylesheet applied: Chromium's own font is Times New Roman, and only global.css names Charter.
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^Charter, "Bitstream Charter",/);
		// The scripts ran: the preview is made by one, the theme by another, and the new theme's colours are the stylesheet's.
		await page.locator('a.claim-mark').first().hover();
		await expect.poll(() => page.locator('#claim-tip').isVisible()).toBe(true);
		await page.getByRole('button', { name: /Theme/ }).click();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 21, 19)');
		expect(errors).toEqual([]);
		expect(offSiteRequests).toEqual([]);
	});

	it('searches with no policy violation: Pagefind’s WebAssembly is allowed', async () => {
		const { page, errors } = await open('/');
		await page.locator('#header-search-query').fill('petrol');
		await page.locator('#header-search-query').press('Enter');
		await expect.poll(() => page.locator('.result__title a').allTextContents()).toEqual(['How the fuel-card system went down']);
		expect(errors).toEqual([]);
	});

	it('cannot be framed by another site', async () => {
		const { page } = await open('/');
		await page.goto('about:blank');
		await page.setContent(`<iframe src="${inject('searchSiteOrigin')}${PIECE}"></iframe>`);
		await page.waitForTimeout(1000);
		const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
		const shown = await frame?.evaluate(() => Boolean(document.querySelector('main'))).catch(() => false);
		expect(shown).toBe(false);
	});
});
