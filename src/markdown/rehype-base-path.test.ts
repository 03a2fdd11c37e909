import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeBasePath } from './rehype-base-path.ts';

const withBase = (base: string, html: string) =>
	String(unified().use(rehypeParse, { fragment: true }).use(rehypeBasePath, base).use(rehypeStringify).processSync(html));

describe('rehypeBasePath', () => {
	it('puts the base path before addresses from the site’s root, and nowhere else', () => {
		const html =
			'<a href="/articles/x/#claim-y">a</a><a href="//elsewhere.example/">b</a><a href="https://example.org/">c</a><a href="#f">d</a><a href="../y/">e</a>';
		expect(withBase('/mirror/sub/', html)).toBe(
			'<a href="/mirror/sub/articles/x/#claim-y">a</a><a href="//elsewhere.example/">b</a><a href="https://example.org/">c</a><a href="#f">d</a><a href="../y/">e</a>',
		);
	});

	it('changes nothing at the root of a domain', () => {
		expect(withBase('/', '<a href="/articles/x/">a</a>')).toBe('<a href="/articles/x/">a</a>');
	});
});
