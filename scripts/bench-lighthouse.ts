// `npm run bench:lighthouse`: builds the site as `npm run build` ships it, serves it gzipped with
// its production headers, and runs Lighthouse's mobile audit (performance, accessibility, best
// practices, SEO) three times on the newest piece, the home page and the search page. Writes the
// scores into BENCHMARKS.md. Needs Lighthouse, which is no dependency of the site:
// `npm install --no-save lighthouse chrome-launcher`. Not a test: scores are timings.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildSite } from '../tests/support/build-site.ts';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_MISSING, lighthouseRuns, loadLighthouse } from './bench/lighthouse.ts';
import { machineDescription } from './bench/report.ts';
import { weighPage } from './bench/weigh-page.ts';

const RUNS = 3;
const lighthouse = await loadLighthouse();
if (!lighthouse) {
	console.error(`Lighthouse is ${LIGHTHOUSE_MISSING}.`);
	process.exit(1);
}
const chromiumPath = findOrInstallChromium();
const work = await mkdtemp(join(tmpdir(), 'dossier-lighthouse-'));
const outDir = join(work, 'dist');
const build = await buildSite({ outDir });
if (build.exitCode !== 0) throw new Error(`the site did not build:\n${build.output}`);
const site = await serveStatic(outDir, '/', { gzip: true });
try {
	const home = readFileSync(join(outDir, 'index.html'), 'utf8');
	const piece = /href="(\/articles\/[^"/]+\/)"/.exec(home)?.[1];
	if (!piece) throw new Error('the home page links to no piece');
	const pages = [
		{ name: `the newest piece (${piece})`, path: piece },
		{ name: 'the home page (/)', path: '/' },
		{ name: 'the search page (/search/?q=hack)', path: '/search/?q=hack' },
	];
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
	const weight = await weighPage(browser, `${site.origin}${piece}`).finally(() => browser.close());
	const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
	const weights = weight.rows
		.filter((row) => row.requests > 0)
		.map((row) => `${row.kind} ${kB(row.bytes)} (${row.requests} request${row.requests === 1 ? '' : 's'})`);
	const total = weight.rows.reduce((sum, row) => sum + row.bytes, 0);
	console.log(`Lighthouse ${lighthouse.version}: ${pages.length} pages, ${RUNS} runs each…`);
	const results = await lighthouseRuns(
		lighthouse,
		pages.map((page) => `${site.origin}${page.path}`),
		chromiumPath,
		RUNS,
	);
	const header = `| Page | Run | ${LIGHTHOUSE_CATEGORIES.map((category) => category.replace('-', ' ')).join(' | ')} |`;
	const rows = pages.flatMap((page) =>
		results
			.get(`${site.origin}${page.path}`)!
			.map((run, index) => `| ${index === 0 ? page.name : ''} | ${index + 1} | ${LIGHTHOUSE_CATEGORIES.map((category) => run.scores[category]).join(' | ')} |`),
	);
	const failing = [
		...new Set(pages.flatMap((page) => results.get(`${site.origin}${page.path}`)!.flatMap((run) => run.failing.map((audit) => `${page.path} ${audit}`)))),
	];
	const metrics = pages.map((page) => `- ${page.name}: ${results.get(`${site.origin}${page.path}`)![0]!.metrics}.`);
	const section = [
		'## Lighthouse',
		'',
		`\`npm run bench:lighthouse\`, ${new Date().toISOString().slice(0, 10)}, ${await machineDescription(chromiumPath)}. Lighthouse ${lighthouse.version}, mobile (its default: a mid-range phone on a throttled connection, simulated), on the site built as \`npm run build\` ships it and served gzipped with its production headers; ${RUNS} runs a page.`,
		'',
		header,
		`|${' --- |'.repeat(LIGHTHOUSE_CATEGORIES.length + 2)}`,
		...rows,
		'',
		`What the piece loads on a phone, gzipped at level 9: ${kB(total)} in all: ${weights.join(', ')}; ${weight.elements} elements in its page once its scripts have run.`,
		'',
		'First run of each page, the metrics behind its performance score:',
		'',
		...metrics,
		'',
		failing.length === 0 ? 'No audit cost a point in any run.' : `Audits that cost points:\n\n${failing.map((audit) => `- ${audit}`).join('\n')}`,
		'',
	].join('\n');
	const file = 'BENCHMARKS.md';
	const text = readFileSync(file, 'utf8');
	const existing = /\n## Lighthouse\n[\s\S]*?(?=\n## |$)/.exec(text);
	writeFileSync(file, existing ? text.replace(existing[0], `\n${section}`) : `${text.trimEnd()}\n\n${section}`);
	console.log(section);
} finally {
	await site.close();
	await rm(work, { recursive: true, force: true });
}
