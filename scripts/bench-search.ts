// `npm run bench:search [-- 1000 10000]`: builds generated corpora and measures search on them:
// index size, bytes a browser fetches for a first query, and time to first results in headless
// Chromium. Writes the figures into BENCHMARKS.md. Not a test: it takes minutes.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { buildCachesEnv } from './bench/build-caches.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { indexSize, measureQuery, type QueryRun } from './bench/measure-search.ts';
import { benchmarksText, machineDescription, median } from './bench/report.ts';

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const counts = sizes.length > 0 ? sizes : [1000, 10000];
const QUERIES = ['ketro', 'shiran tol'];
const RUNS = 3;
const work = join(tmpdir(), 'dossier-bench-search');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function build(contentDir: string, outDir: string, count: number): Promise<number> {
	const started = performance.now();
	return new Promise((resolve, reject) => {
		// As `npm run build` builds the site: Astro alone writes no search index.
		const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
			env: { ...process.env, CONTENT_DIR: contentDir, ...buildCachesEnv(join(work, `caches-${count}`)) },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
		child.on('close', (code) => (code === 0 ? resolve((performance.now() - started) / 1000) : reject(new Error(`build failed (${code})`))));
	});
}

const chromiumPath = findOrInstallChromium();
const rows: string[] = [];
for (const count of counts) {
	const contentDir = join(work, `content-${count}`);
	const outDir = join(work, `dist-${count}`);
	console.log(`generating ${count} pieces…`);
	await generateCorpus(contentDir, count);
	console.log(`building ${count} pieces…`);
	const seconds = await build(contentDir, outDir, count);
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

const machine = await machineDescription(chromiumPath);
const section = `## Search

Measured by \`npm run bench:search\` on ${new Date().toISOString().slice(0, 10)}: ${machine}. Corpora from \`scripts/bench/generate-corpus.ts\` (deterministic: about 1,200 words and 5 claims a piece, 400 shared sources, 12 topics, 14 years). Each figure is the median of ${RUNS} runs in a fresh browser context, served from localhost.

| pieces | build | Pagefind index | query | Pagefind bytes for the first query | all bytes for the search page and the first query (text gzipped) | shared \`?q=\` link to first result | typed query on a loaded page to first result |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

- *Pagefind index*: every file under \`dist/pagefind/\` a search can fetch (the UI bundles Pagefind also writes are not used).
- *Bytes*: what the browser received: the search page's HTML, CSS and JS, \`pagefind.js\` and its WebAssembly, the index entry, metadata, the index chunks and the result fragments of the first page of results. Pagefind's own files are compressed already; HTML, CSS, JS and JSON are counted gzipped, as a host serves them.
- *Shared link*: navigation start to the first result on screen. *Typed query*: on a page whose index has loaded, from submitting the words to the first result.
`;

const file = 'BENCHMARKS.md';
let text = benchmarksText(file);
text = /## Search\n[\s\S]*?(?=\n## |$)/.test(text) ? text.replace(/## Search\n[\s\S]*?(?=\n## |$)/, section) : `${text.trimEnd()}\n\n${section}`;
writeFileSync(file, text);
console.log(`wrote ${file}`);
