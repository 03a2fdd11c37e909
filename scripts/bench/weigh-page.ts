import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from 'playwright-core';
import { buildSite } from '../../tests/support/build-site.ts';
import { serveStatic } from '../../tests/support/static-server.ts';
import { LIGHTHOUSE_MISSING, lighthouseRuns, loadLighthouse } from './lighthouse.ts';

export interface Weight {
	kind: string;
	requests: number;
	bytes: number;
}

const KINDS: Record<string, string> = { document: 'HTML', stylesheet: 'CSS', script: 'JavaScript', font: 'fonts', image: 'images' };

/**
 * What a page loads on a phone-sized screen, by kind, gzipped at level 9 as a host serves text
 * (images as they are), and how many elements the page has once its scripts have run.
 */
export async function weighPage(browser: Browser, url: string): Promise<{ rows: Weight[]; elements: number }> {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	const weights = new Map<string, Weight>();
	page.on('response', async (response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		const kind = KINDS[response.request().resourceType()] ?? 'other';
		const weight = weights.get(kind) ?? { kind, requests: 0, bytes: 0 };
		weight.requests += 1;
		weight.bytes += kind === 'images' ? body.length : gzipSync(body, { level: 9 }).length;
		weights.set(kind, weight);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
	await context.close();
	return { rows: ['HTML', 'CSS', 'JavaScript', 'fonts', 'images', 'other'].map((kind) => weights.get(kind) ?? { kind, requests: 0, bytes: 0 }), elements };
}

/**
 * Builds the real site, opens its newest piece in Chromium on a phone-sized screen and adds up
 * what it loads by kind, gzipped at level 9 as a host serves text. Runs Lighthouse's mobile
 * performance audit on it too, when Lighthouse is installed (./lighthouse.ts; all four of its
 * categories on three pages: `npm run bench:lighthouse`).
 */
export async function weighArticlePage(chromiumPath: string): Promise<{ path: string; rows: Weight[]; lighthouse: string }> {
	const work = await mkdtemp(join(tmpdir(), 'dossier-weigh-'));
	const outDir = join(work, 'dist');
	const build = await buildSite({ outDir });
	if (build.exitCode !== 0) throw new Error(`the real site did not build:\n${build.output}`);
	const site = await serveStatic(outDir, '/', { gzip: true });
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
	try {
		const home = await browser.newPage();
		await home.goto(`${site.origin}/`);
		const path = (await home.locator('main a[href*="/articles/"]').first().getAttribute('href'))!;
		const { rows } = await weighPage(browser, `${site.origin}${path}`);
		return { path, rows, lighthouse: await lighthouseScore(`${site.origin}${path}`, chromiumPath) };
	} finally {
		await browser.close();
		await site.close();
		await rm(work, { recursive: true, force: true });
	}
}

async function lighthouseScore(url: string, chromiumPath: string): Promise<string> {
	const lighthouse = await loadLighthouse();
	if (!lighthouse) return `Lighthouse: not measured (${LIGHTHOUSE_MISSING}).`;
	const runs = (await lighthouseRuns(lighthouse, [url], chromiumPath, 3, ['performance'])).get(url)!;
	const scores = runs.map((run) => run.scores.performance);
	const best = runs[scores.indexOf(Math.max(...scores))]!;
	return `Lighthouse ${lighthouse.version}, mobile (its default: a mid-range phone on a throttled connection, simulated), performance score in 3 runs: ${scores.join(', ')}. Best run: ${best.metrics}.`;
}
