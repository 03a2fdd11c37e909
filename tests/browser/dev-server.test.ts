import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { buildEnvironment, PROJECT_ROOT } from '../support/build-site.ts';
import { VALID_ARTICLE_PATH, validContent, writeContentFixture } from '../support/content-fixture.ts';

const PORT = 4399;
let contentDir: string;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let serverOutput = '';

/** `npm run dev` on a fixture, as an editor runs it. */
beforeAll(async () => {
	contentDir = await writeContentFixture(validContent());
	const astro = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
	server = spawn(process.execPath, [astro, 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
		cwd: PROJECT_ROOT,
		// Vitest sets NODE_ENV=test, under which the dev server does not reload pages.
		env: { ...buildEnvironment(), NODE_ENV: 'development', CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	server.stdout?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
	const started = Date.now();
	while (
		(await fetch(`http://127.0.0.1:${PORT}/`)
			.then((response) => response.status)
			.catch(() => 0)) !== 200
	) {
		if (Date.now() - started > 60_000) throw new Error(`the dev server did not start:\n${serverOutput}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
}, 90_000);

afterAll(async () => {
	await browser?.close();
	// Stopped for good: a server left running holds the project's dev lock and its port.
	if (server?.exitCode === null && server.signalCode === null) {
		const exited = new Promise((resolve) => server?.once('exit', resolve));
		server.kill();
		const killer = setTimeout(() => server?.kill('SIGKILL'), 5000);
		await exited;
		clearTimeout(killer);
	}
	await rm(contentDir, { recursive: true, force: true });
	await rm(astroCacheDir(PROJECT_ROOT, contentDir), { recursive: true, force: true });
});

const overlayText = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const overlay = document.querySelector('vite-error-overlay');
		return overlay?.shadowRoot?.textContent ?? overlay?.textContent ?? '';
	});

describe('npm run dev', () => {
	const headline = (page: import('playwright-core').Page) => page.evaluate(() => document.querySelector('h1')?.textContent ?? '').catch(() => '');

	/**
	 * A page whose live-reload connection is open and settled: on a first visit Vite optimises
	 * dependencies and reloads the page once, and an edit saved during that reload would go unseen.
	 */
	async function openLive(path: string) {
		const page = await browser!.newPage();
		let connections = 0;
		page.on('websocket', (socket) => socket.on('framereceived', (frame) => String(frame.payload).includes('"connected"') && (connections += 1)));
		await page.goto(`http://127.0.0.1:${PORT}${path}`);
		await expect.poll(() => connections, { timeout: 20_000 }).toBeGreaterThan(0);
		await page.waitForTimeout(3000);
		await page.waitForLoadState('load');
		return page;
	}

	it('updates the open piece when it is saved', async () => {
		const page = await openLive('/articles/a-valid-piece/');
		await expect.poll(() => headline(page), { timeout: 30_000 }).toContain('A valid piece');
		const file = join(contentDir, VALID_ARTICLE_PATH);
		await writeFile(file, (await readFile(file, 'utf8')).replace('title: A valid piece', 'title: A valid piece, retitled'));
		await expect.poll(() => headline(page), { timeout: 30_000 }).toContain('A valid piece, retitled');
	}, 60_000);

	it("quotes a claim's sentence on its page, as the build does", async () => {
		// The dev server renders a piece only when a page shows it (content.config.ts): the claim's page renders it too.
		const html = await (await fetch(`http://127.0.0.1:${PORT}/articles/a-valid-piece/claims/attack-confirmed/`)).text();
		const passage = /<blockquote class="claim-passage"[\s\S]*?<\/blockquote>/.exec(html)?.[0] ?? '';
		expect(passage.replace(/<[^>]+>/g, '').trim()).toBe('Officials confirmed the attack on Thursday.');
		expect(passage).toMatch(/<a href="\/articles\/a-valid-piece\/#mark-attack-confirmed"[^>]*><mark/);
	}, 60_000);

	it('publishes a piece added while it runs', async () => {
		const file = join(contentDir, 'articles/2022/a-piece-added-later.md');
		await writeFile(file, (await readFile(join(contentDir, VALID_ARTICLE_PATH), 'utf8')).replace('title: A valid piece', 'title: A piece added later'));
		try {
			await expect
				.poll(
					async () => /<h1[^>]*>([^<]*)/.exec(await fetch(`http://127.0.0.1:${PORT}/articles/a-piece-added-later/`).then((response) => response.text()))?.[1],
					{
						timeout: 30_000,
					},
				)
				.toContain('A piece added later');
		} finally {
			await rm(file);
		}
	}, 60_000);

	it('shows content errors over the page with file, line and field, on open pages and on pages opened later', async () => {
		const page = await openLive('/articles/a-valid-piece/');
		await expect.poll(() => headline(page), { timeout: 30_000 }).toContain('A valid piece');

		const file = join(contentDir, VALID_ARTICLE_PATH);
		const valid = await readFile(file, 'utf8');
		await writeFile(file, valid.replace('kind: analysis', 'kind: analyses'));
		await expect.poll(() => overlayText(page), { timeout: 30_000 }).toMatch(/a-valid-piece\.md:4: kind: is "analyses"; expected one of/);
		expect(serverOutput, 'the terminal says it too').toMatch(/a-valid-piece\.md:4: kind: is "analyses"; expected one of/);

		const later = await openLive('/');
		await expect.poll(() => overlayText(later), { timeout: 30_000 }).toMatch(/kind: is "analyses"; expected one of/);

		// A marker naming no claim: said once, with the file's own line, not again by Astro's Markdown step.
		await writeFile(file, valid.replace('{#rumour}', '{#rumor}'));
		await expect.poll(() => overlayText(page), { timeout: 30_000 }).toMatch(/a-valid-piece\.md:24: body: claim marker names "rumor"/);
		expect(serverOutput).not.toMatch(/Failed to parse Markdown/);

		// Fixed: the open pages reload, without the overlay.
		await writeFile(file, valid);
		await expect.poll(() => overlayText(page), { timeout: 30_000 }).toBe('');
		await expect.poll(() => overlayText(later), { timeout: 30_000 }).toBe('');
		// The overlay goes as the page starts reloading, before its new headline is there.
		await expect.poll(() => headline(page), { timeout: 30_000 }).toContain('A valid piece');
	}, 90_000);
});
