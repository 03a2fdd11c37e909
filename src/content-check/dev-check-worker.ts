import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check-content.ts';
import { CheckMemo } from './check-memo.ts';
import type { DevCheckReply, DevCheckRequest, DevCheckSetup } from './dev-checker.ts';

// The content check of `npm run dev`, in a thread of its own (dev-checker.ts). It keeps what it
// found between saves, and is told which files each save touched.
const { contentDir, root } = workerData as DevCheckSetup;
const memo = new CheckMemo();
parentPort?.on('message', (request: DevCheckRequest) => {
	request.changed.forEach((path) => memo.changed(path));
	checkContent(contentDir, root, { memo }).then(
		({ errors }) => parentPort?.postMessage({ id: request.id, errors } satisfies DevCheckReply),
		(error: unknown) =>
			parentPort?.postMessage({ id: request.id, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies DevCheckReply),
	);
});
