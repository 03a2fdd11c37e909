import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links.ts';

describe('shareLinks', () => {
	const url = 'https://dossier.example/articles/a-b/';
	const title = 'Who said “50,000 hacks” & when?';
	const links = Object.fromEntries(shareLinks(url, title).map((link) => [link.label, new URL(link.href)]));

	it('offers email, Telegram, WhatsApp, X and Facebook', () => {
		expect(Object.keys(links)).toEqual(['Email', 'Telegram', 'WhatsApp', 'X', 'Facebook']);
	});

	it('carries the exact address and title, encoded so neither can break the link', () => {
		expect(links.Email?.protocol).toBe('mailto:');
		expect(links.Email?.searchParams.get('subject')).toBe(title);
		expect(links.Email?.searchParams.get('body')).toBe(`${title}\n${url}`);
		expect(links.Telegram?.searchParams.get('url')).toBe(url);
		expect(links.Telegram?.searchParams.get('text')).toBe(title);
		expect(links.WhatsApp?.searchParams.get('text')).toBe(`${title} ${url}`);
		expect(links.X?.searchParams.get('url')).toBe(url);
		expect(links.Facebook?.searchParams.get('u')).toBe(url);
	});

	it('uses https for every network', () => {
		for (const [label, link] of Object.entries(links)) if (label !== 'Email') expect(link.protocol).toBe('https:');
	});
});
