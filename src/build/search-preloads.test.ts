import { describe, expect, it } from 'vitest';
import { searchPreloads } from './search-preloads.ts';

const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;

describe('searchPreloads', () => {
	const entry = { languages: { en: { hash: 'en_1c99aec7c2', wasm: 'en' }, fa: { hash: 'fa_0a1b2c3d4e', wasm: null } } };
	const text = JSON.stringify(entry);

	it('preloads the entry file (as Pagefind asks for it with a cache tag, and plain), and each language’s search code and metadata, under the bundle’s path', () => {
		const links = searchPreloads(entry, text, '/mirror/sub/pagefind/');
		const tag = /pagefind-entry\.json\?ts=([0-9a-f]{12})"/.exec(links)?.[1];
		expect(tag).toBeDefined();
		expect(links).toBe(
			[
				preload(`/mirror/sub/pagefind/pagefind-entry.json?ts=${tag}`),
				preload('/mirror/sub/pagefind/pagefind-entry.json'),
				preload('/mirror/sub/pagefind/wasm.en.pagefind'),
				preload('/mirror/sub/pagefind/pagefind.en_1c99aec7c2.pf_meta'),
				preload('/mirror/sub/pagefind/pagefind.fa_0a1b2c3d4e.pf_meta'),
			].join(''),
		);
	});

	it('tags the entry file by its content: a new index, a new address, which no browser has cached', () => {
		const tagOf = (entryText: string) => /\?ts=([0-9a-f]+)/.exec(searchPreloads(entry, entryText, '/pagefind/'))![1];
		expect(tagOf(text)).toBe(tagOf(text));
		expect(tagOf(text)).not.toBe(tagOf(`${text} `));
	});
});
