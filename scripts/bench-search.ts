// `npm run bench:search [-- 1000 10000]`: builds generated corpora and measures search on them:
// index size, bytes a browser fetches for a first query, and time to first results in headless
// Chromium. Writes the figures into BENCHMARKS.md. Not a test: it takes minutes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { generateCorpus } from './bench/generate-corpus.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [1000, 10000];
const QUERIES = ['ketro', 'shiran tol'];
const RUNS = 3;
const work = join(tmpdir(), 'dossier-bench-search');
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function build(contentDir: string, outDir: string): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
			env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`build failed (${code})`))));
	});
}

/** The files a search can fetch: the UI bundles Pagefind also writes are not used by the site. */
function indexSize(bundle: string) {
	const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !/ui\.(js|css)$/.test(entry.name));
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0) };
}

interface QueryRun {
	msFromLoad: number;
	msCold: number;
	rawBytes: number;
	gzipBytes: number;
	pagefindBytes: number;
	requests: number;
}

async function measureQuery(browser: import('playwright-core').Browser, origin: string, query: string): Promise<QueryRun> {
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

const chromiumPath = findOrInstallChromium();
const rows: string[] = [];
for (const count of counts) {
	const contentDir = join(work, `content-${count}`);
	const outDir = join(work, `dist-${count}`);
	console.log(`generating ${count} pieces…`);
	await generateCorpus(contentDir, count);
	console.log(`building ${count} pieces…`);
	const seconds = await build(contentDir, outDir);
	const index = indexSize(join(outDir, 'pagefind'));
	const site = await serveStatic(outDir);
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
	for (const query of QUERIES) {
		const runs: QueryRun[] = [];
		for (let run = 0; run < RUNS; run += 1) runs.push(await measureQuery(browser, site.origin, query));
		const row = `| ${count.toLocaleString('en')} | ${seconds.toFixed(0)} s | ${kB(index.bytes)} in ${index.files} files | “${query}” | ${kB(median(runs.map((r) => r.pagefindBytes)))} | ${kB(median(runs.map((r) => r.gzipBytes)))} (${median(runs.map((r) => r.requests))} requests) | ${median(runs.map((r) => r.msCold)).toFixed(0)} ms | ${median(runs.map((r) => r.msFromLoad)).toFixed(0)} ms |`;
		console.log(row);
		rows.push(row);
	}
	await browser.close();
	await site.close();
}

const chromiumVersion = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] }).then(async (browser) => {
	const version = browser.version();
	await browser.close();
	return version;
});
const section = `## Search

Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion}. Corpora from \`scripts/bench/generate-corpus.ts\` (deterministic: about 1,200 words and 5 claims a piece, 400 shared sources, 12 topics, 14 years). Each figure is the median of ${RUNS} runs in a fresh browser context, served from localhost.

| pieces | build | Pagefind index | query | Pagefind bytes for the first query | all bytes for the search page and the first query (text gzipped) | shared \`?q=\` link to first result | typed query on a loaded page to first result |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- *Pagefind index*: every file under \`dist/pagefind/\` a search can fetch (the UI bundles Pagefind also writes are not used).
- *Bytes*: what the browser received: the search page's HTML, CSS and JS, \`pagefind.js\`, its worker and WebAssembly, the index entry, metadata, the index chunks and the result fragments of the first page of results. Pagefind's own files are compressed already; HTML, CSS, JS and JSON are counted gzipped, as a host serves them.
- *Shared link*: navigation start to the first result on screen. *Typed query*: on a page whose index has loaded, from submitting the words to the first result.
`;

const file = 'BENCHMARKS.md';
let text: string;
try {
	text = readFileSync(file, 'utf8');
} catch {
	text = '# Benchmarks\n\nFigures measured on this project\'s own machine. Benchmarks are scripts, never timed tests.\n';
}
text = /## Search\n[\s\S]*?(?=\n## |$)/.test(text) ? text.replace(/## Search\n[\s\S]*?(?=\n## |$)/, section) : `${text.trimEnd()}\n\n${section}`;
writeFileSync(file, text);
console.log(`wrote ${file}`);
