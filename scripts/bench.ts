// `npm run bench [-- --sizes=1000,5000 --runs=3 --10000]`: builds generated corpora with this
// site and with a bare Astro site over the same files, in the same run, and measures each: build
// time, peak memory, output size, the search index, a first search in headless Chromium, and a
// rebuild after one piece changes. At the smallest size it also measures what the claims' preview
// cards cost: one card, and the build with and without drawing them. Then it weighs the article
// page of the real site. Writes the figures into BENCHMARKS.md. Not a test: it takes many minutes.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { astroCacheDir } from '../src/lib/content-dir.ts';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { buildCachesEnv, ogCache } from './bench/build-caches.ts';
import { type DevLoopFigures, devLoopSection, measureDevLoop } from './bench/dev-loop.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { CARD_SAMPLE, CARD_WARM_UP, type CardTimes, measureClaimCards } from './bench/measure-cards.ts';
import { indexSize, measureQuery, type QueryRun } from './bench/measure-search.ts';
import { benchmarksText, keepEarlierLighthouse, keepUnmeasuredSizes, machineDescription, median } from './bench/report.ts';
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
	const astro = mustSucceed(
		await runMeasured(process.execPath, [ASTRO, 'build', '--root', BARE_SITE, '--outDir', outDir], { cwd: ROOT, env: env({ CONTENT_DIR: contentDir }) }),
		'the bare build',
	);
	const pagefind = mustSucceed(await runMeasured(process.execPath, [PAGEFIND, '--site', outDir], { cwd: ROOT }), 'Pagefind on the bare build');
	return { seconds: astro.seconds + pagefind.seconds, peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes) };
}

const imagesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);

/**
 * This site, from empty caches (Astro's content cache, the content check's, the preview images')
 * unless `warm`. With `images`, the preview-image cache starts as a copy of that folder instead of
 * empty: the build draws only the images it does not find there.
 */
async function buildOurs(contentDir: string, outDir: string, caches: string, { warm = false, images }: { warm?: boolean; images?: string } = {}) {
	await rm(outDir, { recursive: true, force: true });
	if (!warm) await Promise.all([astroCacheDir(ROOT, contentDir), caches].map((dir) => rm(dir, { recursive: true, force: true })));
	if (images) await cp(images, ogCache(caches), { recursive: true });
	const before = imagesIn(ogCache(caches));
	const run = mustSucceed(
		await runMeasured(process.execPath, [BUILD, '--outDir', outDir], { cwd: ROOT, env: env({ CONTENT_DIR: contentDir, ...buildCachesEnv(caches) }) }),
		'our build',
	);
	return { ...run, imagesDrawn: imagesIn(ogCache(caches)) - before, indexSeconds: indexSeconds(run.output) };
}

/** How long our build's search step took, as its log says (`search index: … (8.1 s)`). */
function indexSeconds(output: string): number {
	return Number(/search index: [^\n]*\(([\d.]+) s\)/.exec(output)?.[1] ?? Number.NaN);
}

/** Pagefind's command line over our pieces' pages, as a reference for our search step: the same pages, its own order. */
async function pagefindCommandLine(site: string, outDir: string): Promise<number> {
	await rm(outDir, { recursive: true, force: true });
	const run = mustSucceed(
		await runMeasured(process.execPath, [PAGEFIND, '--site', site, '--glob', 'articles/*/index.html', '--output-path', outDir], { cwd: ROOT }),
		'Pagefind’s command line over our pages',
	);
	return run.seconds;
}

function firstPiece(contentDir: string): string {
	const folder = join(contentDir, 'articles');
	const year = readdirSync(folder).sort()[0]!;
	return join(folder, year, readdirSync(join(folder, year)).sort()[0]!);
}

/** Changes one sentence of one piece, as an editor fixing a typo would. */
function editOnePiece(contentDir: string) {
	const file = firstPiece(contentDir);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/\n\n(\S+) /, '\n\nEdited: $1 '));
}

/** Changes the words of one claim of one piece: its card, and only its card, must be drawn again. */
function editOneClaim(contentDir: string) {
	const file = firstPiece(contentDir);
	writeFileSync(file, readFileSync(file, 'utf8').replace(/\n {4}text: "(\S+) /, '\n    text: "Reworded: $1 '));
}

/** Claim images in a built site. */
function claimImages(outDir: string): number {
	const articles = join(outDir, 'articles');
	return readdirSync(articles).reduce((sum, slug) => {
		const claims = join(articles, slug, 'claims');
		return sum + (existsSync(claims) ? readdirSync(claims).filter((id) => existsSync(join(claims, id, 'og.png'))).length : 0);
	}, 0);
}

interface BuildFigures {
	seconds: number;
	cpuSeconds: number;
	peakRssBytes: number;
}

interface ClaimCardFigures {
	count: number;
	cardTimes: CardTimes;
	drawnCold: number;
	drawnWithout: number;
	claimImagesInSite: number;
	with: BuildFigures;
	without: BuildFigures;
	rebuild: { seconds: number; cpuSeconds: number; imagesDrawn: number };
	claimEdit: { seconds: number; cpuSeconds: number; imagesDrawn: number };
	runs: number;
}

const chromiumPath = findOrInstallChromium();
const work = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
const rows: string[] = [];
const verdicts: string[] = [];
/** The claim cards' cost, measured at the smallest size. */
const CARD_SIZE = Math.min(...sizes);
let cardFigures: ClaimCardFigures | undefined;
const devLoops: { pieces: number; figures: DevLoopFigures }[] = [];

for (const count of sizes) {
	const contentDir = join(work, `content-${count}`);
	const caches = join(work, `caches-${count}`);
	const oursOut = join(work, `ours-${count}`);
	const bareOut = join(work, `bare-${count}`);
	console.log(`${count} pieces: generating`);
	const pieces = await generateCorpus(contentDir, count);

	// Every claim card, drawn once outside the builds: a cache to start the builds without claim cards from.
	const claimStore = join(work, `claim-cards-${count}`);
	let cardTimes: CardTimes | undefined;
	if (count === CARD_SIZE) {
		console.log(`${count} pieces: timing the claim cards`);
		cardTimes = await measureClaimCards(pieces, claimStore);
		console.log(
			`${count} pieces: ${cardTimes.claimCards} claim cards, ${cardTimes.claimCold.ms.toFixed(1)} ms a card cold (${cardTimes.claimCold.cpuMs.toFixed(1)} ms of processor), ${cardTimes.claimCached.ms.toFixed(2)} ms cached; all in ${seconds(cardTimes.allClaimsSeconds)}`,
		);
	}

	const bare: { seconds: number; peakRssBytes: number }[] = [];
	const ours: Awaited<ReturnType<typeof buildOurs>>[] = [];
	const withoutClaims: Awaited<ReturnType<typeof buildOurs>>[] = [];
	const commandLine: number[] = [];
	const runs = count >= 5000 ? LARGE_RUNS : RUNS;
	for (let run = 1; run <= runs; run += 1) {
		// Alternated, so that a slower spell of the machine falls on each.
		bare.push(await buildBare(contentDir, bareOut));
		ours.push(await buildOurs(contentDir, oursOut, caches));
		if (cardTimes) withoutClaims.push(await buildOurs(contentDir, oursOut, caches, { images: claimStore }));
		commandLine.push(await pagefindCommandLine(oursOut, join(work, 'pagefind-cli')));
		const without = withoutClaims.at(-1);
		console.log(
			`${count} pieces, run ${run}: bare ${seconds(bare.at(-1)!.seconds)} ${megabytes(bare.at(-1)!.peakRssBytes)}; ours ${seconds(ours.at(-1)!.seconds)} (${seconds(ours.at(-1)!.cpuSeconds)} of processor) ${megabytes(ours.at(-1)!.peakRssBytes)}${without ? `; ours with the claim cards cached ${seconds(without.seconds)} (${seconds(without.cpuSeconds)} of processor) ${megabytes(without.peakRssBytes)}` : ''}`,
		);
	}
	const claimImagesInSite = claimImages(oursOut);
	editOnePiece(contentDir);
	const rebuild = await buildOurs(contentDir, oursOut, caches, { warm: true });
	console.log(`${count} pieces: rebuild after one edit ${seconds(rebuild.seconds)}, ${rebuild.imagesDrawn} image(s) drawn`);
	const unchanged = await buildOurs(contentDir, oursOut, caches, { warm: true });
	console.log(`${count} pieces: build with nothing changed ${seconds(unchanged.seconds)}`);
	let claimEdit: Awaited<ReturnType<typeof buildOurs>> | undefined;
	if (cardTimes) {
		editOneClaim(contentDir);
		claimEdit = await buildOurs(contentDir, oursOut, caches, { warm: true });
		console.log(`${count} pieces: rebuild after rewording one claim ${seconds(claimEdit.seconds)}, ${claimEdit.imagesDrawn} image(s) drawn`);
	}

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
	// The claim cards counted apart: the cold build's figure is the one with them cached, where measured.
	const coldSeconds = withoutClaims.length > 0 ? median(withoutClaims.map((run) => run.seconds)) : oursSeconds;
	const oursIndexSeconds = median(ours.map((run) => run.indexSeconds));
	const cliSeconds = median(commandLine);
	const target = (what: string, value: number, limit: number) => `${what} ${value.toFixed(2)}× (target ≤ ${limit}×: ${value <= limit ? 'met' : 'missed'})`;
	verdicts.push(
		`- ${count.toLocaleString('en')} pieces: ${[
			target(`cold build${withoutClaims.length > 0 ? ', the claim cards counted apart,' : ''} of bare`, coldSeconds / bareSeconds, 3),
			target('rebuild after one edit of the bare cold build', rebuild.seconds / bareSeconds, 1.5),
			target('build with nothing changed of the bare cold build', unchanged.seconds / bareSeconds, 1.2),
			target(
				`search step (${seconds(oursIndexSeconds)}) of Pagefind's command line over the same pages (${seconds(cliSeconds)})`,
				oursIndexSeconds / cliSeconds,
				1.2,
			),
			target('peak memory of bare', oursPeak / barePeak, 1.25),
		].join(
			'; ',
		)}${count >= 10_000 ? `; first search ${(searchBytes / 1000).toFixed(0)} kB (target < 300 kB: ${searchBytes < 300_000 ? 'met' : 'missed'}) in ${searchMs.toFixed(0)} ms (target < 300 ms: ${searchMs < 300 ? 'met' : 'missed'})` : ''}.`,
	);
	console.log(rows.at(-1));
	if (cardTimes && claimEdit) {
		cardFigures = {
			count,
			cardTimes,
			drawnCold: median(ours.map((run) => run.imagesDrawn)),
			drawnWithout: median(withoutClaims.map((run) => run.imagesDrawn)),
			claimImagesInSite,
			with: { seconds: oursSeconds, cpuSeconds: median(ours.map((run) => run.cpuSeconds)), peakRssBytes: oursPeak },
			without: {
				seconds: median(withoutClaims.map((run) => run.seconds)),
				cpuSeconds: median(withoutClaims.map((run) => run.cpuSeconds)),
				peakRssBytes: median(withoutClaims.map((run) => run.peakRssBytes)),
			},
			rebuild,
			claimEdit,
			runs,
		};
	}
	console.log(`${count} pieces: the dev loop`);
	devLoops.push({ pieces: count, figures: await measureDevLoop(ROOT, contentDir, chromiumPath) });
	await Promise.all(
		[contentDir, caches, oursOut, bareOut, claimStore, astroCacheDir(ROOT, contentDir)].map((dir) => rm(dir, { recursive: true, force: true })),
	);
}

console.log('weighing the article page of the real site');
const page = await weighArticlePage(chromiumPath);
await rm(work, { recursive: true, force: true });

const machine = await machineDescription(chromiumPath);
const today = new Date().toISOString().slice(0, 10);

/** The claim cards' section of BENCHMARKS.md. */
function claimCardsSection(figures: ClaimCardFigures): string {
	const { count, cardTimes: times } = figures;
	const pieces = count.toLocaleString('en');
	const cards = times.claimCards.toLocaleString('en');
	const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
	const perCard = ({ ms: wall, cpuMs }: { ms: number; cpuMs: number }, digits = 1) => `${ms(wall, digits)} | ${ms(cpuMs, digits)}`;
	const added = { seconds: figures.with.seconds - figures.without.seconds, cpuSeconds: figures.with.cpuSeconds - figures.without.cpuSeconds };
	const runs = `${figures.runs} run${figures.runs === 1 ? '' : 's'}`;
	return `## Claim preview cards

Measured by \`npm run bench\` on ${today} at ${pieces} pieces of 5 claims each: ${machine}. The machine has ${cpus().length} cores, so a build draws its images in ${times.processes} processes.

Each claim has its own 1200×630 preview image (\`/articles/<slug>/claims/<id>/og.png\`), drawn by the renderer of the piece cards (\`src/og/\`) and kept in the same cache, under a key made of what the card shows and the drawing code.

| | time | processor time |
| --- | --- | --- |
| one claim card, from nothing, in one process | ${perCard(times.claimCold)} |
| … of which fitting the words and laying out the card (satori) | ${perCard(times.claimLayout)} |
| one piece card, the same way, for comparison | ${perCard(times.pieceCold)} |
| one claim card found in the cache (key hashed, file read) | ${perCard(times.claimCached, 2)} |
| all ${cards} claim cards, in the build's ${times.processes} processes | ${seconds(times.allClaimsSeconds)} | ${seconds(times.allClaimsCpuSeconds)} |
| cold build, drawing the claim cards (${figures.drawnCold.toLocaleString('en')} images drawn) | ${seconds(figures.with.seconds)} | ${seconds(figures.with.cpuSeconds)} |
| cold build, the claim cards found in the cache (${figures.drawnWithout.toLocaleString('en')} images drawn) | ${seconds(figures.without.seconds)} | ${seconds(figures.without.cpuSeconds)} |
| **added by drawing the claim cards** | **${seconds(added.seconds)}** (${ms((added.seconds * 1000) / times.claimCards)} a card) | **${seconds(added.cpuSeconds)}** (${ms((added.cpuSeconds * 1000) / times.claimCards)} a card) |
| rebuild after one sentence of one piece changes (${figures.rebuild.imagesDrawn} images drawn) | ${seconds(figures.rebuild.seconds)} | ${seconds(figures.rebuild.cpuSeconds)} |
| rebuild after the words of one claim change (${figures.claimEdit.imagesDrawn} drawn) | ${seconds(figures.claimEdit.seconds)} | ${seconds(figures.claimEdit.cpuSeconds)} |

The built site holds ${figures.claimImagesInSite.toLocaleString('en')} claim images, one for each of the ${cards} claims. Peak memory of the cold build: ${megabytes(figures.with.peakRssBytes)} drawing the claim cards, ${megabytes(figures.without.peakRssBytes)} without.

Method: the corpus of the build table above. The per-card figures are means over ${CARD_SAMPLE} cards drawn one after another in one process (after ${CARD_WARM_UP} that load the fonts), from an empty cache, then again from the cache. The two cold builds are the build of the table and the same build started with a preview-image cache that already holds every claim card and nothing else: the difference is what drawing the claim cards costs a cold build. Build figures are medians of ${runs}, alternated with the other builds. *Processor time* is user and system time of the process and every process it started; when other work shares the machine it grows far less than the time on the clock.
`;
}

const section = `## Build

Measured by \`npm run bench\` on ${today}: ${machine}, Astro ${(JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version}.

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
const previous = existing.exec(text)?.[0];
text = previous
	? text.replace(existing, keepEarlierLighthouse(previous, keepUnmeasuredSizes(previous, section, sizes)))
	: text.replace(/\n## Search/, `\n${section}\n## Search`);
if (cardFigures) {
	const cardSection = claimCardsSection(cardFigures);
	const cards = /## Claim preview cards\n[\s\S]*?(?=\n## |$)/;
	text = cards.test(text) ? text.replace(cards, cardSection) : text.replace(/\n## Search\n/, `\n${cardSection}\n## Search\n`);
}
const devSection = devLoopSection(devLoops, today, machine);
const dev = /## The dev loop\n[\s\S]*?(?=\n## |$)/;
text = dev.test(text) ? text.replace(dev, devSection) : text.replace(/\n## Search\n/, `\n${devSection}\n## Search\n`);
writeFileSync(file, text);
console.log(`wrote ${file}`);
