import type { OgCard } from './og-card.ts';
import { renderOgImage } from './og-image.ts';

/** A process of og-background.ts: renders the cards it is sent into the cache, one at a time. */
process.on('message', ({ card, cacheDir }: { card: OgCard; cacheDir: string }) => {
	renderOgImage(card, cacheDir).then(
		() => process.send?.({}),
		(error: unknown) => process.send?.({ error: error instanceof Error ? error.message : String(error) }),
	);
});
