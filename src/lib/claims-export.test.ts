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
	claimPage: (claimId) => `https://d.example/articles/a-piece/claims/${claimId}/`,
	updated: '2022-03-01',
	data: {
		title: 'A piece',
		kind: 'analysis',
		lang: 'en',
		published: '2022-02-14',
		authors: [],
		topics: ['iran'],
		claims: [
			{
				id: 'one',
				text: 'One.',
				assertedBy: 'state TV',
				date: '2022-01-27',
				status: 'attributed',
				sources: [{ id: 'reuters-b' }, { id: 'reuters-a' }],
				note: 'A note.',
				history: [{ date: '2022-03-01', status: 'unverified', note: 'No report of it could be found.' }],
			},
			{ id: 'two', text: 'Two.', assertedBy: 'the author', date: { from: '1988-07', to: '1988-09' }, status: 'unverified', sources: [], history: [] },
		],
	},
};

describe('claimsExport', () => {
	const exported = claimsExport([piece], sources, 'https://d.example/');

	it('gives each claim its address in the piece and its own page, its status, its history and its sources by id', () => {
		expect(exported.pieces[0]?.claims).toEqual([
			{
				id: 'one',
				url: 'https://d.example/articles/a-piece/#claim-one',
				page: 'https://d.example/articles/a-piece/claims/one/',
				text: 'One.',
				assertedBy: 'state TV',
				date: '2022-01-27',
				status: 'attributed',
				sources: ['reuters-b', 'reuters-a'],
				note: 'A note.',
				history: [{ date: '2022-03-01', status: 'unverified', note: 'No report of it could be found.' }],
			},
			{
				id: 'two',
				url: 'https://d.example/articles/a-piece/#claim-two',
				page: 'https://d.example/articles/a-piece/claims/two/',
				text: 'Two.',
				assertedBy: 'the author',
				date: { from: '1988-07', to: '1988-09' },
				status: 'unverified',
				sources: [],
				history: [],
			},
		]);
	});

	it('lists each cited source once, and no source nothing cites', () => {
		expect(Object.keys(exported.sources)).toEqual(['reuters-a', 'reuters-b']);
		expect(exported.sources['reuters-a']).toEqual(source('A'));
	});

	it('says what each status means, and which version of the format this is', () => {
		// 2: `updated` also follows re-assessments (README, "/claims.json").
		expect(exported.version).toBe(2);
		expect(Object.keys(exported.statuses)).toEqual(['corroborated', 'disputed', 'attributed', 'unverified']);
		expect(exported.statuses.attributed?.label).toBe('Attributed only');
	});

	it('survives a round trip through JSON unchanged', () => {
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});
});
