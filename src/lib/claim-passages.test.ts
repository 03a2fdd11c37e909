import { describe, expect, it } from 'vitest';
import { claimPassages } from './claim-passages.ts';

const marker = (id: string, words: string, n = 1) =>
	`<a href="#claim-${id}" id="mark-${id}${n > 1 ? `--${n}` : ''}" class="claim-mark">${words}<sup class="claim-mark__n"><span class="visually-hidden">claim </span>${n}</sup></a>`;

describe('claimPassages', () => {
	it('quotes the marked words in their sentence, without the claim number', () => {
		const html = `<p id="p1">First sentence here. Then ${marker('a', 'the attack on “600 servers”')} was reported, they said. A third one.</p>`;
		expect(claimPassages(html, 'en').get('a')).toEqual({ before: 'Then ', words: 'the attack on “600 servers”', after: ' was reported, they said.' });
	});

	it('keeps every sentence a marker spans, and stops at its block', () => {
		const html = `<p>Before. ${marker('b', 'One. Two')} three.</p><p>Next paragraph.</p>`;
		expect(claimPassages(html, 'en').get('b')).toEqual({ before: '', words: 'One. Two', after: ' three.' });
	});

	it('finds markers in list items and inline markup, and uses the first marker of a claim', () => {
		const html = `<ul><li>Item with <em>${marker('c', 'words')}</em> inside.</li></ul><p>Again ${marker('c', 'later', 2)}.</p>`;
		expect(claimPassages(html, 'en').get('c')).toEqual({ before: 'Item with ', words: 'words', after: ' inside.' });
	});

	it('cuts a very long sentence at a word, with an ellipsis', () => {
		const long = Array.from({ length: 80 }, (_, index) => `word${index}`).join(' ');
		const passage = claimPassages(`<p>${long} ${marker('d', 'claim')} ${long}.</p>`, 'en').get('d')!;
		expect(passage.before.startsWith('…word')).toBe(true);
		expect(passage.after.endsWith('…')).toBe(true);
		expect(passage.before.length).toBeLessThanOrEqual(241);
		expect(passage.after).toMatch(/^ word0 word1 .* word\d+…$/);
	});

	it('reads Persian sentences', () => {
		const html = `<p>جمله اول. ${marker('e', 'ادعای مهم')} در اینجا آمده است. جمله سوم.</p>`;
		expect(claimPassages(html, 'fa').get('e')).toEqual({ before: '', words: 'ادعای مهم', after: ' در اینجا آمده است.' });
	});

	it('has nothing for a claim without a marker', () => {
		expect(claimPassages('<p>No marker.</p>', 'en').size).toBe(0);
	});
});
