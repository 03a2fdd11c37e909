// The dev loop alone, over a generated corpus: `npm run bench:dev -- --pieces=1000`. Prints the
// figures against issue 19's targets; `npm run bench` measures it too, and writes it to BENCHMARKS.md.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findOrInstallChromium } from '../tests/support/chromium.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { devLoopSummary, devLoopVerdicts, measureDevLoop } from './bench/dev-loop.ts';

const ROOT = resolve(import.meta.dirname, '..');
const pieces = Number(process.argv.find((argument) => argument.startsWith('--pieces='))?.split('=')[1] ?? 1000);
const work = await mkdtemp(join(tmpdir(), 'dossier-bench-dev-'));
try {
	const contentDir = join(work, 'content');
	await generateCorpus(contentDir, pieces);
	const figures = await measureDevLoop(ROOT, contentDir, findOrInstallChromium());
	console.log(`${pieces.toLocaleString('en')} pieces: ${devLoopSummary(figures)}`);
	console.log(`targets: ${devLoopVerdicts(pieces, figures).join('; ')}`);
} finally {
	await rm(work, { recursive: true, force: true });
}
