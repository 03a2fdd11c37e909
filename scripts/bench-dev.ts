// The dev loop alone, over a generated corpus: `npm run bench:dev -- --pieces=1000`. Prints the
// figures against issue 19's targets; `npm run bench` does not run it (it needs minutes of its own).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { devLoopSummary, measureDevLoop } from './bench/dev-loop.ts';
import { median } from './bench/report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const pieces = Number(process.argv.find((argument) => argument.startsWith('--pieces='))?.split('=')[1] ?? 1000);
const work = await mkdtemp(join(tmpdir(), 'dossier-bench-dev-'));
try {
	const contentDir = join(work, 'content');
	await generateCorpus(contentDir, pieces);
	const figures = await measureDevLoop(ROOT, contentDir, findOrInstallChromium());
	const [saveTarget, firstTarget] = pieces >= 5000 ? [500, 20] : [300, 10];
	const verdict = (value: number, limit: number) => (value <= limit ? 'met' : 'missed');
	console.log(`${pieces.toLocaleString('en')} pieces: ${devLoopSummary(figures)}`);
	console.log(
		`targets: first page ≤ ${firstTarget} s ${verdict(figures.firstPageSeconds, firstTarget)}; save ≤ ${saveTarget} ms ${verdict(median(figures.saveToPageMs), saveTarget)}; error ≤ ${saveTarget} ms ${verdict(median(figures.errorToOverlayMs), saveTarget)}`,
	);
} finally {
	await rm(work, { recursive: true, force: true });
}
