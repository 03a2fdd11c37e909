import { describe, expect, it } from 'vitest';
import { normalizeForSearch, persianLetterForms } from './search-normalize.ts';

describe('normalizeForSearch', () => {
	it('writes Arabic yeh and kaf in their Persian forms', () => {
		expect(normalizeForSearch('كتابي')).toBe('کتابی');
		expect(normalizeForSearch('كتابي')).toBe(normalizeForSearch('کتابی'));
	});

	it('makes words with and without a zero-width non-joiner the same', () => {
		expect(normalizeForSearch('می\u200cخواهم')).toBe('میخواهم');
	});

	it('drops short-vowel marks and tatweel', () => {
		expect(normalizeForSearch('ایـران')).toBe('ایران');
		expect(normalizeForSearch('مُحَمَّد')).toBe('محمد');
	});

	it('keeps joiners in indexed text, so excerpts read as written', () => {
		expect(persianLetterForms('اعتراض\u200cهای كارگران')).toBe('اعتراض\u200cهای کارگران');
	});

	it('leaves Latin text and markup alone', () => {
		expect(normalizeForSearch('<p class="x">Khamenei’s “offensive”</p>')).toBe('<p class="x">Khamenei’s “offensive”</p>');
	});
});
