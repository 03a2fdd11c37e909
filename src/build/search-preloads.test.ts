import { describe, expect, it } from 'vitest';
import { searchPreloads } from './search-preloads.ts';

describe('searchPreloads', () => {
	it('preloads the entry file and each language’s search code and index metadata, under the bundle’s path, as Pagefind fetches them', () => {
		const links = searchPreloads({ languages: { en: { hash: 'en_1c99aec7c2', wasm: 'en' }, fa: { hash: 'fa_0a1b2c3d4e', wasm: null } } }, '/mirror/sub/pagefind/');
		expect(links).toBe(
			[
				'<link rel="preload" href="/mirror/sub/pagefind/pagefind-entry.json" as="fetch" crossorigin>',
				'<link rel="preload" href="/mirror/sub/pagefind/wasm.en.pagefind" as="fetch" crossorigin>',
				'<link rel="preload" href="/mirror/sub/pagefind/pagefind.en_1c99aec7c2.pf_meta" as="fetch" crossorigin>',
				'<link rel="preload" href="/mirror/sub/pagefind/pagefind.fa_0a1b2c3d4e.pf_meta" as="fetch" crossorigin>',
			].join(''),
		);
	});

	it('preloads only the entry file for an index without languages', () => {
		expect(searchPreloads({}, '/pagefind/')).toBe('<link rel="preload" href="/pagefind/pagefind-entry.json" as="fetch" crossorigin>');
	});
});
