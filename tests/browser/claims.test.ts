import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './browser.ts';

/*
 * A claim as the unit readers link, find and share: its own page (with its own preview), the
 * list of every claim, and one list per status. All of it without JavaScript.
 */

const SLUG = 'khamenei-combined-offensive';
const PIECE = `/articles/${SLUG}/`;
const { open, origin } = useBrowser('real');

interface LedgerClaim {
	id: string;
	words: string;
	status: string;
	assertedBy: string;
	sources: number;
	marked: string;
}

/** The ledger as the piece shows it, and the marked words in the text, read in a browser without JavaScript. */
async function ledger(): Promise<{ headline: string; claims: LedgerClaim[] }> {
	const { page } = await open(PIECE, { javaScriptEnabled: false });
	return page.evaluate(() => ({
		headline: document.querySelector('h1')!.textContent.trim(),
		claims: [...document.querySelectorAll<HTMLElement>('li.claim')].map((entry) => {
			const id = entry.id.replace(/^claim-/, '');
			const marker = document.getElementById(`mark-${id}`)!.cloneNode(true) as HTMLElement;
			marker.querySelector('.claim-mark__n')?.remove();
			return {
				id,
				words: entry.querySelector('.claim__words')!.textContent.trim(),
				status: entry
					.querySelector('.status')!
					.textContent.replace(/^Status:\s*/, '')
					.trim(),
				assertedBy: entry.querySelector('.claim__facts dd')!.textContent.trim(),
				sources: entry.querySelectorAll('.claim__sources > li').length,
				marked: marker.textContent.trim(),
			};
		}),
	}));
}

/** The schema.org nodes a page carries. */
const jsonLd = (html: string) =>
	[...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

describe('a claim’s own page', () => {
	it('exists for every claim, and says which claim of which piece it is, its status, who asserts it and where the piece makes it', async () => {
		const { headline, claims } = await ledger();
		expect(claims.length).toBe(16);
		for (const [index, claim] of claims.entries()) {
			const { page, offSiteRequests, errors, status } = await open(`${PIECE}claims/${claim.id}/`, { javaScriptEnabled: false });
			expect(status, claim.id).toBe(200);
			const shown = await page.evaluate(() => ({
				where: document.querySelector('.claim-page__where')?.textContent.replace(/\s+/g, ' ').trim(),
				words: document.querySelector('h1')?.textContent.trim(),
				status: document
					.querySelector('.claim-page__status .status')
					?.textContent.replace(/^Status:\s*/, '')
					.trim(),
				definition: document.querySelector<HTMLAnchorElement>('.claim-page__status a')?.getAttribute('href'),
				facts: document.querySelector('.claim__facts')?.textContent.replace(/\s+/g, ' '),
				passage: document.querySelector('.claim-passage')?.textContent.replace(/\s+/g, ' ').trim(),
				passageLink: document.querySelector('.claim-passage a')?.getAttribute('href'),
				marked: document.querySelector('.claim-passage mark')?.textContent.trim(),
				sources: document.querySelectorAll('.claim-page__sources > li .citation').length,
				prev: document.querySelector('a[rel="prev"]')?.getAttribute('href'),
				next: document.querySelector('a[rel="next"]')?.getAttribute('href'),
				piece: [...document.querySelectorAll<HTMLAnchorElement>('main a')].some(
					(link) => link.getAttribute('href') === location.pathname.replace(/claims\/[^/]+\/$/, ''),
				),
			}));
			expect(shown.where).toBe(`Claim ${index + 1} of 16 in ${headline}`);
			expect(shown.words).toBe(claim.words);
			expect(shown.status).toBe(claim.status);
			expect(shown.definition).toMatch(/^\/methodology\/#status-[a-z]+$/);
			expect(shown.facts).toContain(claim.assertedBy);
			// The author's sentence, with the marked words in it, linking to where they stand in the piece.
			expect(shown.marked).toBe(claim.marked);
			expect(shown.passage).toContain(claim.marked);
			expect(shown.passageLink).toBe(`${PIECE}#mark-${claim.id}`);
			expect(shown.sources).toBe(claim.sources);
			expect(shown.prev).toBe(index > 0 ? `${PIECE}claims/${claims[index - 1]!.id}/` : undefined);
			expect(shown.next).toBe(index < claims.length - 1 ? `${PIECE}claims/${claims[index + 1]!.id}/` : undefined);
			expect(shown.piece).toBe(true);
			expect(offSiteRequests).toEqual([]);
			expect(errors).toEqual([]);
			await page.context().close();
		}
	});

	it('is its own canonical address, previews as the claim and carries a ClaimReview of the claim as it appears in the piece', async () => {
		const { headline, claims } = await ledger();
		const images = new Set<string>();
		for (const claim of claims) {
			const response = await fetch(`${origin}${PIECE}claims/${claim.id}/`);
			const html = await response.text();
			const meta = (property: string) =>
				new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`)
					.exec(html)?.[1]
					?.replace(/&quot;/g, '"')
					.replace(/&amp;/g, '&');
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			expect(canonical).toMatch(new RegExp(`${PIECE}claims/${claim.id}/$`));
			expect(meta('og:url')).toBe(canonical);
			const title = meta('og:title')!;
			expect([...title].length).toBeLessThanOrEqual(110);
			// The claim's words, whole or cut at a word with an ellipsis.
			if (title === claim.words) expect([...claim.words].length).toBeLessThanOrEqual(110);
			else {
				expect(title.endsWith('…')).toBe(true);
				expect(claim.words.startsWith(title.slice(0, -1))).toBe(true);
				expect(claim.words[title.length - 1]).toMatch(/[\s,;:.]/);
			}
			const description = meta('og:description')!;
			expect(description).toContain(claim.status);
			expect(description).toContain(claim.assertedBy);
			expect(description).toContain(headline);
			const image = new URL(meta('og:image')!);
			expect(image.pathname).toBe(`${PIECE}claims/${claim.id}/og.png`);
			expect(meta('twitter:card')).toBe('summary_large_image');
			const png = Buffer.from(await (await fetch(`${origin}${image.pathname}`)).arrayBuffer());
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
			images.add(createHash('sha256').update(png).digest('hex'));

			const [data] = jsonLd(html);
			const reviewed = data!['@type'] === 'ClaimReview' ? (data!.itemReviewed as Record<string, unknown>) : data!;
			expect(data!['@type']).toBe(claim.status === 'Unverified' ? 'Claim' : 'ClaimReview');
			if (data!['@type'] === 'ClaimReview') {
				expect(data!.url).toBe(canonical);
				expect(data!.claimReviewed).toBe(claim.words);
				expect((data!.reviewRating as Record<string, unknown>).alternateName).toBe(claim.status);
			}
			expect(reviewed['@type']).toBe('Claim');
			expect(reviewed.text).toBe(claim.words);
			expect((reviewed.appearance as Record<string, unknown>).url).toMatch(new RegExp(`${PIECE}$`));
		}
		// One card a claim: none is another's.
		expect(images.size).toBe(claims.length);
	});

	it('reads at 390 px without sideways scrolling and passes axe, light and dark', async () => {
		const { claims } = await ledger();
		for (const colorScheme of ['light', 'dark'] as const) {
			const { page } = await open(`${PIECE}claims/${claims[7]!.id}/`, { viewport: { width: 390, height: 844 }, colorScheme });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
			expect(await axeViolations(page)).toEqual([]);
		}
	});

	it('has the share bar of a piece, whose copy button copies the claim page’s address', async () => {
		const { claims } = await ledger();
		const path = `${PIECE}claims/${claims[1]!.id}/`;
		const { page, errors } = await open(`${path}?highlight=prison`, { permissions: ['clipboard-read', 'clipboard-write'] });
		expect(await page.locator('.share').getAttribute('aria-label')).toBe('Share this claim');
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${path}`);
		await expect.poll(() => page.locator('.share [role="status"]').textContent()).toBe('Link to this claim copied.');
		const shareLinks = await page.locator('.share a.share__link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(shareLinks.length).toBeGreaterThan(0);
		for (const link of shareLinks) expect(decodeURIComponent(link)).toContain(path);
		expect(errors).toEqual([]);
	});
});

describe('every claim, and every claim of one status', () => {
	it('/claims/ lists every claim of every piece by the year of its event, latest first, each linking to its page', async () => {
		const { claims } = await ledger();
		const { page, offSiteRequests } = await open('/claims/', { javaScriptEnabled: false });
		const listed = await page.evaluate(() => ({
			years: [...document.querySelectorAll('.claim-list__year > h2')].map((heading) => heading.textContent.trim()),
			links: [...document.querySelectorAll<HTMLAnchorElement>('.claim-list__words a')].map((link) => link.getAttribute('href')),
			dates: [...document.querySelectorAll('.claim-list__facts time')].map((time) => time.getAttribute('datetime')),
			undated: [...document.querySelectorAll('.claim-list__item')].filter((item) => !item.querySelector('.claim-list__facts time')).length,
		}));
		expect(listed.links.sort()).toEqual(claims.map((claim) => `${PIECE}claims/${claim.id}/`).sort());
		// Every claim dated, under a heading of its event's year: the order checked is of real headings.
		expect(listed.undated).toBe(0);
		expect(listed.dates.every((date) => /^\d{4}/.test(date ?? ''))).toBe(true);
		expect(listed.years.length).toBeGreaterThan(1);
		expect(listed.years.every((year) => /^\d{4}$/.test(year))).toBe(true);
		expect(listed.years).toEqual([...listed.years].sort().reverse());
		expect(new Set(listed.years).size).toBe(listed.years.length);
		expect(offSiteRequests).toEqual([]);
	});

	it('the ledger’s summary links to one page per status, which lists that status alone', async () => {
		const { claims } = await ledger();
		const { page } = await open(PIECE, { javaScriptEnabled: false });
		const summary = await page
			.locator('.ledger__summary a[href^="/claims/"]')
			.evaluateAll((links) => links.map((link) => ({ href: link.getAttribute('href')!, text: link.textContent.trim() })));
		expect(summary.length).toBeGreaterThan(1);
		for (const { href, text } of summary) {
			const count = Number(text.split(' ')[0]);
			const status = await open(href, { javaScriptEnabled: false });
			expect(status.status, href).toBe(200);
			const items = await status.page.locator('.claim-list__item').evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset.status));
			expect(items.length).toBe(count);
			expect(new Set(items)).toEqual(new Set([href.split('/')[2]]));
			expect(claims.filter((claim) => claim.status.toLowerCase() === text.replace(/^\d+ /, '')).length).toBe(count);
		}
	});

	it('is linked from every page’s footer', async () => {
		const { page } = await open('/about/', { javaScriptEnabled: false });
		expect(await page.locator('footer a[href="/claims/"]').count()).toBe(1);
	});
});

describe('a re-assessed claim', () => {
	const fixture = useBrowser('search');
	const PRISON = '/articles/prison-leaks/';
	const SAID =
		/^Re-assessed on 12 April 2022 \(23 Farvardin 1401 AP\) as Attributed only; was Status: Unverified: When the piece appeared no copy of the footage could be found/;

	it('says when it was re-assessed and what it was before, in the ledger and on its own page, without JavaScript', async () => {
		const piece = await fixture.open(PRISON, { javaScriptEnabled: false });
		const inLedger = await piece.page.locator('#claim-footage-released .claim-history li').allTextContents();
		expect(inLedger.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([expect.stringMatching(SAID)]);
		// Other claims were never re-assessed: no history is shown for them.
		expect(await piece.page.locator('.claim-history').count()).toBe(1);
		const own = await fixture.open(`${PRISON}claims/footage-released/`, { javaScriptEnabled: false });
		const onPage = await own.page.locator('.claim-history li').allTextContents();
		expect(onPage.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual([expect.stringMatching(SAID)]);
		// The editors' note is shown as text, whatever it holds.
		expect(await own.page.locator('main script:not([src]):not([type="application/ld+json"]), main img').count()).toBe(0);
	});
});
