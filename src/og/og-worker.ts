import type { OgCard } from './og-card.ts';
import { renderOgImage } from './og-image.ts';

/** A process of og-background.ts: renders the cards it is sent into the cache, one at a time. */
process.on('message', async ({ card, cacheDir }: { card: OgCard; cacheDir: string }) => {
	try {
		await renderOgImage(card, cacheDir);
		process.send?.({});
	} catch (error) {
		process.send?.({ error: (error as Error).message });
	}
});
