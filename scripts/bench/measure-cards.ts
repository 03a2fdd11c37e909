import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OgCard } from '../../src/og/og-card.ts';
import { layOutClaimCard } from '../../src/og/og-claim-layout.ts';
import { defaultProcesses, renderInBackground } from '../../src/og/og-background.ts';
import { articleOgCard, claimOgCard } from '../../src/og/og-cards.ts';
import { renderOgImage } from '../../src/og/og-image.ts';
import type { CorpusPiece } from './generate-corpus.ts';
import { childrenCpuSeconds } from './run-measured.ts';

/** Cards drawn in this process to time one card, after a few that load the fonts and warm the code. */
export const CARD_SAMPLE = 300;
export const CARD_WARM_UP = 20;

export interface CardTimes {
	/** Claim cards in the corpus: one a claim. */
	claimCards: number;
	/** One claim card drawn from nothing, in one process: all of it, and the layout alone (fitting the words, then drawing them as paths). */
	claimCold: PerCard;
	claimLayout: PerCard;
	/** A piece's card, the same way, for comparison. */
	pieceCold: PerCard;
	/** A claim card found in the cache: its key hashed and the file read. */
	claimCached: PerCard;
	/** Every claim card of the corpus, in the processes a build renders them in: the time, and the processor time of those processes. */
	allClaimsSeconds: number;
	allClaimsCpuSeconds: number;
	processes: number;
}

export const claimCards = (pieces: CorpusPiece[]): OgCard[] => pieces.flatMap((piece) => piece.claims.map((_, index) => claimOgCard(piece, index)));

/** Milliseconds a card: as the clock runs, and of processor time (which other work on the machine changes far less). */
export interface PerCard {
	ms: number;
	cpuMs: number;
}

async function perCard(cards: OgCard[], draw: (card: OgCard) => Promise<unknown>): Promise<PerCard> {
	for (const card of cards.slice(0, CARD_WARM_UP)) await draw(card);
	const timed = cards.slice(CARD_WARM_UP, CARD_WARM_UP + CARD_SAMPLE);
	const started = performance.now();
	const cpu = process.cpuUsage();
	for (const card of timed) await draw(card);
	const used = process.cpuUsage(cpu);
	return { ms: (performance.now() - started) / timed.length, cpuMs: (used.user + used.system) / 1000 / timed.length };
}

/**
 * Times the claim cards of a corpus, and renders all of them into `store` as a build would: a
 * cache holding every claim card and no other, from which a build can start to show what it
 * costs without them.
 */
export async function measureClaimCards(pieces: CorpusPiece[], store: string): Promise<CardTimes> {
	const claims = claimCards(pieces);
	const scratch = await mkdtemp(join(tmpdir(), 'dossier-bench-cards-'));
	try {
		const claimLayout = await perCard(claims, (card) => layOutClaimCard(card as Extract<OgCard, { type: 'claim' }>));
		const cold = join(scratch, 'cold');
		const claimCold = await perCard(claims, (card) => renderOgImage(card, cold));
		const claimCached = await perCard(claims, async (card) => {
			if (!(await renderOgImage(card, cold)).fromCache) throw new Error('a claim card drawn twice');
		});
		const pieceCold = await perCard(
			pieces.map((piece) => articleOgCard(piece)),
			(card) => renderOgImage(card, join(scratch, 'pieces')),
		);

		await rm(store, { recursive: true, force: true });
		const processes = defaultProcesses();
		const started = performance.now();
		const cpuBefore = childrenCpuSeconds();
		const failures = await renderInBackground(
			claims.map((card, index) => ({ card, name: `claim ${index}` })),
			{ cacheDir: store, processes },
		).finish();
		const allClaimsSeconds = (performance.now() - started) / 1000;
		const allClaimsCpuSeconds = childrenCpuSeconds() - cpuBefore;
		if (failures.size > 0) throw new Error(`claim cards failed: ${[...failures.values()][0]}`);
		if (readdirSync(store).length !== claims.length) throw new Error(`${claims.length} claim cards, but ${readdirSync(store).length} images`);
		return { claimCards: claims.length, claimCold, claimLayout, pieceCold, claimCached, allClaimsSeconds, allClaimsCpuSeconds, processes };
	} finally {
		await rm(scratch, { recursive: true, force: true });
	}
}
