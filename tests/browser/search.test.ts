import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { open } = useBrowser('search');

const titles = (page: Awaited<ReturnType<typeof open>>['page']) => page.locator('.result__title a').allTextContents();

describe('the search page', () => {
	it('runs the search in a ?q= deep link', async () => {
		const { page, errors, offSiteRequests } = await open('/search/?q=petrol');
		await expect.poll(() => titles(page)).toEqual(['How the fuel-card system went down']);
		expect(await page.locator('#search-query').inputValue()).toBe('petrol');
		await expect(page.locator('#search-status').textContent()).resolves.toBe('1 piece matches “petrol”.');
		const excerpt = page.locator('.result__excerpt').first();
		expect((await excerpt.locator('mark').allTextContents()).map((word) => word.toLowerCase())).toEqual(['petrol']);
		expect(errors).toEqual([]);
		expect(offSiteRequests).toEqual([]);
	});

	it('searches as the reader types, and keeps the words in the URL', async () => {
		const { page } = await open('/search/');
		await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/Type words/);
		await page.locator('#search-query').pressSequentially('tribunal');
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
		await expect.poll(() => new URL(page.url()).search).toBe('?q=tribunal');
	});

	it('gives each result its title, date, kind, summary and preview image as metadata', async () => {
		const { page } = await open('/search/');
		// A string: the test runner would rewrite an import() written as code.
		const meta = (await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search('petrol');
			return (await search.results[0].data()).meta;
		})()`)) as Record<string, string>;
		expect(meta).toMatchObject({ title: 'How the fuel-card system went down', kind: 'Report', date: '2021-10-28', image: '/articles/fuel-card-attack/og.png' });
		expect(meta.dek?.length).toBeGreaterThan(20);
		const image = await fetch(new URL(meta.image!, page.url()));
		expect(image.headers.get('content-type')).toBe('image/png');
	});

	it('filters by kind, and puts the filter in the URL', async () => {
		const { page } = await open('/search/?q=the');
		await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(1);
		await page.locator('.search-form__filters summary').click();
		await page.locator('#search-filters input[name="kind"][value="Analysis"]').check();
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
		expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['Analysis']);
	});

	it('loads the filters only when the reader opens them, not for a plain first query', async () => {
		const { page } = await open('/search/?q=petrol');
		await expect.poll(() => titles(page)).toHaveLength(1);
		const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
		expect(fetched.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
		expect(fetched.filter((url) => url.includes('/pagefind/index/'))).not.toEqual([]);
		expect(await page.locator('#search-filters input').count()).toBe(0);
		await page.locator('.search-form__filters summary').click();
		await expect.poll(() => page.locator('#search-filters legend').allTextContents()).toEqual(['Kind', 'Topic', 'Year', 'Claim status']);
	});

	it('filters by claim status, topic and year from the URL', async () => {
		const { page } = await open('/search/?status=Disputed');
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
		const byTopic = await open('/search/?topic=prisons&year=2022');
		await expect.poll(() => titles(byTopic.page)).toEqual(['<img src=x onerror=alert(1)> What the leaked prison videos show']);
	});

	it('lists every piece newest first', async () => {
		const { page } = await open('/search/');
		await page.locator('#search-sort').selectOption('newest');
		await expect.poll(() => page.locator('.result__meta').allTextContents()).toEqual([
			'Report · 15 January 2024',
			'Analysis · 2 May 2023',
			'Explainer · 1 March 2022',
			'Report · 28 October 2021',
		]);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
		expect(await page.locator('#search-status').textContent()).toBe('4 pieces, newest first.');
	});

	it('opens a result with the words marked on the piece, and Back returns to the results', async () => {
		const { page } = await open('/search/?q=guards');
		await expect.poll(() => titles(page)).toHaveLength(1);
		await page.locator('.result__title a').click();
		await page.waitForURL(/\/articles\/prison-leaks\/\?highlight=guards/);
		await expect.poll(() => page.locator('mark.pagefind-highlight').allTextContents()).toEqual(['guards']);
		await page.goBack();
		await expect.poll(() => titles(page)).toHaveLength(1);
		expect(await page.locator('#search-query').inputValue()).toBe('guards');
	});

	it('makes each submitted search a step that Back returns to', async () => {
		const { page } = await open('/search/?q=petrol');
		await expect.poll(() => titles(page)).toEqual(['How the fuel-card system went down']);
		await page.locator('#search-query').fill('tribunal');
		await page.locator('#search-query').press('Enter');
		await expect.poll(() => new URL(page.url()).search).toBe('?q=tribunal');
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
		await page.goBack();
		await expect.poll(() => new URL(page.url()).search).toBe('?q=petrol');
		await expect.poll(() => titles(page)).toEqual(['How the fuel-card system went down']);
		expect(await page.locator('#search-query').inputValue()).toBe('petrol');
	});

	it('says nothing matches a query made only of invisible marks', async () => {
		const { page } = await open(`/search/?q=${encodeURIComponent('\u0640\u0640 \u200c')}&sort=newest`);
		await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^No piece matches/);
		expect(await titles(page)).toEqual([]);
	});

	it('keeps anchors working on a piece opened with highlighted words', async () => {
		const { page } = await open('/articles/prison-leaks/?highlight=guards#claim-footage-released');
		await expect.poll(() => page.locator('mark.pagefind-highlight').count()).toBe(1);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-footage-released');
	});

	it.each([
		['Arabic-keyboard letters', 'كارگران'],
		['Persian letters', 'کارگران'],
		['a word with a zero-width non-joiner', 'اعتراض\u200cهای'],
		['the same word without it', 'اعتراضهای'],
		['Arabic yeh and kaf with a joiner', 'كتاب\u200cفروشي'],
	])('finds the Persian piece from %s', async (_, query) => {
		const { page, errors } = await open(`/search/?q=${encodeURIComponent(query)}`);
		await expect.poll(() => titles(page)).toEqual(['اعتراض‌های کارگران در ایران']);
		expect(await page.locator('.result__title').evaluate((title) => [title.getAttribute('lang'), getComputedStyle(title).direction])).toEqual(['fa', 'rtl']);
		expect(errors).toEqual([]);
	});

	it.each(['<img src=x onerror=alert(1)>', '"unclosed', "it's (", 'back\\slash', '[a-z]*+?', '</script><script>alert(1)</script>', '{{7*7}}'])(
		'shows the hostile query %j as text, injecting nothing',
		async (query) => {
			const { page, errors } = await open(`/search/?q=${encodeURIComponent(query)}`);
			let dialogs = 0;
			page.on('dialog', async (dialog) => {
				dialogs += 1;
				await dialog.dismiss();
			});
			await expect.poll(() => page.locator('#search-status').textContent()).not.toBe('Searching…');
			await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/match/);
			expect(await page.locator('#search-query').inputValue()).toBe(query);
			expect(await page.locator('#search-status').textContent()).toContain(`“${query}”`);
			expect(await page.locator('main img, main script:not([src])').count()).toBe(0);
			expect(dialogs).toBe(0);
			expect(errors).toEqual([]);
		},
	);

	it('shows a title containing markup as text in a result', async () => {
		const { page } = await open('/search/?q=leaked');
		await expect.poll(() => titles(page)).toEqual(['<img src=x onerror=alert(1)> What the leaked prison videos show']);
		expect(await page.locator('.result img').count()).toBe(0);
	});
});

describe('the search field in the header', () => {
	it('searches with a plain form, without JavaScript', async () => {
		const { page } = await open('/', { javaScriptEnabled: false });
		await page.locator('#header-search-query').fill('petrol');
		await page.locator('#header-search-query').press('Enter');
		await page.waitForURL(/\/search\/\?q=petrol$/);
		await expect(page.locator('noscript').count()).resolves.toBe(1);
	});

	it('takes the focus when the reader presses /', async () => {
		const { page } = await open('/articles/fuel-card-attack/');
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-query');
		await page.keyboard.type('tribunal');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=tribunal$/);
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
	});
});
