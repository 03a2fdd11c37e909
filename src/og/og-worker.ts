import type { OgCard } from './og-card.ts';
import { renderOgImage } from './og-image.ts';

export interface OgWorkerTask {
	card: OgCard;
	cacheDir: string;
}

/** A task of og-background.ts's pool: renders one card into the cache; gives why not, if it could not. */
export default async function renderCard({ card, cacheDir }: OgWorkerTask): Promise<string | undefined> {
	try {
		await renderOgImage(card, cacheDir);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
