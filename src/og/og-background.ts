import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './og-card.ts';
import { ogCacheFile, renderOgImage } from './og-image.ts';

export interface OgJob {
	card: OgCard;
	/** What an error names: the piece's file, or the site. */
	name: string;
}

export interface BackgroundRendering {
	/** Waits for every card, and gives those that could not be made, with why. */
	finish(): Promise<Map<OgJob, string>>;
}

/**
 * Renders preview images into the cache on threads of their own, while the build goes on with
 * its pages on the main thread: on two cores, a thousand cards (about 11 ms each) then cost
 * almost nothing of the build's time. Cards already in the cache are skipped. One thread fewer
 * than the machine has cores, so the build itself keeps one.
 *
 * The threads do not keep the process alive until `finish()` is called: a build that stops
 * early for another reason does not wait for them.
 */
export function renderInBackground(jobs: OgJob[], options: { cacheDir: string; threads?: number }): BackgroundRendering {
	const { cacheDir } = options;
	const queue = jobs.filter((job) => !existsSync(ogCacheFile(job.card, cacheDir)));
	const failures = new Map<OgJob, string>();
	const workers = new Set<Worker>();
	let finishing = false;

	/** Renders what is left of the queue on this thread: where threads cannot start. */
	async function renderHere(): Promise<void> {
		for (let job = queue.shift(); job; job = queue.shift()) {
			await renderOgImage(job.card, cacheDir).catch((error: Error) => failures.set(job!, error.message));
		}
	}

	function runThread(): Promise<void> {
		return new Promise((resolve) => {
			const worker = new Worker(new URL('./og-worker.ts', import.meta.url));
			workers.add(worker);
			if (!finishing) worker.unref();
			let current: OgJob | undefined;
			const sendNext = () => {
				current = queue.shift();
				if (current) worker.postMessage({ card: current.card, cacheDir });
				else void worker.terminate();
			};
			worker.on('message', ({ error }: { error?: string }) => {
				if (current && error) failures.set(current, error);
				sendNext();
			});
			// A thread that cannot start or breaks hands its card back; what is left is rendered here.
			worker.on('error', () => {
				if (current) queue.unshift(current);
				current = undefined;
				void worker.terminate();
			});
			worker.on('exit', () => {
				workers.delete(worker);
				resolve(renderHere());
			});
			sendNext();
		});
	}

	const threads = Math.min(queue.length, options.threads ?? Number(process.env.OG_THREADS ?? Math.max(1, availableParallelism() - 1)));
	const done = threads > 0 ? Promise.all(Array.from({ length: threads }, runThread)) : Promise.resolve([]);
	return {
		async finish() {
			finishing = true;
			for (const worker of workers) worker.ref();
			await done;
			return failures;
		},
	};
}
