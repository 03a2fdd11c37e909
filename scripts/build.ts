// `npm run build [-- --outDir <dir>]`: the whole site. Astro checks the content and writes the
// pages, feeds and preview images; then, once Astro has exited, the search index and
// manifest.json are written. Pagefind holds every piece in memory while it indexes, as Astro
// does while it renders: one after the other, a build needs the memory of the larger, not of
// both (BENCHMARKS.md).
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setAsidePreviousOutput } from '../src/build/previous-output.ts';
import { startOfTodayUtc } from '../src/lib/build-clock.ts';

const ROOT = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const outDir = resolve(outDirOf(args) ?? 'dist');

/** Where Astro will write the site, in any of the forms its command line takes. */
function outDirOf(argv: string[]): string | undefined {
	let found: string | undefined;
	argv.forEach((arg, index) => {
		const [flag, value] = arg.split(/=(.*)/s);
		if (flag !== '--outDir' && flag !== '--out-dir') return;
		found = value ?? argv[index + 1];
	});
	return found;
}

// The build's one clock (why: src/integrations/content-check.ts; by the day: src/lib/build-clock.ts),
// pinned here so that Astro and manifest.json share it. Set but empty is not set.
if (!process.env.SOURCE_DATE_EPOCH) process.env.SOURCE_DATE_EPOCH = startOfTodayUtc();

const started = performance.now();
const say = (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [dossier:build] ${message}`);
const previousOutput = await setAsidePreviousOutput(outDir, ROOT);

// `--expose-gc` lets the content check give its garbage back before Vite starts
// (src/integrations/content-check.ts), so the build peaks lower.
const astro = spawn(process.execPath, ['--expose-gc', join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], {
	stdio: 'inherit',
	// The production site whatever the shell says: under NODE_ENV=development (common in
	// containers, and Vitest sets NODE_ENV=test) Astro would ship pages without their security
	// policy and with the development notices.
	env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', DOSSIER_BUILD: '1' },
});
const astroExit = await new Promise<number>((done) => astro.on('close', (code, signal) => done(code ?? (signal ? 1 : 0))));
await previousOutput.removed;
if (astroExit !== 0) process.exit(astroExit);

// Loaded once Astro is done: while it runs, this process should hold as little as it can.
const { indexForSearch } = await import('../src/build/search-index.ts');
const { startPhase } = await import('../src/build/progress.ts');
const { preloadSearchIndex } = await import('../src/build/search-preloads.ts');
const { buildManifest, MANIFEST_FILE } = await import('../src/lib/site-manifest.ts');
const { sourceDateEpoch } = await import('../src/lib/dates.ts');
const { siteBase, siteOrigin } = await import('../src/lib/site-env.ts');
const { headersFileForPlainHttp, isPlainHttp } = await import('../src/lib/plain-http.ts');

try {
	// The published pieces, as the site lists them for researchers: each has a page to index.
	const exported = JSON.parse(await readFile(join(outDir, 'claims.json'), 'utf8')) as { pieces: { slug: string }[] };
	const indexing = startPhase('search index', exported.pieces.length);
	const indexed = await indexForSearch(
		outDir,
		exported.pieces.map((piece) => piece.slug),
		(done) => indexing.count(done),
	);
	indexing.end(`${indexed} piece(s) indexed`);
	await preloadSearchIndex(outDir);
	if (isPlainHttp(siteOrigin())) {
		const headersFile = join(outDir, '_headers');
		await writeFile(headersFile, headersFileForPlainHttp(await readFile(headersFile, 'utf8')));
		say('_headers: a plain-http site, so no HSTS, no COOP and no upgrade to https');
	}

	const site = new URL(siteBase(), siteOrigin()).href;
	const manifest = await buildManifest(outDir, site, sourceDateEpoch());
	await writeFile(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
	say(`${MANIFEST_FILE}: SHA-256 of ${Object.keys(manifest.files).length} files`);
	say(`the site is in ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (error) {
	// The site is not complete without its index and manifest: the build fails, as Astro's would.
	console.error(`[dossier:build] ${(error as Error).message}`);
	process.exit(1);
}
