import { type ClaimOgCard, node } from './og-card.ts';
import {
	CLAIM_BOXES,
	CLAIM_LINE_HEIGHT,
	CLAIM_SPACE_AT_MOST,
	CLAIM_TEXT_WIDTH,
	type ClaimCardFit,
	claimCardTree,
	POSITION_LINE_HEIGHT,
	POSITION_MAX_LINES,
	POSITION_SIZE,
} from './og-claim-card.ts';
import { fitWords, words } from './og-fit.ts';
import { OG_FONT_FAMILY } from './og-fonts.ts';
import { type LaidOut, layOut } from './og-layout.ts';

/**
 * The claim's type sizes, largest first: a short claim is read from a thumbnail, and the longest
 * allowed (600 characters) still has a size at which most of it fits.
 */
export const CLAIM_TEXT_SIZES = [72, 64, 58, 52, 46, 42, 38, 35, 32] as const;

/**
 * The average width of a claim's letters, in em, for guessing the size to try first: Latin in
 * Noto Sans Bold averages about half an em, Persian in Vazirmatn Bold about 0.42. And a width no
 * claim's letters are narrower than on average: a size at which the words would not fit even
 * that narrow, in full lines, is never tried.
 */
const AVERAGE_LETTER = { ltr: 0.5, rtl: 0.42 } as const;
const NARROWEST_LETTER = 0.36;

/** A word this long (in characters) might not fit in a line at the largest size: its width is measured. */
const LONG_WORD = 16;

export interface ClaimCardLayout extends ClaimCardFit {
	svg: string;
	/** Whether words of the claim, or of the headline, were left out. */
	cut: boolean;
	headlineCut: boolean;
	/** The claim's height as drawn, and the height of the space it was given. */
	textHeight: number;
	spaceHeight: number;
	/** How many lines the claim took. */
	lines: number;
	/** How many lines the line under it ("Claim 8 of 16 in…") took. */
	positionLines: number;
}

/** How many lines `letters` letters of `width` em take at `size`, in full lines. */
function linesNeeded(letters: number, width: number, size: number): number {
	return Math.ceil((letters * width * size) / CLAIM_TEXT_WIDTH);
}

const linesAvailable = (size: number) => Math.floor(CLAIM_SPACE_AT_MOST / (size * CLAIM_LINE_HEIGHT));

/**
 * The largest size at which the claim's longest words each fit in a line, measured on one line
 * each at 100 px (widths grow in proportion to the size); without long words, any size.
 */
async function largestSizeForWords(text: string): Promise<number> {
	// eslint-disable-next-line @typescript-eslint/no-misused-spread -- letters are counted by code point
	const long = [...new Set(words(text).filter((word) => [...word].length >= LONG_WORD))];
	if (long.length === 0) return Infinity;
	const tree = node(
		'div',
		{ display: 'flex', flexDirection: 'column', alignItems: 'flex-start', fontFamily: OG_FONT_FAMILY, fontSize: 100, fontWeight: 700 },
		long.map((word, index) => node('div', { display: 'flex', whiteSpace: 'nowrap' }, word, `word-${index}`)),
	);
	const { boxes } = await layOut(tree, { width: 100 * 600, height: 150 * long.length, draw: false });
	const widest = Math.max(...long.map((_, index) => boxes.get(`word-${index}`)?.width ?? 0));
	return (100 * CLAIM_TEXT_WIDTH) / widest;
}

interface Heights {
	text: number;
	space: number;
	position: number;
}

function heights(laidOut: LaidOut): Heights {
	const height = (key: string) => {
		const found = laidOut.boxes.get(key);
		if (!found) throw new Error(`the claim card has no box "${key}"`);
		return found.height;
	};
	return { text: height(CLAIM_BOXES.text), space: height(CLAIM_BOXES.space), position: height(CLAIM_BOXES.position) };
}

/** Half a pixel for satori's rounding. */
const textFits = (measured: Heights) => measured.text <= measured.space + 0.5;
const headlineFits = (measured: Heights) => measured.position <= POSITION_MAX_LINES * POSITION_SIZE * POSITION_LINE_HEIGHT + 0.5;

/**
 * Lays out a claim's card: the claim as large as it fits (og-fit.ts), cut at a word with an
 * ellipsis when even the smallest size cannot hold it, and the headline in at most two lines,
 * cut the same way. Each size is tried on the whole card, measured without drawing; the one
 * chosen is then drawn, once.
 */
export async function layOutClaimCard(card: ClaimOgCard): Promise<ClaimCardLayout> {
	const widestSize = await largestSizeForWords(card.text);
	const measured = new Map<string, Promise<Heights>>();
	const measure = (fit: ClaimCardFit): Promise<Heights> => {
		const key = JSON.stringify(fit);
		let result = measured.get(key);
		if (!result) {
			result = layOut(claimCardTree(card, fit), { draw: false }).then(heights);
			measured.set(key, result);
		}
		return result;
	};

	// eslint-disable-next-line @typescript-eslint/no-misused-spread -- letters are counted by code point
	const letters = [...card.text].length;
	const likely = CLAIM_TEXT_SIZES.findIndex((size) => linesNeeded(letters, AVERAGE_LETTER[card.dir], size) <= linesAvailable(size));
	const guess = likely === -1 ? CLAIM_TEXT_SIZES.length - 1 : likely;
	// The headline first, measured with the claim at the size it will most likely have: the
	// claim's space is what the headline leaves.
	const headline = await fitWords(card.headline, {
		sizes: [POSITION_SIZE],
		fits: async (_size, shown) => headlineFits(await measure({ textSize: CLAIM_TEXT_SIZES[guess]!, text: card.text, headline: shown })),
	});
	const claim = await fitWords(card.text, {
		sizes: CLAIM_TEXT_SIZES,
		guess,
		couldFit: (size) => size <= widestSize && linesNeeded(letters, NARROWEST_LETTER, size) <= linesAvailable(size),
		fits: async (textSize, text) => textSize <= widestSize && textFits(await measure({ textSize, text, headline: headline.text })),
	});

	const fit: ClaimCardFit = { textSize: claim.size, text: claim.text, headline: headline.text };
	const drawn = await layOut(claimCardTree(card, fit));
	const shown = heights(drawn);
	return {
		...fit,
		svg: drawn.svg,
		cut: claim.cut,
		headlineCut: headline.cut,
		textHeight: shown.text,
		spaceHeight: shown.space,
		lines: Math.round(shown.text / (fit.textSize * CLAIM_LINE_HEIGHT)),
		positionLines: Math.round(shown.position / (POSITION_SIZE * POSITION_LINE_HEIGHT)),
	};
}
