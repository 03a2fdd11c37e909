// `npm run bench [-- --sizes=1000,5000 --runs=3 --10000]`: builds generated corpora with this
// site and with a bare Astro site over the same files, in the same run, and measures each: build
// time, peak memory, output size, the search index, a first search in headless Chromium, and a
// rebuild after one piece changes. Then it weighs the article page of the real site. Writes the
// figures into BENCHMARKS.md. Not a test: it takes many minutes.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { astroCacheDir } from '../src/lib/content-dir.ts';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { indexSize, measureQuery, type QueryRun } from './bench/measure-search.ts';
import { benchmarksText, machineDescription, median } from './bench/report.ts';
import { type MeasuredRun, runMeasured } from './bench/run-measured.ts';
import { weighArticlePage } from './bench/weigh-page.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BARE_SITE = join(ROOT, 'scripts/bench/bare-site');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** Our build as `npm run build` runs it: Astro, then the search index and the manifest. */
const BUILD = join(ROOT, 'scripts/build.ts');
const PAGEFIND = join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');

const flag = (name: string) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.split('=')[1];
const sizes = (flag('sizes') ?? '1000,5000').split(',').map(Number).filter(Boolean);
if (process.argv.includes('--10000')) sizes.push(10_000);
const RUNS = Number(flag('runs') ?? 3);
/** Runs for 5,000 pieces and more, which take minutes each. */
const LARGE_RUNS = Number(flag('large-runs') ?? RUNS);
const QUERY = 'ketro';

const seconds = (value: number) => `${value.toFixed(1)} s`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const ratio = (ours: number, bare: number) => `${(ours / bare).toFixed(2)}×`;

function dirBytes(dir: string): number {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function mustSucceed(run: MeasuredRun, what: string): MeasuredRun {
	if (run.exitCode !== 0) throw new Error(`${what} failed:\n${run.output.slice(-4000)}`);
	return run;
}

const env = (extra: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1795600000', ...extra });

/** The bare site: Astro, then Pagefind's command line over its output. Caches emptied first. */
async function buildBare(contentDir: string, outDir: string) {
	await Promise.all([outDir, join(BARE_SITE, 'node_modules'), join(BARE_SITE, '.astro')].map((dir) => rm(dir, { recursive: true, force: true })));
	const astro = mustSucceed(await runMeasured(process.execPath, [ASTRO, 'build', '--root', BARE_SITE, '--outDir', outDir], { cwd: ROOT, env: env({ CONTENT_DIR: contentDir }) }), 'the bare build');
	const pagefind = mustSucceed(await runMeasured(process.execPath, [PAGEFIND, '--site', outDir], { cwd: ROOT }), 'Pagefind on the bare build');
	return { seconds: astro.seconds + pagefind.seconds, peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes) };
}

/** This site, from empty caches (Astro's content cache, the content check's, the preview images') unless `warm`. */
async function buildOurs(contentDir: string, outDir: string, caches: string, warm = false) {
	await rm(outDir, { recursive: true, force: true });
	if (!warm) await Promise.all([astroCacheDir(ROOT, contentDir), caches].map((dir) => rm(dir, { recursive: true, force: true })));
	const cacheEnv = { OG_CACHE_DIR: join(caches, 'og'), CONTENT_CHECK_CACHE_DIR: join(caches, 'content-check') };
	return mustSucceed(await runMeasured(process.execPath, [BUILD, '--outDir', outDir], { cwd: ROOT, env: env({ CONTENT_DIR: contentDir, ...cacheEnv }) }), 'our build');
}

/** Changes one sentence of one piece, as an editor fixing a typo would. */
function editOnePiece(contentDir: string) {
	const folder = join(contentDir, 'articles');
	const year = readdirSync(folder).sort()[0]!;
	const file = join(folder, year, readdirSync(join(folder, year)).sort()[0]!);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n(\S+) /, '\n\nEdited: $1 '));
}

const chromiumPath = findOrInstallChromium();
const work = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
const rows: string[] = [];
const verdicts: string[] = [];

for (const count of sizes) {
	const contentDir = join(work, `content-${count}`);
	const caches = join(work, `caches-${count}`);
	const oursOut = join(work, `ours-${count}`);
	const bareOut = join(work, `bare-${count}`);
	console.log(`${count} pieces: generating`);
	await generateCorpus(contentDir, count);

	const bare: Array<{ seconds: number; peakRssBytes: number }> = [];
	const ours: MeasuredRun[] = [];
	const runs = count >= 5000 ? LARGE_RUNS : RUNS;
	for (let run = 1; run <= runs; run += 1) {
		// Alternated, so that a slower spell of the machine falls on both.
		bare.push(await buildBare(contentDir, bareOut));
		ours.push(await buildOurs(contentDir, oursOut, caches));
		console.log(`${count} pieces, run ${run}: bare ${seconds(bare.at(-1)!.seconds)} ${megabytes(bare.at(-1)!.peakRssBytes)}; ours ${seconds(ours.at(-1)!.seconds)} ${megabytes(ours.at(-1)!.peakRssBytes)}`);
	}
	editOnePiece(contentDir);
	const rebuild = await buildOurs(contentDir, oursOut, caches, true);
	console.log(`${count} pieces: rebuild after one edit ${seconds(rebuild.seconds)}`);

	const site = await serveStatic(oursOut);
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
	const searches: QueryRun[] = [];
	for (let run = 0; run < 3; run += 1) searches.push(await measureQuery(browser, site.origin, QUERY));
	await browser.close();
	await site.close();

	const bareSeconds = median(bare.map((run) => run.seconds));
	const oursSeconds = median(ours.map((run) => run.seconds));
	const barePeak = median(bare.map((run) => run.peakRssBytes));
	const oursPeak = median(ours.map((run) => run.peakRssBytes));
	const oursIndex = indexSize(join(oursOut, 'pagefind'));
	const bareIndex = indexSize(join(bareOut, 'pagefind'));
	const searchBytes = median(searches.map((run) => run.gzipBytes));
	const searchMs = median(searches.map((run) => run.msFromLoad));
	rows.push(
		`| ${count.toLocaleString('en')} | ${seconds(bareSeconds)} | ${seconds(oursSeconds)} (${((oursSeconds * 1000) / count).toFixed(1)} ms a piece) | **${ratio(oursSeconds, bareSeconds)}** | ${megabytes(barePeak)} | ${megabytes(oursPeak)} | **${ratio(oursPeak, barePeak)}** | ${seconds(rebuild.seconds)} (**${(oursSeconds / rebuild.seconds).toFixed(1)}× faster**) | ${megabytes(dirBytes(bareOut))} / ${megabytes(dirBytes(oursOut))} | ${megabytes(bareIndex.bytes)} / ${megabytes(oursIndex.bytes)} | ${(searchBytes / 1000).toFixed(0)} kB, ${searchMs.toFixed(0)} ms |`,
	);
	verdicts.push(
		`- ${count.toLocaleString('en')} pieces: build ${ratio(oursSeconds, bareSeconds)} of bare (target ≤ 2×: ${oursSeconds <= 2 * bareSeconds ? 'met' : 'missed'}); peak memory ${ratio(oursPeak, barePeak)} (target ≤ 1.25×: ${oursPeak <= 1.25 * barePeak ? 'met' : 'missed'}); rebuild ${(oursSeconds / rebuild.seconds).toFixed(1)}× faster than cold (target ≥ 3×: ${oursSeconds >= 3 * rebuild.seconds ? 'met' : 'missed'})${count >= 10_000 ? `; first search ${(searchBytes / 1000).toFixed(0)} kB (target < 300 kB: ${searchBytes < 300_000 ? 'met' : 'missed'}) in ${searchMs.toFixed(0)} ms (target < 300 ms: ${searchMs < 300 ? 'met' : 'missed'})` : ''}.`,
	);
	console.log(rows.at(-1));
	await Promise.all([contentDir, caches, oursOut, bareOut, astroCacheDir(ROOT, contentDir)].map((dir) => rm(dir, { recursive: true, force: true })));
}

console.log('weighing the article page of the real site');
const page = await weighArticlePage(chromiumPath);
await rm(work, { recursive: true, force: true });

const machine = await machineDescription(chromiumPath);
const section = `## Build

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${machine}, Astro ${JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')).version}.

Method: corpora from \`scripts/bench/generate-corpus.ts\` (deterministic: about 1,200 words and 5 claims marked in the body of each piece, 400 shared sources, 12 topics, 14 years). Each corpus is built, in the same run and alternately, by this site as \`npm run build\` builds it (\`scripts/build.ts\`: Astro with the content check, the ledger, preview images, feeds and sitemap, then Pagefind and \`manifest.json\`) and by \`scripts/bench/bare-site\` (one layout, one glob collection, Astro's default Markdown processor, no integrations, then Pagefind's command line), each from empty caches (Astro's content cache, and for this site its content-check and preview-image caches). Times and memory are medians of ${RUNS} run${RUNS === 1 ? '' : 's'}${LARGE_RUNS !== RUNS ? ` (${LARGE_RUNS} from 5,000 pieces up)` : ''}; memory is the peak resident memory of the build and every process it starts, sampled every 50 ms. The rebuild changes one sentence of one piece and builds again with the caches of the last cold build. *First search*: the search page and a first query (“${QUERY}”, the commonest word) in headless Chromium, bytes with text gzipped as a host serves it, and the time from submitting the query on a loaded page to the first result on screen (median of 3).

| pieces | bare build | our build | ratio | bare peak memory | our peak memory | ratio | rebuild after one edit | dist bare / ours | search index bare / ours | first search (ours) |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Against the targets:

${verdicts.join('\n')}

## Article page

The first piece (\`${page.path}\`), loaded in headless Chromium from the built site; bytes gzipped at level 9 as a host would serve them (images as they are).

| | requests | bytes |
| --- | --- | --- |
${page.rows.map((row) => `| ${row.kind} | ${row.requests} | ${(row.bytes / 1000).toFixed(1)} kB |`).join('\n')}
| **all** | ${page.rows.reduce((sum, row) => sum + row.requests, 0)} | **${(page.rows.reduce((sum, row) => sum + row.bytes, 0) / 1000).toFixed(1)} kB** |

${page.lighthouse}
`;

const file = join(ROOT, 'BENCHMARKS.md');
let text = benchmarksText(file);
const existing = /## Build\n[\s\S]*?(?=\n## Search|$)/;
text = existing.test(text) ? text.replace(existing, section) : text.replace(/\n## Search/, `\n${section}\n## Search`);
writeFileSync(file, text);
console.log(`wrote ${file}`);
