import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { open } = useBrowser('search');

type Page = Awaited<ReturnType<typeof open>>['page'];
const titles = (page: Page) => page.locator('.result__title a').allTextContents();
/** The words of a text, without punctuation or case: to tell which passage an excerpt is from. */
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the search page', () => {
	it('runs the search in a ?q= deep link', async () => {
		const { page, errors, offSiteRequests } = await open('/search/?q=petrol');
		await expect.poll(() => titles(page)).toEqual(['How the fuel-card system went down']);
		expect(await page.locator('#search-query').inputValue()).toBe('petrol');
		await expect(page.locator('#search-status').textContent()).resolves.toBe('1 piece matches “petrol”.');
		const excerpt = page.locator('.result__excerpt').first();
		// From the piece's opening (its summary and text): "petrol" is in both.
		const marked = (await excerpt.locator('mark').allTextContents()).map((word) => word.toLowerCase());
		expect(marked.length).toBeGreaterThan(0);
		expect(new Set(marked)).toEqual(new Set(['petrol']));
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
		const meta = await page.evaluate<Record<string, string>>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search('petrol');
			return (await search.results[0].data()).meta;
		})()`);
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
		await expect
			.poll(() => page.locator('.result__meta').allTextContents())
			// The Persian piece and its English translation, of one day, both as English results show them.
			.toEqual(['Report · 15 January 2024', 'Report · 15 January 2024', 'Analysis · 2 May 2023', 'Explainer · 1 March 2022', 'Report · 28 October 2021']);
		expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
		expect(await page.locator('#search-status').textContent()).toBe('5 pieces, newest first.');
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
			// Counted from before the search page loads: a dialog opened while it ran the query would otherwise go unseen.
			const { page, errors } = await open('/about/');
			let dialogs = 0;
			page.on('dialog', async (dialog) => {
				dialogs += 1;
				await dialog.dismiss();
			});
			await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, page.url()).href, { waitUntil: 'load' });
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

describe('the sections of a piece found', () => {
	it('show a claim found by its words: its number, status and an excerpt of that claim alone, linking to it with the words', async () => {
		const { page, errors } = await open('/search/?q=Evin');
		await expect.poll(() => titles(page)).toEqual(['<img src=x onerror=alert(1)> What the leaked prison videos show']);
		const hits = page.locator('.result .result__sections > li > a.section-hit');
		await expect.poll(() => hits.count()).toBe(1);
		const hit = hits.first();
		expect(await hit.locator('.section-hit__claim').textContent()).toBe('Claim 1');
		expect(await hit.locator('.status').textContent()).toBe('Status: Attributed only');
		expect(await hit.locator('.status').getAttribute('class')).toBe('status status--attributed');
		expect(new URL((await hit.getAttribute('href'))!, page.url()).href).toMatch(/\/articles\/prison-leaks\/\?highlight=evin#claim-footage-released$/);
		const excerpt = (await hit.locator('.section-hit__excerpt').textContent())!;
		expect(await hit.locator('.section-hit__excerpt mark').allTextContents()).toEqual(['Evin']);
		// Every word of the excerpt is the claim's; none is the text's ("videos", "guards") or a citation's ("Example Wire").
		const claim = await open('/articles/prison-leaks/');
		// innerText: textContent runs one block's last word into the next one's first.
		const claimWords = new Set(wordsOf(await claim.page.locator('#claim-footage-released').innerText()));
		expect(wordsOf(excerpt).filter((word) => !claimWords.has(word))).toEqual([]);
		expect(excerpt).not.toMatch(/Example Wire|Fuel stations shut|guards/);
		expect(errors).toEqual([]);
	});

	it('lands, followed, with the claim in view and the words marked inside it', async () => {
		const { page, errors } = await open('/search/?q=Evin', { viewport: { width: 390, height: 844 } });
		const hit = page.locator('a.section-hit').first();
		await expect.poll(() => hit.count()).toBe(1);
		await hit.click();
		await page.waitForURL(/\/articles\/prison-leaks\/\?highlight=evin#claim-footage-released$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-footage-released');
		await expect.poll(() => page.locator('#claim-footage-released mark.pagefind-highlight').allTextContents()).toEqual(['Evin']);
		await expect
			.poll(() =>
				page.locator('#claim-footage-released').evaluate((claim) => {
					const { top } = claim.getBoundingClientRect();
					return top >= 0 && top < innerHeight / 2;
				}),
			)
			.toBe(true);
		expect(errors).toEqual([]);
	});

	it('show a section of the text by its heading, and the piece’s own excerpt only from its opening', async () => {
		const { page } = await open('/search/?q=August');
		await expect.poll(() => titles(page)).toEqual(['<img src=x onerror=alert(1)> What the leaked prison videos show']);
		const hits = page.locator('a.section-hit');
		await expect.poll(() => hits.count()).toBe(2);
		// "August" is in the opening, in the claim's date and in the correction: the opening is the piece's excerpt.
		expect(await page.locator('.result__excerpt mark').allTextContents()).toEqual(['August']);
		const labels = await hits.locator('.section-hit__label').allTextContents();
		expect(labels.sort()).toEqual(['Claim 1 Status: Attributed only', 'Corrections']);
		const corrections = hits.filter({ hasText: 'Corrections' });
		expect(await corrections.getAttribute('href')).toMatch(/\?highlight=august#corrections$/);
		// The correction's words, without the heading its link already shows, nor the claim's before it.
		const correction = (await corrections.locator('.section-hit__excerpt').textContent())!;
		expect(correction).toMatch(/^5 March 2022: An earlier version/);
		expect(correction).not.toMatch(/Hackers released|Evin/);
	});

	it('show a claim’s words that look like markup as text, and no excerpt of the piece when only a claim has the words', async () => {
		const { page, errors } = await open('/search/?q=archived');
		await expect.poll(() => page.locator('a.section-hit').count()).toBe(1);
		// Pagefind's excerpt of the whole page would repeat the claim's.
		expect(await page.locator('.result__excerpt').count()).toBe(0);
		expect(await page.locator('.section-hit__excerpt').textContent()).toContain('"<script>alert(1)</script> & more"');
		expect(await page.locator('#search-results script, #search-results img').count()).toBe(0);
		expect(errors).toEqual([]);
	});
});

describe('search on the real site', () => {
	const real = useBrowser('real');

	it('shows at most three sections under a piece, the most relevant first', async () => {
		const { page } = await real.open('/search/?q=Khamenei');
		await expect.poll(() => page.locator('.result').count()).toBe(1);
		await expect.poll(() => page.locator('a.section-hit').count()).toBe(3);
		// Pagefind found more: the page chose three.
		const found = await page.evaluate<number>(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const data = await (await pagefind.search('Khamenei')).results[0].data();
			return data.sub_results.filter((section) => section.anchor).length;
		})()`);
		expect(found).toBeGreaterThan(3);
		for (const href of await page.locator('a.section-hit').evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
			expect(href).toMatch(/^\/articles\/khamenei-combined-offensive\/\?highlight=khamenei#[a-z0-9-]+$/);
		}
	});

	it('lands, followed on a phone, on a claim far down a long piece, with the words marked inside it', async () => {
		const { page, errors } = await real.open('/search/?q=Nouri', { viewport: { width: 390, height: 844 } });
		const hit = page.locator('a.section-hit[href$="#claim-nouri-trial"]');
		await expect.poll(() => hit.count()).toBe(1);
		expect(await hit.locator('.section-hit__label').textContent()).toBe('Claim 8 Status: Corroborated');
		await hit.click();
		await page.waitForURL(/\?highlight=nouri#claim-nouri-trial$/);
		await expect.poll(() => page.locator('#claim-nouri-trial mark.pagefind-highlight').count()).toBeGreaterThan(0);
		await expect
			.poll(() =>
				page.locator('#claim-nouri-trial').evaluate((claim) => {
					const { top } = claim.getBoundingClientRect();
					return top >= 0 && top < innerHeight / 2;
				}),
			)
			.toBe(true);
		expect(errors).toEqual([]);
	});

	it.each(['Khamenei', 'prison hackers', 'Reuters', 'headline recorded', 'URL reads', 'Wikipedia', 'death toll'])(
		'shows no citation in an excerpt for %j',
		async (query) => {
			const { page, errors } = await real.open(`/search/?q=${encodeURIComponent(query)}`);
			// The count is written before the results are: wait for the excerpts themselves.
			await expect.poll(() => page.locator('.result__excerpt, .section-hit__excerpt').count(), { message: 'excerpts to check' }).toBeGreaterThan(0);
			const excerpts = await page.locator('.result__excerpt, .section-hit__excerpt').allTextContents();
			for (const excerpt of excerpts)
				expect(excerpt).not.toMatch(
					/headline not recorded|the URL reads|Hausa TV|Columbus Dispatch|Teller Report|EA WorldView|golestanpalace|Cited for claim/i,
				);
			expect(errors).toEqual([]);
		},
	);

	it('finds nothing by a publisher named only in citations', async () => {
		const { page } = await real.open('/search/?q=Hausa');
		await expect.poll(() => page.locator('#search-status').textContent()).toBe('No piece matches “Hausa”. Try other or fewer words, or remove a filter.');
	});
});

describe('the search page’s own field', () => {
	it('is the only search field on the page: the header has none there', async () => {
		const { page } = await open('/search/');
		expect(await page.locator('input[type="search"]').count()).toBe(1);
		expect(await page.locator('#header-search-query').count()).toBe(0);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
	});

	it('keeps words typed and an order chosen before its script has loaded, and searches them', async () => {
		// The page as a reader on a slow network gets it: the form first, the script much later.
		const { page } = await open('/about/');
		let release: () => void = () => undefined;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/search\.astro[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(new URL('/search/?q=petrol', page.url()).href, { waitUntil: 'commit' });
		const field = page.locator('#search-query');
		await field.waitFor();
		await field.fill('tribunal');
		await page.locator('#search-sort').selectOption('newest');
		release();
		await expect.poll(() => titles(page)).toEqual(['What a people’s tribunal can and cannot do']);
		expect(await field.inputValue()).toBe('tribunal');
		expect(await page.locator('#search-sort').inputValue()).toBe('newest');
		expect(new URL(page.url()).searchParams.get('q')).toBe('tribunal');
		expect(new URL(page.url()).searchParams.get('sort')).toBe('newest');
	});
});
