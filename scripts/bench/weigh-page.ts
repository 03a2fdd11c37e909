import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildSite } from '../../tests/support/build-site.ts';
import { serveStatic } from '../../tests/support/static-server.ts';

interface Weight {
	kind: string;
	requests: number;
	bytes: number;
}

const KINDS: Record<string, string> = { document: 'HTML', stylesheet: 'CSS', script: 'JavaScript', font: 'fonts', image: 'images' };

/**
 * Builds the real site, opens its newest piece in Chromium on a phone-sized screen and adds up
 * what it loads by kind, gzipped at level 9 as a host serves text. Runs Lighthouse's mobile
 * performance audit on it too, when Lighthouse is installed (it is not a dependency of the site:
 * `npm install --no-save lighthouse chrome-launcher`).
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
		await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
		const rows = ['HTML', 'CSS', 'JavaScript', 'fonts', 'images', 'other'].map((kind) => weights.get(kind) ?? { kind, requests: 0, bytes: 0 });
		return { path, rows, lighthouse: await lighthouseScore(`${site.origin}${path}`, chromiumPath) };
	} finally {
		await browser.close();
		await site.close();
		await rm(work, { recursive: true, force: true });
	}
}

interface LighthouseResult {
	lhr: { categories: { performance?: { score: number | null } }; audits: Record<string, { title: string; displayValue?: string }> };
}
type RunLighthouse = (url: string, flags: object) => Promise<LighthouseResult | undefined>;
type LaunchChrome = (options: object) => Promise<{ port: number; kill(): void }>;

/** Lighthouse, when it is installed: optional, so its modules are named in variables, not imports. */
async function loadLighthouse(): Promise<{ run: RunLighthouse; launch: LaunchChrome; version: string } | undefined> {
	const require = createRequire(import.meta.url);
	const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
	try {
		const run = ((await import(lighthouseName)) as { default: RunLighthouse }).default;
		const { launch } = (await import(launcherName)) as { launch: LaunchChrome };
		return { run, launch, version: (require(`${lighthouseName}/package.json`) as { version: string }).version };
	} catch {
		return undefined;
	}
}

async function lighthouseScore(url: string, chromiumPath: string): Promise<string> {
	const lighthouse = await loadLighthouse();
	if (!lighthouse) return 'Lighthouse: not measured (not installed: `npm install --no-save lighthouse chrome-launcher`, then run the benchmark again).';
	const chrome = await lighthouse.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
	try {
		const scores: number[] = [];
		const details: string[] = [];
		for (let run = 0; run < 3; run += 1) {
			const result = await lighthouse.run(url, { port: chrome.port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
			if (!result) throw new Error('Lighthouse returned no result');
			scores.push(Math.round((result.lhr.categories.performance?.score ?? 0) * 100));
			details.push(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${result.lhr.audits[id]?.title} ${result.lhr.audits[id]?.displayValue ?? ''}`.trim()).join(', '));
		}
		const best = scores.indexOf(Math.max(...scores));
		return `Lighthouse ${lighthouse.version}, mobile (its default: a mid-range phone on a throttled connection, simulated), performance score in 3 runs: ${scores.join(', ')}. Best run: ${details[best]}.`;
	} finally {
		chrome.kill();
	}
}
