import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';

const { open } = useBrowser();
const PIECE = '/articles/khamenei-combined-offensive/';

/** Every kind of page the site has. */
const PAGE_TYPES = [
	'/',
	PIECE,
	'/search/?q=hack',
	'/no-such-page/',
	'/about/',
	'/methodology/',
	'/topics/',
	'/topics/iran/',
	'/archive/',
	'/archive/2022/',
	'/sources/',
];

describe('accessibility', () => {
	it.each(PAGE_TYPES.flatMap((path) => [[path, 'light'] as const, [path, 'dark'] as const]))(
		'%s has no WCAG 2.2 AA violation axe can find (%s)',
		async (path, colorScheme) => {
			const { page } = await open(path, { colorScheme });
			if (path.startsWith('/search/')) await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(0);
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it('has none on a piece opened with its table of contents, a claim preview and a copied link showing', async () => {
		const { page } = await open(PIECE, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.locator('.toc summary').click();
		await page.locator('a.claim-mark').first().focus();
		await page.locator('.share [data-copy-link]').click();
		expect(await axeViolations(page)).toEqual([]);
	});

	it.each(PAGE_TYPES)('%s has a heading outline that never skips a level', async (path) => {
		const { page } = await open(path);
		const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((heading) => Number(heading.tagName[1])));
		expect(levels[0]).toBe(1);
		expect(levels.filter((level) => level === 1)).toHaveLength(1);
		levels.forEach((level, index) => {
			if (index > 0) expect(level - levels[index - 1]!, `h${levels[index - 1]} then h${level}`).toBeLessThanOrEqual(1);
		});
	});

	it('shows where the keyboard focus is', async () => {
		const { page } = await open(PIECE);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
		// Our own outline (global.css, :focus-visible), not Chromium's default ring, which is "auto".
		const outline = await page.evaluate(() => {
			const style = getComputedStyle(document.activeElement!);
			return `${style.outlineStyle} ${style.outlineWidth}`;
		});
		expect(outline).toBe('solid 3px');
		expect(await page.locator('.skip-link').isVisible()).toBe(true);
	});

	// Not only for readers who ask for reduced motion: every jump is immediate (global.css, scroll-margin-top).
	it.each(['reduce', 'no-preference'] as const)('does not animate scrolling (reduced motion: %s)', async (reducedMotion) => {
		const { page } = await open(PIECE, { reducedMotion });
		expect(await page.evaluate(() => [document.documentElement, document.body].map((element) => getComputedStyle(element).scrollBehavior))).toEqual([
			'auto',
			'auto',
		]);
	});
});

describe('typography', () => {
	it.each([390, 1280])('sets body text at a readable measure, and nothing visible moves once the page has loaded (%i px)', async (width) => {
		const { page } = await open(PIECE, { viewport: { width, height: 844 } });
		const { charactersPerLine, layoutShift } = await page.evaluate(async () => {
			const paragraph = [...document.querySelectorAll<HTMLParagraphElement>('.prose > p')].sort((a, b) => b.textContent.length - a.textContent.length)[0]!;
			const style = getComputedStyle(paragraph);
			const context = document.createElement('canvas').getContext('2d')!;
			context.font = `${style.fontSize} ${style.fontFamily}`;
			const text = paragraph.textContent;
			const averageWidth = context.measureText(text).width / text.length;
			const shift = await new Promise<number>((resolve) => {
				new PerformanceObserver((list) => resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0))).observe({
					type: 'layout-shift',
					buffered: true,
				});
				setTimeout(() => resolve(0), 500);
			});
			return { charactersPerLine: paragraph.clientWidth / averageWidth, layoutShift: shift };
		});
		if (width >= 1280) {
			expect(charactersPerLine).toBeGreaterThanOrEqual(60);
			expect(charactersPerLine).toBeLessThanOrEqual(75);
		} else {
			// A phone is narrower than the measure: the text takes its width, and stays large enough to read.
			expect(charactersPerLine).toBeLessThan(60);
		}
		// Zero on a quiet machine. Under load Chromium now and then paints the header before the
		// theme button's final frame (a shift of about 0.0003); 0.01 is still a hundredth of what
		// counts as "good" (0.1), and anything that really moves fails.
		expect(layoutShift).toBeLessThan(0.01);
	});
});

describe('the table of contents', () => {
	it('lists the body’s headings and the ledger, sources and corrections, and is used with the keyboard', async () => {
		const { page } = await open(PIECE);
		const targets = await page.locator('.toc a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const headings = await page.locator('.prose h2').evaluateAll((items) => items.map((item) => `#${item.id}`));
		expect(targets).toEqual([...headings, '#ledger', '#sources', '#corrections']);
		await page.locator('.toc summary').focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(targets[0]);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(targets[0]);
	});
});

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

describe('on a phone (390 by 844)', () => {
	it.each([
		['light', true],
		['dark', true],
		['light', false],
		['dark', false],
	] as const)('starts the text on the first screen (%s, JavaScript %s)', async (colorScheme, javaScriptEnabled) => {
		const { page } = await open(PIECE, { ...PHONE, colorScheme, javaScriptEnabled });
		const top = await page
			.locator('.prose > p')
			.first()
			.evaluate((paragraph) => paragraph.getBoundingClientRect().top);
		expect(top).toBeLessThanOrEqual(780);
	});

	it('has a header of one row: the name, the search field and a menu that opens without JavaScript', async () => {
		const { page } = await open(PIECE, { ...PHONE, javaScriptEnabled: false });
		const boxes = await Promise.all(
			['.site-header__name', '#header-search-query', '.site-menu > summary'].map((selector) => page.locator(selector).boundingBox()),
		);
		const middles = boxes.map((box) => box!.y + box!.height / 2);
		for (const middle of middles) expect(Math.abs(middle - middles[0]!)).toBeLessThanOrEqual(4);
		expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
		const nav = page.locator('.site-nav a', { hasText: 'Methodology' });
		expect(await nav.isVisible()).toBe(false);
		await page.locator('.site-menu > summary').click();
		expect(await nav.isVisible()).toBe(true);
		// Over the text: opening the menu moves nothing under it.
		const before = await page.locator('h1').boundingBox();
		await page.locator('.site-menu > summary').click();
		expect(await page.locator('h1').boundingBox()).toEqual(before);
	});

	it.each(['light', 'dark'] as const)(
		'has no WCAG 2.2 AA violation axe can find with the notes and the contents open, then the menu (%s)',
		async (colorScheme) => {
			const { page } = await open(PIECE, { ...PHONE, colorScheme });
			await page.locator('.provenance > summary').click();
			await page.locator('.toc > summary').click();
			expect(await page.locator('.toc').getAttribute('open')).not.toBeNull();
			expect(await axeViolations(page)).toEqual([]);
			// One menu open at a time: opening this one closes the contents.
			await page.locator('.site-menu > summary').click();
			expect(await page.locator('.site-menu').getAttribute('open')).not.toBeNull();
			expect(await page.locator('.toc').getAttribute('open')).toBeNull();
			expect(await axeViolations(page)).toEqual([]);
		},
	);

	it('closes the menu on Escape, and keeps the theme button in it', async () => {
		const { page } = await open(PIECE, PHONE);
		await page.locator('.site-menu > summary').click();
		expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.locator('.site-menu').getAttribute('open')).toBeNull();
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
	});

	it('folds the notes on the text into one line that opens, and the age notice to one line', async () => {
		const { page } = await open(PIECE, PHONE);
		const summary = page.locator('.provenance > summary');
		const lineHeight = await summary.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
		expect((await summary.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 1.5);
		const note = page.locator('.provenance p').first();
		expect(await note.isVisible()).toBe(false);
		await summary.click();
		expect(await note.isVisible()).toBe(true);
		const notice = page.locator('.dated-notice');
		const noticeLine = await notice.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
		const padding = await notice.evaluate((element) => parseFloat(getComputedStyle(element).paddingTop) + parseFloat(getComputedStyle(element).paddingBottom));
		expect((await notice.boundingBox())!.height - padding).toBeLessThanOrEqual(noticeLine * 1.5);
	});

	it('puts the share links and the contents in one row, the contents opening over the text', async () => {
		const { page } = await open(PIECE, PHONE);
		const tops = await page
			.locator('.share__actions > li:visible, .toc > summary')
			.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
		expect(tops.length).toBeGreaterThan(3);
		expect(new Set(tops).size).toBe(1);
		const first = await page.locator('.prose > p').first().boundingBox();
		await page.locator('.toc > summary').click();
		expect(await page.locator('.toc a').first().isVisible()).toBe(true);
		expect(await page.locator('.prose > p').first().boundingBox()).toEqual(first);
		// Following one of its links closes it, as a menu closes: it would stay over the text.
		await page.locator('.toc a').first().click();
		expect(await page.locator('.toc').getAttribute('open')).toBeNull();
	});
});

describe('copy buttons beside paragraphs', () => {
	it.each([390, 1280])('arrive into room kept for them from the first paint: no paragraph moves (%i px)', async (width) => {
		const viewport = { width, height: 844 };
		const paragraphBoxes = (page: Page) =>
			page.locator('.prose > p[id]').evaluateAll((paragraphs) => paragraphs.map((paragraph) => paragraph.getBoundingClientRect().toJSON() as DOMRect));
		// The page as it is painted before its script has run: the script answers, but does nothing.
		const { page: before } = await open('/about/', { viewport });
		await before.route('**/PieceScripts*.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
		await before.goto(new URL(PIECE, before.url()).href, { waitUntil: 'load' });
		expect(await before.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
		expect(await before.locator('.prose > p > .copy-anchor').count()).toBe(0);
		const { page: after } = await open(PIECE, { viewport });
		await expect.poll(() => after.locator('.prose > p[id] > .copy-anchor').count()).toBe(await after.locator('.prose > p[id]').count());
		const [kept, arrived] = [await paragraphBoxes(before), await paragraphBoxes(after)];
		expect(kept.length).toBeGreaterThan(5);
		expect(arrived).toEqual(kept);
	});
});

describe('on a wide screen', () => {
	it('shows the sections in the header and the notes on the text open, with nothing to unfold', async () => {
		const { page } = await open(PIECE, { javaScriptEnabled: false });
		// The menu and the notes' summary are in the page, hidden: not merely missing.
		expect(await page.locator('.site-menu > summary').count()).toBe(1);
		expect(await page.locator('.provenance > summary').count()).toBe(1);
		expect(await page.locator('.site-nav a', { hasText: 'Methodology' }).isVisible()).toBe(true);
		expect(await page.locator('.site-menu > summary').isVisible()).toBe(false);
		expect(await page.locator('.provenance p').first().isVisible()).toBe(true);
		expect(await page.locator('.provenance > summary').isVisible()).toBe(false);
	});
});

describe('section links', () => {
	it('are in the HTML as links beside each heading, for a reader without JavaScript', async () => {
		const { page } = await open(PIECE, { javaScriptEnabled: false });
		const headings = await page.locator('.prose :is(h2, h3)').evaluateAll((elements) =>
			elements.map((heading) => ({
				id: heading.id,
				link: heading.parentElement?.querySelector('a.heading-link')?.getAttribute('href'),
				inHeading: heading.querySelector('a') !== null,
			})),
		);
		expect(headings.length).toBeGreaterThanOrEqual(2);
		for (const heading of headings) expect(heading).toEqual({ id: expect.stringMatching(/.+/), link: `#${heading.id}`, inHeading: false });
	});

	it('become buttons that copy the address where JavaScript runs, moving nothing', async () => {
		const { page } = await open(PIECE, { javaScriptEnabled: false });
		const withoutScript = await page.locator('.prose h2').first().boundingBox();
		const scripted = await open(PIECE);
		await expect.poll(() => scripted.page.locator('.heading-row > button.copy-anchor--heading').count()).toBeGreaterThanOrEqual(2);
		expect(await scripted.page.locator('a.heading-link').count()).toBe(0);
		expect(await scripted.page.locator('.prose h2').first().boundingBox()).toEqual(withoutScript);
	});
});

describe('dates', () => {
	it('say when an old piece was dated, in so many words', async () => {
		const { page } = await open(PIECE);
		await expect(page.locator('.dated-notice').textContent()).resolves.toMatch(/^Dated February 2022, over \d+ years ago\.$/);
	});

	it('are given in the Jalali calendar too on a piece about Iran, in the header and the ledger', async () => {
		const { page } = await open(PIECE);
		expect(await page.locator('.article-header .dates').textContent()).toContain('14 February 2022 (25 Bahman 1400 AP)');
		expect(await page.locator('.claim .date-jalali').count()).toBeGreaterThan(5);
	});
});

describe('claim markers', () => {
	it('preview the claim’s status and who asserts it on hover and on focus, and Escape hides the preview', async () => {
		const { page } = await open(PIECE);
		const marker = page.locator('a.claim-mark').first();
		const entry = page.locator(await marker.getAttribute('href').then((href) => `li${href}`));
		const status = (await entry.locator('.status').textContent())!.replace('Status: ', '').trim();
		const assertedBy = (await entry.locator('.claim__facts dd').first().textContent())!.trim();
		await marker.hover();
		const tip = page.locator('#claim-tip');
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(`${status}. Asserted by ${assertedBy}.`);
		expect(await marker.getAttribute('aria-describedby')).toBe('claim-tip');
		await page.mouse.move(0, 0);
		await expect.poll(() => tip.isVisible()).toBe(false);
		await page.locator('a.claim-mark').nth(1).focus();
		await expect.poll(() => tip.isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await tip.isVisible()).toBe(false);
	});

	it('lead to the ledger without JavaScript, and no preview appears', async () => {
		const { page } = await open(PIECE, { javaScriptEnabled: false });
		const marker = page.locator('a.claim-mark').first();
		const href = await marker.getAttribute('href');
		await marker.click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
		expect(await page.locator('#claim-tip').count()).toBe(0);
	});
});

describe('the theme', () => {
	it('follows the system, and a chosen theme is kept and applied before the first paint', async () => {
		const { page } = await open('/', { colorScheme: 'light' });
		const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await background()).toBe('rgb(253, 252, 250)');
		const button = page.locator('[data-theme-toggle]');
		expect(await button.textContent()).toMatch(/Theme:\s*System/);
		await button.click();
		expect(await button.textContent()).toMatch(/Theme:\s*Dark/);
		expect(await background()).toBe('rgb(22, 21, 19)');
		// The next page, checked as soon as its HTML is parsed: already dark.
		await page.goto(new URL(PIECE, page.url()).href, { waitUntil: 'commit' });
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- null until the parser reaches <body>, whatever the DOM types say
		await page.waitForFunction(() => document.body !== null);
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const headScripts = await page
			.locator('head script[src]')
			.evaluateAll((scripts) =>
				scripts.map((script) => [
					script.getAttribute('src'),
					script.getAttribute('type'),
					(script as HTMLScriptElement).defer,
					(script as HTMLScriptElement).async,
				]),
			);
		expect(headScripts[0]).toEqual(['/before-paint.js', null, false, false]);
	});

	it('has no button without JavaScript, and follows the system', async () => {
		const { page } = await open('/', { javaScriptEnabled: false, colorScheme: 'dark' });
		// In the HTML, but hidden: a button that was not there at all would be out of sight too.
		expect(await page.locator('[data-theme-toggle]').count()).toBe(1);
		expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 21, 19)');
	});
});

describe('on paper', () => {
	it('prints the piece, the ledger and the sources with their addresses, without navigation, search or sharing', async () => {
		const { page } = await open(PIECE);
		// The real site has one piece, so no list of more pieces: browsing.test.ts prints one on the search fixture.
		const hiddenOnPaper = ['.site-header', '.share', '.toc', '.header-search'];
		// On the screen first: each is there and shown, so that hidden on paper means hidden by the print styles.
		for (const selector of hiddenOnPaper) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
		await page.emulateMedia({ media: 'print' });
		for (const selector of hiddenOnPaper) {
			expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		for (const selector of ['h1', '.prose', '.ledger', '.sources']) expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
		const first = page.locator('.sources__list .citation__title').first();
		const written = await first.evaluate((link) => getComputedStyle(link, '::after').content);
		expect(written).toContain(await first.getAttribute('href'));
	});
});

describe('budgets', () => {
	it('a piece transfers at most 30 kB gzipped in all, of which at most 5 kB is JavaScript', async () => {
		const { page } = await open(PIECE, { colorScheme: 'light' });
		const seen: { url: string; type: string; body: Buffer }[] = [];
		page.on('response', async (response) => {
			seen.push({ url: response.url(), type: response.request().resourceType(), body: await response.body().catch(() => Buffer.alloc(0)) });
		});
		await page.reload({ waitUntil: 'networkidle' });
		const gzipped = (items: typeof seen) => items.reduce((sum, item) => sum + gzipSync(item.body, { level: 9 }).length, 0);
		const total = gzipped(seen);
		const script = gzipped(seen.filter((item) => item.type === 'script'));
		expect(seen.map((item) => item.type)).toContain('document');
		expect(total, seen.map((item) => `${item.url} ${item.body.length}`).join('\n')).toBeLessThanOrEqual(30_000);
		expect(script).toBeLessThanOrEqual(5_000);
	});
});
