import { describe, expect, it } from 'vitest';
import { primaryLanguage } from './pagefind-api.ts';

describe('primaryLanguage', () => {
	const languages = { en: { page_count: 3 }, fa: { page_count: 1 } };
	it('follows Pagefind: the page’s language, its primary subtag, else the largest index', () => {
		expect(primaryLanguage('fa', languages)).toBe('fa');
		expect(primaryLanguage('en-gb', languages)).toBe('en');
		expect(primaryLanguage('de', languages)).toBe('en');
		expect(primaryLanguage('en', { fa: { page_count: 2 } })).toBe('fa');
		expect(primaryLanguage('en', {})).toBeUndefined();
	});
});
