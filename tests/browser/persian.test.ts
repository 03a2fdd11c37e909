import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { fa } from '../../src/i18n/fa.ts';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';

const { open, origin } = useBrowser('search');

const PERSIAN_PIECE = '/articles/workers-protests-fa/';
const ENGLISH_PIECE = '/articles/workers-protests/';

/** Every page of the Persian section, and the Persian piece's own pages. */
const PERSIAN_PAGES = [
	PERSIAN_PIECE,
	`${PERSIAN_PIECE}claims/bookshops-closed/`,
	'/fa/',
	'/fa/topics/',
	'/fa/topics/iran/',
	'/fa/archive/',
	'/fa/archive/2024/',
	'/fa/search/',
	'/fa/methodology/',
];

/**
 * Latin words the interface may show in Persian: the site's name, and formats known by their
 * names. Anything else in Latin letters outside an element marked as another language is an
 * English word of the interface left untranslated.
 */
const NAMES = new Set(['Dossier', 'RSS', 'Atom', 'JSON', 'Feed']);
/** The fixture's topics: content, in English, marked `lang="en"` where the page can mark them. */
const TOPICS = new Set(['iran', 'protests']);

/** The interface's words on the page, outside the piece's own text and anything marked as another language. */
async function interfaceLatinWords(page: import('playwright-core').Page): Promise<string[]> {
	return page.evaluate(
		(names) => {
			const words: string[] = [];
			const skipped = (element: Element | null) =>
				Boolean(
					element?.closest(
						'.prose, .article-header h1, .article-header__dek, .claim__words, .claim-page__words, .claim-passage, script, style, noscript, [hidden], [lang]:not([lang|="fa"])',
					),
				);
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (skipped(node.parentElement)) continue;
				for (const word of node.textContent?.match(/[A-Za-z]{2,}/g) ?? []) if (!names.includes(word)) words.push(word);
			}
			for (const element of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
				if (skipped(element)) continue;
				for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
					for (const word of element.getAttribute(name)?.match(/[A-Za-z]{2,}/g) ?? []) if (!names.includes(word)) words.push(`${name}: ${word}`);
				}
			}
			return words;
		},
		[...NAMES],
	);
}

describe('the Persian dictionary', () => {
	it('translates every English string but names and formats', () => {
		const strings = (value: unknown, path = ''): [string, string][] =>
			typeof value === 'string'
				? [[path, value]]
				: value && typeof value === 'object'
					? Object.entries(value).flatMap(([key, inner]) => strings(inner, `${path}.${key}`))
					: [];
		const persian = new Map(strings(fa));
		const same = strings(en).filter(([path, english]) => persian.get(path) === english && /[A-Za-z]{3,}/.test(english));
		expect(same.map(([path]) => path)).toEqual(['.site.name']);
	});
});

describe('a page in Persian', () => {
	it.each(PERSIAN_PAGES)('%s is Persian from its root, with no English word of the interface', async (path) => {
		const { page, status, errors, offSiteRequests } = await open(path, { viewport: { width: 390, height: 844 } });
		expect(status).toBe(200);
		const root = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, getComputedStyle(document.body).direction]);
		expect(root).toEqual(['fa', 'rtl', 'rtl']);
		for (const selector of ['.site-header', '.site-footer']) {
			expect(await page.locator(selector).evaluate((element) => getComputedStyle(element).direction), selector).toBe('rtl');
		}
		expect(await interfaceLatinWords(page)).toEqual([]);
		// The title's Latin words: the site's name, and a topic's (English) name.
		expect((await page.title()).match(/[A-Za-z]{2,}/g)?.filter((word) => !NAMES.has(word) && !TOPICS.has(word)) ?? []).toEqual([]);
		expect(errors).toEqual([]);
		expect(offSiteRequests).toEqual([]);
	});

	it.each(['light', 'dark'] as const)('has no WCAG 2.2 AA violation axe can find, on a phone and wide (%s)', async (colorScheme) => {
		for (const path of PERSIAN_PAGES) {
			for (const viewport of [
				{ width: 390, height: 844 },
				{ width: 1280, height: 900 },
			]) {
				const { page } = await open(path, { colorScheme, viewport });
				expect(await axeViolations(page), `${path} at ${viewport.width}`).toEqual([]);
				await page.context().close();
			}
		}
	});

	it('gives dates in the Jalali calendar first, the Gregorian beside, and numbers in Persian digits', async () => {
		const { page } = await open(PERSIAN_PIECE);
		const published = page.locator('.article-header .dates');
		expect(await published.locator('time').first().getAttribute('datetime')).toBe('2024-01-15');
		expect((await published.textContent())?.replace(/\s+/g, ' ')).toContain('منتشرشده در ۲۵ دی ۱۴۰۲ (۱۵ ژانویهٔ ۲۰۲۴)');
		expect(await published.textContent()).toContain('۱ دقیقه مطالعه');
		expect(await page.locator('.dated-notice').textContent()).toMatch(/^منتشرشده در دی ۱۴۰۲، بیش از [۰-۹]+ سال پیش\.$/);
		expect(await page.locator('.claim__facts dd').nth(1).textContent()).toContain('۲۴ دی ۱۴۰۲ (۱۴ ژانویهٔ ۲۰۲۴)');
		expect(await page.locator('.claim__number').textContent()).toBe('۱');
		expect(await page.locator('.claim-mark__n').textContent()).toBe('ادعای ۱');
		expect(await page.locator('.ledger__summary').textContent()).toContain('۱ ادعای بررسی‌شده');
		// No Latin digit anywhere in the interface's words.
		expect(await page.locator('.article-header__meta, .ledger, .site-footer').allTextContents()).not.toContainEqual(expect.stringMatching(/[0-9]/));
	});

	it('mirrors what points along the line: pagination, menus and the share bar start at the right', async () => {
		const { page } = await open(PERSIAN_PIECE, { viewport: { width: 390, height: 844 } });
		const box = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
		// The site's name at the right of the header, the menu at its left.
		expect((await box('.site-header__name')).x).toBeGreaterThan((await box('.site-menu > summary')).x);
		expect((await box('.share__label')).x).toBeGreaterThan((await box('.share__actions')).x);
		const pager = await open('/fa/archive/');
		expect(await pager.page.locator('.pagination').count()).toBe(0);
		expect(fa.arrows).toEqual({ previous: '→', next: '←' });
	});

	it('has its scripts speak Persian: the copy buttons, the theme button, a claim’s preview', async () => {
		const { page } = await open(PERSIAN_PIECE);
		await page.locator('.claim .copy-anchor').waitFor();
		expect(await page.locator('.claim .copy-anchor').textContent()).toBe('کپی پیوند');
		expect(await page.locator('.claim .copy-anchor').getAttribute('aria-label')).toBe('کپی پیوند ادعای ۱');
		expect(await page.locator('[data-theme-label]').textContent()).toBe('سیستم');
		await page.locator('.claim-mark').first().hover();
		expect(await page.locator('#claim-tip').textContent()).toBe('تأییدنشده. مطرح‌کننده: نویسنده.');
	});

	it('lists only the Persian pieces in its section, and links to the English one', async () => {
		const { page } = await open('/fa/');
		expect(await page.locator('.card__title a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([PERSIAN_PIECE]);
		expect(await page.locator('.site-nav a[hreflang="en"][lang="en"]').last().getAttribute('href')).toBe('/');
		const english = await open('/');
		expect(await english.page.locator('.site-nav a[lang="fa"]').getAttribute('href')).toBe('/fa/');
	});

	it('searches every language from /fa/search/, and says so in Persian', async () => {
		const { page } = await open('/fa/search/?q=bookshops');
		await page.locator('.result').first().waitFor();
		expect(await page.locator('.result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).toContain(
			ENGLISH_PIECE,
		);
		expect(await page.locator('#search-status').textContent()).toMatch(/^[۰-۹]+ نوشته با «bookshops» جور است\.$/);
		const persian = await open('/fa/search/?q=کتاب‌فروشی‌های');
		await persian.page.locator('.result').first().waitFor();
		expect(await persian.page.locator('.result__title a').first().getAttribute('href')).toContain(PERSIAN_PIECE);
		expect(await persian.page.locator('.result__meta').first().textContent()).toContain('گزارش · ۲۵ دی ۱۴۰۲');
		await persian.page.locator('.search-form__filters > summary').click();
		await persian.page.locator('#search-filters legend').first().waitFor();
		expect(await persian.page.locator('#search-filters legend').allTextContents()).toEqual(['نوع', 'موضوع', 'سال', 'وضعیت ادعا']);
		expect(await persian.page.locator('#search-filters label').allTextContents()).toContainEqual(expect.stringMatching(/گزارش \([۰-۹]+\)/));
	});
});

describe('a piece and its translation', () => {
	it.each([
		[ENGLISH_PIECE, 'en', PERSIAN_PIECE, 'fa'],
		[PERSIAN_PIECE, 'fa', ENGLISH_PIECE, 'en'],
	] as const)('%s names itself and its %s… version, and that one names it back', async (path, lang, other, otherLang) => {
		const { page } = await open(path);
		const alternates = await page
			.locator('head link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]));
		expect(alternates).toEqual(
			[
				[lang, `https://dossier.example${path}`],
				[otherLang, `https://dossier.example${other}`],
			].sort(([a], [b]) => a!.localeCompare(b!)),
		);
		expect(await page.locator('meta[property="og:locale:alternate"]').getAttribute('content')).toBe(otherLang === 'fa' ? 'fa_IR' : 'en_GB');
		const link = page.locator(`.translations a[hreflang="${otherLang}"]`);
		expect(await link.textContent()).toBe(otherLang === 'fa' ? 'فارسی' : 'English');
		await link.click();
		await page.waitForURL(`${origin}${other}`);
		expect(await page.locator(`.translations a[hreflang="${lang}"]`).getAttribute('href')).toBe(path);
	});

	it('is listed with both versions in the sitemap', async () => {
		const sitemap = await (await fetch(`${origin}/sitemap-0.xml`)).text();
		for (const path of [ENGLISH_PIECE, PERSIAN_PIECE]) {
			const entry = new RegExp(`<url><loc>https://dossier.example${path}</loc>.*?</url>`).exec(sitemap)?.[0];
			expect(entry, path).toContain(`<xhtml:link rel="alternate" hreflang="en" href="https://dossier.example${ENGLISH_PIECE}"/>`);
			expect(entry, path).toContain(`<xhtml:link rel="alternate" hreflang="fa" href="https://dossier.example${PERSIAN_PIECE}"/>`);
		}
	});
});

describe('a site with no Persian piece', () => {
	it('builds nothing under /fa/', () => {
		expect(readdirSync(inject('siteDirs').real)).not.toContain('fa');
		expect(readdirSync(inject('siteDirs').search)).toContain('fa');
	});
});
