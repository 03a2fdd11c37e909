import { Worker } from 'node:worker_threads';
import type { ContentError } from './content-error.ts';

export interface DevCheckSetup {
	contentDir: string;
	root: string;
}

export interface DevCheckRequest {
	id: number;
	/** The files saved, added or removed since the last check. */
	changed: string[];
}

export type DevCheckReply = { id: number; errors: ContentError[] } | { id: number; failure: string };

/**
 * The content check of `npm run dev`, run again on every save in a thread of its own: the first
 * check reads every piece, and the dev server answers pages meanwhile instead of waiting for it.
 * Checks run one at a time, in the order they were asked for.
 */
export class DevChecker {
	private readonly worker: Worker;
	private readonly waiting = new Map<number, { resolve: (errors: ContentError[]) => void; reject: (error: Error) => void }>();
	private readonly changed = new Set<string>();
	private queue: Promise<unknown> = Promise.resolve();
	private nextId = 0;
	/** Why the thread ended, if it did: every check after says so. */
	private ended: Error | undefined;

	constructor(setup: DevCheckSetup) {
		this.worker = new Worker(new URL('./dev-check-worker.ts', import.meta.url), { workerData: setup });
		// The dev server ends when it is stopped, whatever this thread is doing.
		this.worker.unref();
		this.worker.on('message', (reply: DevCheckReply) => {
			const waiter = this.waiting.get(reply.id);
			this.waiting.delete(reply.id);
			if ('failure' in reply) waiter?.reject(new Error(reply.failure));
			else waiter?.resolve(reply.errors);
		});
		const end = (error: Error) => {
			this.ended ??= error;
			for (const waiter of this.waiting.values()) waiter.reject(this.ended);
			this.waiting.clear();
		};
		this.worker.on('error', end);
		this.worker.on('exit', (code) => end(new Error(`the content check's thread ended (code ${code})`)));
	}

	/** The file at `path` was saved, added or removed: the next check reads it again. */
	touched(path: string): void {
		this.changed.add(path);
	}

	/** Every error in the content as it is now. */
	check(): Promise<ContentError[]> {
		const run = this.queue.then(
			() =>
				new Promise<ContentError[]>((resolve, reject) => {
					if (this.ended) {
						reject(this.ended);
						return;
					}
					const id = (this.nextId += 1);
					this.waiting.set(id, { resolve, reject });
					const changed = [...this.changed];
					this.changed.clear();
					this.worker.postMessage({ id, changed } satisfies DevCheckRequest);
				}),
		);
		this.queue = run.catch(() => undefined);
		return run;
	}

	async stop(): Promise<void> {
		await this.worker.terminate();
	}
}
