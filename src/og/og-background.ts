import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import type { OgCard } from './og-card.ts';
import { ogCacheFile, renderOgImage } from './og-image.ts';
import type { OgWorkerTask } from './og-worker.ts';

/**
 * A card needs a few megabytes of heap at a time; left to itself, V8 lets a process grow to
 * hundreds before it collects. Smaller heaps cost nothing in speed here and give the build
 * that memory back (BENCHMARKS.md). A process that runs out has its card made here instead.
 */
const WORKER_HEAP = ['--max-semi-space-size=2', '--max-old-space-size=128'];

export interface OgJob {
	card: OgCard;
	/** What an error names: the piece's file, or the site. */
	name: string;
	/** The field an error points to, when it is the piece's. */
	field?: string;
}

export interface BackgroundRendering {
	/** Waits for every card, and gives those that could not be made, with why. */
	finish(): Promise<Map<OgJob, string>>;
	/** Cards to make (those not in the cache), and how many are made so far. */
	readonly total: number;
	readonly done: number;
}

/**
 * Renders preview images into the cache in a pool of processes (one a core, at most four,
 * unless told), while the build goes on: the cards are most of a cold build's work. Cards
 * already in the cache are skipped. Processes rather than threads: what a process used is given
 * back to the system when it ends, where a thread's leftovers stay with the build until it ends
 * (BENCHMARKS.md compares the two).
 */
export function renderInBackground(jobs: OgJob[], options: { cacheDir: string; processes?: number }): BackgroundRendering {
	const { cacheDir } = options;
	const queue = jobs.filter((job) => !existsSync(ogCacheFile(job.card, cacheDir)));
	const failures = new Map<OgJob, string>();
	let made = 0;
	const processes = Math.max(1, Math.min(queue.length, options.processes ?? defaultProcesses()));
	const pool = new Tinypool({
		filename: fileURLToPath(new URL('./og-worker.ts', import.meta.url)),
		runtime: 'child_process',
		minThreads: processes,
		maxThreads: processes,
		execArgv: WORKER_HEAP,
	});
	const fail = (job: OgJob, error: unknown) => failures.set(job, error instanceof Error ? error.message : String(error));
	const rendered = queue.map(async (job) => {
		const task: OgWorkerTask = { card: job.card, cacheDir };
		const error = await pool.run(task).then(
			(reason: string | undefined) => reason,
			// The process broke (or could not start): the card is made here.
			() =>
				renderOgImage(job.card, cacheDir).then(
					() => undefined,
					(here: unknown) => here,
				),
		);
		if (error !== undefined) fail(job, error);
		made += 1;
	});
	const done = Promise.all(rendered).finally(() => pool.destroy());
	return {
		total: queue.length,
		get done() {
			return made;
		},
		async finish() {
			await done;
			return failures;
		},
	};
}

/**
 * One a core, and no more than four: each holds its own fonts and renderer, and the build
 * reads bodies beside them.
 */
export function defaultProcesses(): number {
	return Math.min(4, availableParallelism());
}
