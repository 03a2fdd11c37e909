import { parentPort } from 'node:worker_threads';
import type { OgCard } from './og-card.ts';
import { renderOgImage } from './og-image.ts';

/** A thread of og-background.ts: renders the cards it is sent into the cache, one at a time. */
parentPort?.on('message', async ({ card, cacheDir }: { card: OgCard; cacheDir: string }) => {
	try {
		await renderOgImage(card, cacheDir);
		parentPort?.postMessage({});
	} catch (error) {
		parentPort?.postMessage({ error: (error as Error).message });
	}
});
