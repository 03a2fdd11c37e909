import { describe, expect, it } from 'vitest';
import type { PublishedPiece } from '../content-check/check-content.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { blamedField, ogImageList } from '../integrations/og-images.ts';
import { claimOgCard } from './og-cards.ts';

const data = {
	title: 'A headline',
	dek: 'A summary.',
	kind: 'report',
	authors: [],
	published: '2022-02-14',
	topics: ['iran'],
	lang: 'en',
	draft: false,
	claims: [
		{ id: 'first', text: 'The first claim.', assertedBy: 'the author', date: '2022', status: 'corroborated', sources: ['a'] },
		{ id: 'second', text: 'The second claim.', assertedBy: 'the author', date: '2022', status: 'unverified', sources: [] },
	],
} as unknown as ArticleFrontmatter;

describe('ogImageList', () => {
	it('gives the site, each piece and each of its claims an image, named for errors by file and field', () => {
		const pieces: PublishedPiece[] = [{ slug: 'a-piece', file: 'content/articles/2022/a-piece.md', data }];
		const list = ogImageList(pieces);
		expect(list.map(({ path, job }) => [path, job.name, job.field])).toEqual([
			['og.png', 'the site', undefined],
			['articles/a-piece/og.png', 'content/articles/2022/a-piece.md', 'title'],
			['articles/a-piece/claims/first/og.png', 'content/articles/2022/a-piece.md', 'claims[0].text'],
			['articles/a-piece/claims/second/og.png', 'content/articles/2022/a-piece.md', 'claims[1].text'],
		]);
		expect(list[3]!.job.card).toEqual(claimOgCard(data, 1));
	});

	it('blames the headline, not the claim, for a headline no font can draw', () => {
		const card = claimOgCard({ title: 'כותרת', lang: 'en', claims: [{ text: 'Words of the claim.', status: 'disputed' }] }, 0);
		const job = { card, name: 'x.md', field: 'claims[0].text' };
		expect(blamedField(job, 'no font in src/og/og-fonts.ts can draw "כותרת"')).toBe('title');
		const twoWords = { ...job, card: { ...card, headline: 'שלום עולם' } };
		expect(blamedField(twoWords, 'no font in src/og/og-fonts.ts can draw "שלוםע"')).toBe('title');
		const hebrewClaim = { ...job, card: { ...card, text: 'שלום עולם', headline: 'A headline' } };
		expect(blamedField(hebrewClaim, 'no font in src/og/og-fonts.ts can draw "שלום"')).toBe('claims[0].text');
		expect(blamedField(job, 'out of memory')).toBe('claims[0].text');
	});
});
