import { describe, expect, it } from 'vitest';
import { ledgerFromMeta, primaryLanguage } from './pagefind-api.ts';

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

describe('ledgerFromMeta', () => {
	it('numbers a piece’s claims in the order of its ledger, with their statuses', () => {
		const ledger = ledgerFromMeta('irib-hack:attributed nouri-trial:corroborated  covid-deaths:disputed');
		expect(Object.fromEntries(ledger)).toEqual({
			'irib-hack': { number: 1, status: 'attributed' },
			'nouri-trial': { number: 2, status: 'corroborated' },
			'covid-deaths': { number: 3, status: 'disputed' },
		});
	});

	it('leaves out a status it does not know, keeping the others’ numbers, and reads no metadata as no ledger', () => {
		const ledger = ledgerFromMeta('a:corroborated b:retracted c:unverified d:constructor');
		expect(Object.fromEntries(ledger)).toEqual({ a: { number: 1, status: 'corroborated' }, c: { number: 3, status: 'unverified' } });
		expect(ledgerFromMeta(undefined).size).toBe(0);
		expect(ledgerFromMeta('').size).toBe(0);
	});
});
