/**
 * Choosing a type size for words in a box, and cutting them when even the smallest will not do.
 * Whether words fit is asked of `fits`, which lays them out (satori, in og-claim-layout.ts): the
 * line breaks are the renderer's own, never an estimate. Estimates only choose where to start.
 */

export interface Fitted {
	size: number;
	/** The words as shown: all of them, or the first of them and an ellipsis. */
	text: string;
	/** Whether words were left out. */
	cut: boolean;
}

export interface FitOptions {
	/** The sizes to choose from, largest first. */
	sizes: readonly number[];
	/** Whether the words fit at a size. Fewer words, or a smaller size, never fit worse. */
	fits: (size: number, text: string) => Promise<boolean>;
	/** The index of the size to try first: the likeliest, so that few sizes are tried. */
	guess?: number;
	/** Whether a size could fit at all, judged without laying out: larger sizes are not tried when it says no. */
	couldFit?: (size: number) => boolean;
}

/** Marks the place where words were left out. */
export const ELLIPSIS = '…';

/** Punctuation that would sit oddly before the ellipsis: a comma, a colon, a full stop, a dash… (Persian and Arabic ones too). */
const TRAILING_PUNCTUATION = /[\s,;:.\u2013\u2014\-\u060c\u061b\u06d4]+$/u;

export function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

/** The first `count` words, and an ellipsis for the rest. */
export function cutAtWord(all: readonly string[], count: number): string {
	const kept = all.slice(0, Math.max(1, count)).join(' ');
	return `${kept.replace(TRAILING_PUNCTUATION, '') || kept}${ELLIPSIS}`;
}

/**
 * The largest of `sizes` at which `text` fits. When the smallest cannot hold every word, the most
 * words that fit there, then an ellipsis: words are cut between two words, never inside one.
 */
export async function fitWords(text: string, { sizes, fits, guess = 0, couldFit = () => true }: FitOptions): Promise<Fitted> {
	if (sizes.length === 0) throw new Error('fitWords needs at least one size');
	let index = Math.min(Math.max(0, guess), sizes.length - 1);
	if (await fits(sizes[index]!, text)) {
		// Up while a larger size fits too.
		while (index > 0 && couldFit(sizes[index - 1]!) && (await fits(sizes[index - 1]!, text))) index -= 1;
		return { size: sizes[index]!, text, cut: false };
	}
	for (index += 1; index < sizes.length; index += 1) {
		if (await fits(sizes[index]!, text)) return { size: sizes[index]!, text, cut: false };
	}
	const size = sizes.at(-1)!;
	const all = words(text);
	// A single word is never cut: it is shown whole, wrapped by its box.
	if (all.length <= 1) return { size, text, cut: false };
	// Binary search for the most words that fit: fewer words never take more lines.
	let best = 1;
	let low = 1;
	let high = all.length - 1;
	while (low <= high) {
		const count = Math.floor((low + high) / 2);
		if (await fits(size, cutAtWord(all, count))) {
			best = count;
			low = count + 1;
		} else {
			high = count - 1;
		}
	}
	// When not even one word fits, it is shown anyway, wrapped by its box, rather than nothing.
	return { size, text: cutAtWord(all, best), cut: true };
}
