import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { median } from './report.ts';

export interface DevLoopFigures {
	/** From starting `astro dev` to its "ready" line. */
	readySeconds: number;
	/** From starting it to the first article page answered. */
	firstPageSeconds: number;
	/** From saving a new headline to the open page showing it, each time. */
	saveToPageMs: number[];
	/** From saving a content error to the open page's error overlay, each time. */
	errorToOverlayMs: number[];
}

const PORT = 4391;

/** The first piece of a corpus: its file and its slug. */
function firstPiece(contentDir: string): { file: string; slug: string } {
	const folder = join(contentDir, 'articles');
	const year = readdirSync(folder).sort()[0]!;
	const name = readdirSync(join(folder, year)).sort()[0]!;
	return { file: join(folder, year, name), slug: name.replace(/\.md$/, '') };
}

async function until<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
	const end = Date.now() + timeoutMs;
	for (;;) {
		const value = await check().catch(() => undefined);
		if (value !== undefined) return value;
		if (Date.now() > end) throw new Error('timed out');
		await new Promise((wait) => setTimeout(wait, 10));
	}
}

/**
 * `npm run dev` over a corpus, as an editor lives in it: start it, open a piece, then save a new
 * headline (and a content error) `saves` times, each time timing until the open page shows it.
 */
export async function measureDevLoop(root: string, contentDir: string, chromiumPath: string, saves = 5): Promise<DevLoopFigures> {
	const { file, slug } = firstPiece(contentDir);
	const original = readFileSync(file, 'utf8');
	const started = performance.now();
	const dev: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT)], {
		cwd: root,
		env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	let readySeconds = Number.NaN;
	dev.stdout?.on('data', (chunk: Buffer) => {
		log += chunk.toString();
		if (Number.isNaN(readySeconds) && /ready in|Local\s+http/i.test(log)) readySeconds = (performance.now() - started) / 1000;
	});
	dev.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
	let browser: Browser | undefined;
	try {
		const url = `http://localhost:${PORT}/articles/${slug}/`;
		await until(async () => ((await fetch(url)).ok ? true : undefined), 180_000);
		const firstPageSeconds = (performance.now() - started) / 1000;
		browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
		const page = await browser.newPage();
		await page.goto(url, { waitUntil: 'load' });
		const saveToPageMs: number[] = [];
		const errorToOverlayMs: number[] = [];
		for (let save = 1; save <= saves; save += 1) {
			const headline = `Edited headline ${save}`;
			const saved = performance.now();
			writeFileSync(file, original.replace(/^title: .*$/m, `title: "${headline}"`));
			await until(async () => ((await page.locator('h1').first().textContent({ timeout: 50 })) === headline ? true : undefined), 60_000);
			saveToPageMs.push(performance.now() - saved);
			const broken = performance.now();
			writeFileSync(file, original.replace(/^kind: .*$/m, 'kind: rumour'));
			await until(async () => ((await page.locator('vite-error-overlay').count()) > 0 ? true : undefined), 60_000);
			errorToOverlayMs.push(performance.now() - broken);
			writeFileSync(file, original);
			await until(async () => ((await page.locator('vite-error-overlay').count()) === 0 ? true : undefined), 60_000).catch(() => page.reload());
		}
		return { readySeconds, firstPageSeconds, saveToPageMs, errorToOverlayMs };
	} catch (error) {
		throw new Error(`the dev loop could not be measured: ${(error as Error).message}\n${log.slice(-3000)}`);
	} finally {
		writeFileSync(file, original);
		await browser?.close();
		await stop(dev);
	}
}

/** Stops the dev server, and for good: a server left running holds the project's dev lock and its port. */
async function stop(dev: ChildProcess): Promise<void> {
	if (dev.exitCode !== null || dev.signalCode !== null) return;
	const exited = new Promise((resolve) => dev.once('exit', resolve));
	dev.kill('SIGTERM');
	const killer = setTimeout(() => dev.kill('SIGKILL'), 5000);
	await exited;
	clearTimeout(killer);
}

export function devLoopSummary(figures: DevLoopFigures): string {
	return `ready ${figures.readySeconds.toFixed(1)} s, first article page ${figures.firstPageSeconds.toFixed(1)} s; a saved headline in the open page ${median(figures.saveToPageMs).toFixed(0)} ms (median of ${figures.saveToPageMs.length}), a content error in its overlay ${median(figures.errorToOverlayMs).toFixed(0)} ms`;
}

/** Issue 19's targets for the dev loop: a save shown within 300 ms and the first page within 10 s at 1,000 pieces, 500 ms and 20 s from 5,000. */
export function devLoopTargets(pieces: number): { saveMs: number; firstPageSeconds: number } {
	return pieces >= 5000 ? { saveMs: 500, firstPageSeconds: 20 } : { saveMs: 300, firstPageSeconds: 10 };
}

/** Each target with its figure, met or missed. */
export function devLoopVerdicts(pieces: number, figures: DevLoopFigures): string[] {
	const targets = devLoopTargets(pieces);
	const verdict = (value: number, limit: number) => (value <= limit ? 'met' : 'missed');
	const save = median(figures.saveToPageMs);
	const error = median(figures.errorToOverlayMs);
	return [
		`first article page ${figures.firstPageSeconds.toFixed(1)} s (target ≤ ${targets.firstPageSeconds} s: ${verdict(figures.firstPageSeconds, targets.firstPageSeconds)})`,
		`a saved headline in the open page ${save.toFixed(0)} ms (target ≤ ${targets.saveMs} ms: ${verdict(save, targets.saveMs)})`,
		`a content error in the overlay ${error.toFixed(0)} ms (target ≤ ${targets.saveMs} ms: ${verdict(error, targets.saveMs)})`,
	];
}

/** The dev loop's table of BENCHMARKS.md: one row a corpus size. */
export function devLoopSection(measured: { pieces: number; figures: DevLoopFigures }[], today: string, machine: string): string {
	const rows = measured.map(({ pieces, figures }) => {
		const all = (values: number[]) => values.map((value) => value.toFixed(0)).join(', ');
		return `| ${pieces.toLocaleString('en')} | ${figures.readySeconds.toFixed(1)} s | ${figures.firstPageSeconds.toFixed(1)} s | ${median(figures.saveToPageMs).toFixed(0)} ms (${all(figures.saveToPageMs)}) | ${median(figures.errorToOverlayMs).toFixed(0)} ms (${all(figures.errorToOverlayMs)}) |`;
	});
	return `## The dev loop

Measured by \`npm run bench\` (or \`npm run bench:dev -- --pieces=N\` alone) on ${today}: ${machine}. \`astro dev\` over a corpus of the build table, new to it (Astro's content store starts empty), a piece open in headless Chromium; then five times a new headline saved, timed until the open page shows it, and a content error saved, timed until the page's error overlay shows it.

| pieces | start to "ready" | start to the first article page | a saved headline in the open page (median; each) | a content error in the overlay (median; each) |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Against the targets:

${measured.map(({ pieces, figures }) => `- ${pieces.toLocaleString('en')} pieces: ${devLoopVerdicts(pieces, figures).join('; ')}.`).join('\n')}
`;
}
