import { describe, expect, it } from 'vitest';
import { cutAtWord, ELLIPSIS, fitWords } from './og-fit.ts';

/** A box that holds `capacity` units, a letter at size s taking s units: a stand-in for a layout. */
function box(capacity: number) {
	const tried: number[] = [];
	return {
		tried,
		fits: async (size: number, text: string) => {
			tried.push(size);
			return [...text].length * size <= capacity;
		},
	};
}

const SIZES = [60, 50, 40, 30];

describe('fitWords', () => {
	it('chooses the largest size that fits, wherever it starts', async () => {
		const text = 'twenty letters here.';
		for (const guess of [0, 1, 2, 3]) {
			const { fits } = box(20 * 45);
			expect(await fitWords(text, { sizes: SIZES, fits, guess })).toEqual({ size: 40, text, cut: false });
		}
	});

	it('does not try sizes it is told cannot fit', async () => {
		const { fits, tried } = box(20 * 60);
		const fitted = await fitWords('twenty letters here.', { sizes: SIZES, fits, guess: 2, couldFit: (size) => size <= 50 });
		expect(fitted.size).toBe(50);
		expect(tried).toEqual([40, 50]);
	});

	it('cuts at a word, with an ellipsis, the most words the smallest size holds', async () => {
		const text = 'one two three four five six seven';
		// At 30 a unit a letter, 14 letters fit: "one two three…" is 14, "one two three four…" 19.
		const fitted = await fitWords(text, { sizes: SIZES, fits: box(14 * 30).fits });
		expect(fitted).toEqual({ size: 30, text: `one two three${ELLIPSIS}`, cut: true });
	});

	it('never cuts a single word, even one that fits nowhere', async () => {
		expect(await fitWords('unbreakable', { sizes: SIZES, fits: box(10).fits })).toEqual({ size: 30, text: 'unbreakable', cut: false });
	});
});

describe('cutAtWord', () => {
	it('drops the punctuation the ellipsis replaces, in Persian too', () => {
		expect(cutAtWord(['In', 'Tehran,', 'on', 'Monday'], 2)).toBe('In Tehran…');
		expect(cutAtWord(['It', 'ended.', 'Then'], 2)).toBe('It ended…');
		expect(cutAtWord(['در', 'تهران،', 'روز'], 2)).toBe('در تهران…');
		expect(cutAtWord(['—', 'and'], 1)).toBe('—…');
	});
});
