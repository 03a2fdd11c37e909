import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { OgCard } from './og-card.ts';
import { ogCacheFile, renderOgImage } from './og-image.ts';

/**
 * A card needs a few megabytes of heap at a time; left to itself, V8 lets a process grow to
 * hundreds before it collects. Smaller heaps cost nothing in speed here and give the build
 * that memory back (BENCHMARKS.md). A process that ran out would hand its card back (see below).
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
 * Renders preview images into the cache in processes of their own (one a core, at most four,
 * unless told), while the build goes on: the cards are most of a cold build's work
 * (BENCHMARKS.md). Cards already in the cache are skipped. Processes rather than threads: what a process used is given
 * back to the system when it ends, where a thread's leftovers stay with the build until it ends.
 *
 * The processes do not keep the build alive until `finish()` is called: a build that stops early
 * for another reason does not wait for them.
 */
export function renderInBackground(jobs: OgJob[], options: { cacheDir: string; processes?: number }): BackgroundRendering {
	const { cacheDir } = options;
	const queue = jobs.filter((job) => !existsSync(ogCacheFile(job.card, cacheDir)));
	const failures = new Map<OgJob, string>();
	const total = queue.length;
	let made = 0;
	const workers = new Set<ChildProcess>();
	let finishing = false;

	/** Renders what is left of the queue in this process: where the others cannot start. */
	async function renderHere(): Promise<void> {
		for (let job = queue.shift(); job; job = queue.shift()) {
			await renderOgImage(job.card, cacheDir).catch((error: unknown) => failures.set(job, error instanceof Error ? error.message : String(error)));
			made += 1;
		}
	}

	function runProcess(): Promise<void> {
		return new Promise((resolve) => {
			const worker = fork(fileURLToPath(new URL('./og-worker.ts', import.meta.url)), [], {
				stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
				execArgv: WORKER_HEAP,
			});
			workers.add(worker);
			if (!finishing) unref(worker);
			let current: OgJob | undefined;
			const sendNext = () => {
				current = queue.shift();
				if (current) worker.send({ card: current.card, cacheDir });
				else worker.disconnect();
			};
			worker.on('message', ({ error }: { error?: string }) => {
				if (current && error) failures.set(current, error);
				made += 1;
				sendNext();
			});
			// A process that cannot start or breaks hands its card back; what is left is rendered here.
			let ended = false;
			const end = () => {
				if (ended) return;
				ended = true;
				if (current) queue.unshift(current);
				current = undefined;
				workers.delete(worker);
				resolve(renderHere());
			};
			worker.on('exit', end);
			// No 'exit' follows an error when the process never started.
			worker.on('error', () => (worker.pid === undefined ? end() : worker.kill()));
			sendNext();
		});
	}

	const processes = Math.min(queue.length, options.processes ?? defaultProcesses());
	const done = processes > 0 ? Promise.all(Array.from({ length: processes }, runProcess)) : Promise.resolve([]);
	return {
		total,
		get done() {
			return made;
		},
		async finish() {
			finishing = true;
			for (const worker of workers) ref(worker);
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

/** A child process and its message channel, which keeps the parent alive as well, let go or held. */
function unref(child: ChildProcess): void {
	child.unref();
	(child.channel as { unref?: () => void } | null | undefined)?.unref?.();
}

function ref(child: ChildProcess): void {
	child.ref();
	(child.channel as { ref?: () => void } | null | undefined)?.ref?.();
}
