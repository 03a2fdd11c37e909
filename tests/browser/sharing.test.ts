import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.ts';

const { open, origin } = useBrowser();

const SLUG = 'khamenei-combined-offensive';
const PATH = `/articles/${SLUG}/`;
const SITE = 'https://dossier.example';

/** Width and height from a PNG's header chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function metaTags(path: string): Promise<Record<string, string[]>> {
	const { page } = await open(path, { javaScriptEnabled: false });
	const pairs = await page
		.locator('meta[property], meta[name]')
		.evaluateAll((elements) =>
			elements.map((element) => [element.getAttribute('property') ?? element.getAttribute('name') ?? '', element.getAttribute('content') ?? ''] as const),
		);
	const tags: Record<string, string[]> = {};
	for (const [key, value] of pairs) (tags[key] ??= []).push(value);
	return tags;
}

describe('a shared link', () => {
	it('describes the preview image of a piece in words', async () => {
		const tags = await metaTags(PATH);
		expect(tags['og:image:alt']?.[0]).toMatch(/^Opinion\. .*Dated 14 February 2022\. 16 claims checked\. Dossier$/);
		expect(tags['twitter:image:alt']).toEqual(tags['og:image:alt']);
	});

	it.each(['/', '/about/', '/topics/', '/archive/', '/sources/', PATH])('%s names an og:image that exists as a 1200x630 PNG under 300 kB', async (path) => {
		const tags = await metaTags(path);
		const image = tags['og:image']?.[0];
		expect(image).toMatch(new RegExp(`^${SITE}/`));
		const response = await fetch(`${origin}${new URL(image!).pathname}`);
		expect(response.status).toBe(200);
		const png = Buffer.from(await response.arrayBuffer());
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.length).toBeLessThan(300_000);
	});
});

describe('the share bar', () => {
	it('offers plain links to email, Telegram, WhatsApp, X and Facebook carrying the piece’s address, and no widget', async () => {
		const { page, offSiteRequests } = await open(PATH);
		const links = await page
			.locator('.share a')
			.evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent.trim(), (anchor as HTMLAnchorElement).href]));
		expect(links.map(([label]) => label)).toEqual(['Email', 'Telegram', 'WhatsApp', 'X', 'Facebook']);
		for (const [, href] of links) expect(decodeURIComponent(href!)).toContain(`${SITE}${PATH}`);
		expect(await page.locator('.share iframe, .share script').count()).toBe(0);
		expect(offSiteRequests).toEqual([]);
	});

	it('keeps its buttons out of sight without JavaScript, and the links working', async () => {
		const { page } = await open(PATH, { javaScriptEnabled: false });
		// In the HTML, but hidden: a button that was not there at all would be out of sight too.
		expect(await page.locator('.share [data-copy-link]').count()).toBe(1);
		expect(await page.locator('.share [data-share-native]').count()).toBe(1);
		await expect(page.locator('.share [data-copy-link]').isVisible()).resolves.toBe(false);
		await expect(page.locator('.share [data-share-native]').isVisible()).resolves.toBe(false);
		expect(await page.locator('.share a:visible').count()).toBe(5);
		expect(await page.locator('.copy-anchor').count()).toBe(0);
	});

	it('copies the exact address of the piece, and says so to the eye and to screen readers', async () => {
		const { page, errors } = await open(`${PATH}?highlight=hack`, { permissions: ['clipboard-read', 'clipboard-write'] });
		// The label turns back after two seconds: time stands still here, however slow the machine.
		await page.clock.install();
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		// Found by its role no more: once pressed, it is named "Copied".
		const button = page.locator('.share [data-copy-link]');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${PATH}`);
		await expect.poll(() => button.textContent()).toBe('Copied');
		await expect.poll(() => page.locator('.share [role="status"]').textContent()).toBe('Link to this piece copied.');
		expect(errors).toEqual([]);
	});
});

describe('copy-link buttons', () => {
	async function copiedBy(name: string): Promise<string> {
		const { page } = await open(PATH, { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.evaluate(() => navigator.clipboard.writeText(''));
		const button = page.getByRole('button', { name, exact: true });
		await button.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
		return page.evaluate(() => navigator.clipboard.readText());
	}

	it('on a ledger claim copies the address of that claim’s own page, which a chat previews as the claim', async () => {
		const { page } = await open(PATH);
		const third = (await page.locator('li.claim').nth(2).getAttribute('id'))!.replace(/^claim-/, '');
		const copied = await copiedBy('Copy link to claim 3');
		expect(copied).toBe(`${origin}${PATH}claims/${third}/`);
		const claimPage = await open(new URL(copied).pathname);
		expect(claimPage.status).toBe(200);
		expect(await claimPage.page.locator('meta[property="og:url"]').getAttribute('content')).toMatch(new RegExp(`${PATH}claims/${third}/$`));
	});

	it('on a heading copies the link to that heading, from beside it: the heading keeps its own name', async () => {
		const { page } = await open(PATH);
		const heading = page.locator('.prose h2').first();
		const [id, text] = [await heading.getAttribute('id'), (await heading.textContent())?.trim()];
		expect(await heading.locator('button').count()).toBe(0);
		expect(await copiedBy(`Copy link to the section “${text}”`)).toBe(`${origin}${PATH}#${id}`);
	});

	it('on a paragraph copies the link to that paragraph', async () => {
		const { page } = await open(PATH);
		const id = await page.locator('.prose > p').nth(1).getAttribute('id');
		expect(id).toMatch(/^p[0-9a-f]{6}$/);
		expect(await copiedBy('Copy link to paragraph 2')).toBe(`${origin}${PATH}#${id}`);
	});

	it('are named for what they copy, one for each claim, heading and paragraph', async () => {
		const { page } = await open(PATH);
		const names = await page.locator('button.copy-anchor').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
		expect(names.filter((name) => name?.startsWith('Copy link to claim '))).toHaveLength(16);
		expect(names.filter((name) => name?.startsWith('Copy link to paragraph '))).toHaveLength(await page.locator('.prose > p').count());
		expect(names.filter((name) => name?.startsWith('Copy link to the section '))).toHaveLength(await page.locator('.prose h2').count());
	});

	it('are reached with the Tab key, and show themselves when they have the focus', async () => {
		const { page } = await open(PATH);
		const hidden = page.locator('.copy-anchor--paragraph').first();
		expect(await hidden.evaluate((button) => getComputedStyle(button).opacity)).toBe('0');
		let reached = false;
		for (let press = 0; press < 80 && !reached; press += 1) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.classList.contains('copy-anchor--paragraph') ?? false);
		}
		expect(reached).toBe(true);
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).opacity)).toBe('1');
	});
});
