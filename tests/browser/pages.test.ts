import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { open } = useBrowser();

const PAGES = ['/', '/about/', '/methodology/', '/articles/khamenei-combined-offensive/'];

describe('every page', () => {
	it.each(PAGES)('%s has one h1, a main landmark, a language, a skip link, and asks nothing of another server', async (path) => {
		const { page, status, offSiteRequests, errors } = await open(path);
		expect(status).toBe(200);
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.locator('main#main').count()).toBe(1);
		expect(await page.locator('html').getAttribute('lang')).toMatch(/^[a-z]{2}/);
		expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#main');
		expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
		expect(offSiteRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it.each(PAGES.flatMap((path) => [[path, 'light'] as const, [path, 'dark'] as const]))(
		'%s fits a 390 px phone screen without sideways scrolling (%s)',
		async (path, colorScheme) => {
			const { page } = await open(path, { viewport: { width: 390, height: 844 }, colorScheme });
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
		},
	);

	it.each(['light', 'dark'] as const)('keeps text readable in %s mode (WCAG AA contrast)', async (colorScheme) => {
		const { page } = await open('/articles/khamenei-combined-offensive/', { colorScheme });
		const { failures, unmatched } = await page.evaluate(() => {
			const channel = (value: number) => {
				const c = value / 255;
				return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			};
			const luminance = (rgb: number[]) => 0.2126 * channel(rgb[0]!) + 0.7152 * channel(rgb[1]!) + 0.0722 * channel(rgb[2]!);
			const parse = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
			const backgroundOf = (element: Element | null): number[] => {
				for (let node = element; node; node = node.parentElement) {
					const rgba = parse(getComputedStyle(node).backgroundColor);
					if (rgba.length === 3 || (rgba[3] ?? 0) > 0) return rgba.slice(0, 3);
				}
				return [255, 255, 255];
			};
			const selectors = [
				'body',
				'h1',
				'.article-header__dek',
				'.article-header__meta',
				'.provenance',
				'.prose p',
				'.claim-mark',
				'.claim-mark__n',
				'.status',
				'.claim__facts dt',
				'.claim__note',
				'.citation a',
				'.sources__meta',
				'.site-nav a',
			];
			// Colours in rgb() or rgba(): any other form (a keyword, color(srgb …)) would be read as something else.
			const colourOf = (css: string) => {
				if (!/^rgba?\(/.test(css)) throw new Error(`a colour this check cannot read: ${css}`);
				return parse(css);
			};
			return {
				failures: selectors.flatMap((selector) =>
					[...document.querySelectorAll(selector)].slice(0, 20).flatMap((element) => {
						const text = luminance(colourOf(getComputedStyle(element).color));
						const background = luminance(backgroundOf(element));
						const ratio = (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
						return ratio < 4.5 ? [`${selector}: ${ratio.toFixed(2)}`] : [];
					}),
				),
				// A selector that matches nothing checks nothing.
				unmatched: selectors.filter((selector) => document.querySelector(selector) === null),
			};
		});
		expect(unmatched).toEqual([]);
		expect(failures).toEqual([]);
	});
});

describe('the home page', () => {
	it('lists the latest pieces, each linking to its page', async () => {
		const { page } = await open('/');
		const link = page.locator('.card__title a').first();
		expect(await link.getAttribute('href')).toBe('/articles/khamenei-combined-offensive/');
		await link.click();
		await expect.poll(() => page.locator('li.claim').count()).toBe(16);
	});
});

describe('the methodology page', () => {
	it('says in words what each claim status means', async () => {
		const { page } = await open('/methodology/');
		const terms = await page.locator('.status-definitions dt').allTextContents();
		expect(terms.map((term) => term.replace('Status: ', ''))).toEqual(['Corroborated', 'Disputed', 'Attributed only', 'Unverified']);
		expect(await page.locator('.status-definitions dd').count()).toBe(4);
	});
});

describe('a missing page', () => {
	it('answers 404 with a page that leads back to the latest pieces', async () => {
		const { page, status, offSiteRequests } = await open('/no-such-page/');
		expect(status).toBe(404);
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		expect(await page.locator('main a[href="/"]').count()).toBe(1);
		expect(offSiteRequests).toEqual([]);
	});
});
