import { describe, expect, it } from 'vitest';
import type { Source } from '../schemas/source.ts';
import { claimsExport, type ExportedPieceInput } from './claims-export.ts';

const source = (title: string): Source => ({ publisher: 'Reuters', title, url: 'https://www.reuters.com/x', kind: 'news' });
const sources = new Map<string, Source>([
	['reuters-a', source('A')],
	['reuters-b', source('B')],
	['never-cited', source('C')],
]);
const piece: ExportedPieceInput = {
	id: 'a-piece',
	url: 'https://d.example/articles/a-piece/',
	updated: '2022-03-01',
	data: {
		title: 'A piece',
		kind: 'analysis',
		lang: 'en',
		published: '2022-02-14',
		authors: [],
		topics: ['iran'],
		claims: [
			{ id: 'one', text: 'One.', assertedBy: 'state TV', date: '2022-01-27', status: 'attributed', sources: [{ id: 'reuters-b' }, { id: 'reuters-a' }], note: 'A note.' },
			{ id: 'two', text: 'Two.', assertedBy: 'the author', date: { from: '1988-07', to: '1988-09' }, status: 'unverified', sources: [] },
		],
	},
};

describe('claimsExport', () => {
	const exported = claimsExport([piece], sources, 'https://d.example/');

	it('gives each claim its address on the page, its status and its sources by id', () => {
		expect(exported.pieces[0]?.claims).toEqual([
			{ id: 'one', url: 'https://d.example/articles/a-piece/#claim-one', text: 'One.', assertedBy: 'state TV', date: '2022-01-27', status: 'attributed', sources: ['reuters-b', 'reuters-a'], note: 'A note.' },
			{ id: 'two', url: 'https://d.example/articles/a-piece/#claim-two', text: 'Two.', assertedBy: 'the author', date: { from: '1988-07', to: '1988-09' }, status: 'unverified', sources: [] },
		]);
	});

	it('lists each cited source once, and no source nothing cites', () => {
		expect(Object.keys(exported.sources)).toEqual(['reuters-a', 'reuters-b']);
		expect(exported.sources['reuters-a']).toEqual(source('A'));
	});

	it('says what each status means, and which version of the format this is', () => {
		expect(exported.version).toBe(1);
		expect(Object.keys(exported.statuses)).toEqual(['corroborated', 'disputed', 'attributed', 'unverified']);
		expect(exported.statuses.attributed?.label).toBe('Attributed only');
	});

	it('survives a round trip through JSON unchanged', () => {
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});
});
