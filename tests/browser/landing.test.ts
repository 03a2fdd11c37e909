import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedPage, useBrowser } from './browser.ts';

/**
 * Every link into a piece lands with its target at the top of the screen: opened cold from a
 * shared link, and followed from inside the page, on a phone and a desktop, whether or not the
 * reader asked for reduced motion. Positions only: nothing here is timed.
 */

const { open, origin } = useBrowser();
const PIECE = '/articles/khamenei-combined-offensive/';

const SETTINGS: { name: string; options: BrowserContextOptions }[] = [390, 1280].flatMap((width) =>
	(['no-preference', 'reduce'] as const).map((reducedMotion) => ({
		name: `${width} px, reduced motion: ${reducedMotion}`,
		options:
			width === 390
				? { viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3, reducedMotion }
				: { viewport: { width, height: 900 }, reducedMotion },
	})),
);

/** How far below its scroll margin a target may sit and still be at the top of the screen. */
const TOLERANCE = 8;

interface ScrollLog {
	/** The target's distance from the top of the viewport at the first scroll of the document. */
	firstTop: number | undefined;
	scrolls: number;
}

/**
 * In every new document: where the target of the address was when the page first scrolled. A
 * page that jumps to its target has it in view from then on; one that glides there from the top
 * has it far below.
 */
function logFirstScroll(): void {
	const log: ScrollLog = { firstTop: undefined, scrolls: 0 };
	(window as unknown as { scrollLog: ScrollLog }).scrollLog = log;
	addEventListener(
		'scroll',
		() => {
			if (log.scrolls++ === 0) log.firstTop = document.getElementById(decodeURIComponent(location.hash.slice(1)))?.getBoundingClientRect().top;
		},
		{ passive: true },
	);
}

interface Landing {
	id: string;
	/** The fragment of the address, decoded. */
	hash: string;
	/** The target's distance from the top of the viewport, and the margin it asks to keep there. */
	top: number;
	scrollMargin: number;
	/** Whether the page is scrolled as far as it goes, where a target near its end stays lower. */
	atEnd: boolean;
	viewportHeight: number;
	log: ScrollLog | undefined;
}

/**
 * Waits until nothing will move the page any more: the fonts are in and the scroll position has
 * held still for several frames (a smooth scroll changes it every frame until it ends). Bounded,
 * so that a page that never settles fails on its position rather than on the test's timeout.
 */
async function settle(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await document.fonts.ready;
		const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
		let last = Number.NaN;
		for (let stable = 0, frames = 0; stable < 5 && frames < 600; frames++) {
			await frame();
			stable = window.scrollY === last ? stable + 1 : 0;
			last = window.scrollY;
		}
	});
}

async function landing(page: Page, id: string): Promise<Landing> {
	await settle(page);
	return page.evaluate((id) => {
		const target = document.getElementById(id);
		if (!target) throw new Error(`no element #${id}`);
		const root = document.scrollingElement!;
		return {
			id,
			hash: decodeURIComponent(location.hash.slice(1)),
			top: target.getBoundingClientRect().top,
			scrollMargin: Number.parseFloat(getComputedStyle(target).scrollMarginTop) || 0,
			atEnd: root.scrollTop >= root.scrollHeight - root.clientHeight - 1,
			viewportHeight: root.clientHeight,
			log: (window as unknown as { scrollLog?: ScrollLog }).scrollLog,
		};
	}, id);
}

/** What is wrong with a landing, or undefined when the target is where it should be. */
function miss({ id, hash, top, scrollMargin, atEnd, viewportHeight }: Landing): string | undefined {
	if (hash !== id) return `#${id}: the address is #${hash}`;
	const atTop = top >= scrollMargin - 1 && top <= scrollMargin + TOLERANCE;
	// Near the end of the page the target cannot reach the top: the page must then be scrolled to its end, with the target in view.
	const asFarAsItGoes = atEnd && top >= scrollMargin - 1 && top < viewportHeight;
	return atTop || asFarAsItGoes ? undefined : `#${id}: top ${top.toFixed(1)} px (scroll margin ${scrollMargin} px${atEnd ? ', page at its end' : ''})`;
}

/**
 * A piece opened at a fragment must also get there in one jump: a glide from the top runs
 * through the whole piece to a place fixed when it starts, which is how a claim link once
 * opened 3,900 px short of its claim.
 */
function glided({ id, log, viewportHeight }: Landing): string | undefined {
	if (log?.firstTop === undefined) return undefined;
	return log.firstTop >= -1 && log.firstTop < viewportHeight
		? undefined
		: `#${id}: glided there (at its first scroll the target was ${log.firstTop.toFixed(0)} px away)`;
}

/** A few of a list: its first, middle and last. */
function aFew<T>(items: T[]): T[] {
	return [...new Set([items[0]!, items[Math.floor(items.length / 2)]!, items.at(-1)!])];
}

describe.each(SETTINGS)('links into a piece, at $name', ({ options }) => {
	let opened: OpenedPage;
	let page: Page;
	let targets: { claims: string[]; toc: string[]; others: string[] };

	beforeAll(async () => {
		opened = await open(PIECE, options);
		page = opened.page;
		await page.addInitScript(logFirstScroll);
		const found = await page.evaluate(() => {
			const ids = (selector: string) => [...document.querySelectorAll(selector)].map((element) => element.id);
			return {
				claims: ids('.ledger__list > li[id]'),
				toc: [...document.querySelectorAll('.toc a')].map((link) => decodeURIComponent(link.getAttribute('href')!.slice(1))),
				sources: ids('.sources__list > li[id]'),
				marks: ids('a.claim-mark[id]'),
				headings: ids('.prose :is(h2, h3)[id]'),
				paragraphs: ids('.prose > p[id]'),
			};
		});
		targets = {
			claims: found.claims,
			toc: found.toc,
			others: [...aFew(found.sources), ...aFew(found.marks), ...found.headings.slice(0, 1), ...aFew(found.paragraphs)],
		};
	});

	afterAll(async () => {
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when the setup itself failed
		await page?.context().close();
	});

	it('reads the targets from the page', () => {
		expect(targets.claims.length).toBeGreaterThan(10);
		expect(targets.toc).toEqual(expect.arrayContaining(['ledger', 'sources', 'corrections']));
		expect(targets.others.filter((id) => id.startsWith('source-'))).toHaveLength(3);
		expect(targets.others.filter((id) => id.startsWith('mark-'))).toHaveLength(3);
		expect(targets.others.filter((id) => /^p[0-9a-f]{6}/.test(id))).toHaveLength(3);
	});

	/** Opens the piece afresh at `#id`, as a reader does from a shared link: a new document, not a jump within one. */
	async function coldLandings(ids: string[]): Promise<string[]> {
		const misses: string[] = [];
		let scrolled = 0;
		for (const id of ids) {
			await page.goto('about:blank');
			await page.goto(`${origin}${PIECE}#${encodeURIComponent(id)}`, { waitUntil: 'load' });
			const landed = await landing(page, id);
			// glided() reads the log logFirstScroll() keeps: without it, or without a scroll, it checks nothing.
			if (!landed.log) misses.push(`#${id}: the page kept no scroll log`);
			if (landed.log?.firstTop !== undefined) scrolled += 1;
			const problem = miss(landed) ?? glided(landed);
			if (problem) misses.push(problem);
		}
		// The targets are far down the piece: opening it at them scrolls, and glided() saw where each was then.
		if (scrolled === 0) misses.push(`none of ${ids.length} landings scrolled the page, so none was checked for a glide`);
		return misses;
	}

	it('opened cold at a claim of the ledger, lands on it', async () => {
		expect(await coldLandings(targets.claims)).toEqual([]);
	});

	it('opened cold at an entry of the table of contents, lands on it', async () => {
		expect(await coldLandings(targets.toc)).toEqual([]);
	});

	it('opened cold at a source, a claim marker, a heading or a paragraph, lands on it', async () => {
		expect(await coldLandings(targets.others)).toEqual([]);
	});

	/** Follows a link of the page as a reader does: brought into view, then clicked. */
	async function follow(selector: string): Promise<string | undefined> {
		const link = page.locator(selector).first();
		const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
		await link.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
		await settle(page);
		await link.click();
		return miss(await landing(page, id));
	}

	it('followed from inside the page, lands on the target', async () => {
		await page.goto('about:blank');
		await page.goto(`${origin}${PIECE}`, { waitUntil: 'load' });
		await settle(page);
		const misses: (string | undefined)[] = [];
		for (const index of targets.toc.keys()) {
			// On a phone the contents open over the text and close once a link in them is followed.
			if ((await page.locator('.toc').getAttribute('open')) === null) await page.locator('.toc summary').click();
			misses.push(await follow(`.toc li:nth-child(${index + 1}) > a`));
		}
		for (const id of aFew(targets.claims).map((claim) => claim.replace(/^claim-/, ''))) {
			// A claim marker in the text, a source of that claim, and back to the marker.
			misses.push(await follow(`a.claim-mark[href="#claim-${id}"]`));
			misses.push(await follow(`#claim-${id} .claim__source-ref`));
			misses.push(await follow(`#claim-${id} .claim__back a[href^="#mark-"]`));
		}
		// From a source to a claim that cites it.
		misses.push(await follow('.sources__cited a'));
		expect(misses.filter(Boolean)).toEqual([]);
	});

	it('loads nothing from elsewhere and raises no error', () => {
		expect(opened.offSiteRequests).toEqual([]);
		expect(opened.errors).toEqual([]);
	});
});
