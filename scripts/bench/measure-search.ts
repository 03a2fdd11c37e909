import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** The files a search can fetch: the UI bundles Pagefind also writes are not used by the site. */
export function indexSize(bundle: string) {
	const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !/ui\.(js|css)$/.test(entry.name));
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0) };
}

export interface QueryRun {
	msFromLoad: number;
	msCold: number;
	rawBytes: number;
	gzipBytes: number;
	pagefindBytes: number;
	requests: number;
}

export async function measureQuery(browser: Browser, origin: string, query: string): Promise<QueryRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	let rawBytes = 0;
	let gzipBytes = 0;
	let pagefindBytes = 0;
	let requests = 0;
	page.on('response', async (response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		requests += 1;
		rawBytes += body.length;
		// Our test server sends files as they are; a real host compresses text, not Pagefind's already-compressed chunks.
		gzipBytes += /\.(html|css|js|json)(\?|$)|\/$/.test(response.url()) ? gzipSync(body).length : body.length;
		if (response.url().includes('/pagefind/')) pagefindBytes += body.length;
	});
	// Cold: a shared ?q= link, from navigation to the first result on screen.
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	await page.locator('.result').first().waitFor();
	const msCold = await page.evaluate(() => performance.now());
	// Warm page: the index is loaded; a new query typed, to its first result.
	await page.locator('#search-query').fill('');
	await page.locator('.result').first().waitFor({ state: 'detached' });
	const msFromLoad = await page.evaluate(async (q) => {
		const input = document.querySelector<HTMLInputElement>('#search-query')!;
		const started = performance.now();
		input.value = q;
		input.form!.requestSubmit();
		await new Promise<void>((resolve) => {
			const check = () => (document.querySelector('.result') ? resolve() : requestAnimationFrame(check));
			check();
		});
		return performance.now() - started;
	}, query);
	await context.close();
	return { msFromLoad, msCold, rawBytes, gzipBytes, pagefindBytes, requests };
}
