import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import rehypeStringify from 'rehype-stringify';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';

const ROOT = join(import.meta.dirname, '../..');

function toHtml(markdown: string, smartypants: PluggableList): string {
	return String(unified().use(remarkParse).use(remarkGfm).use(smartypants).use(remarkRehype).use(rehypeStringify).processSync(markdown));
}

/** Every Markdown file under a folder: the site's pieces, the fixtures. */
function markdownFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.md'))
		.map((path) => readFileSync(join(dir, path), 'utf8'));
}

/** Deterministic text made of what SmartyPants reacts to, in every order. */
function trickyTexts(count: number): string[] {
	let state = 7;
	const next = () => {
		state = (Math.imul(state, 1103515245) + 12345) >>> 0;
		return state / 4294967296;
	};
	const parts = [
		'"',
		"'",
		'`',
		'``',
		"''",
		'-',
		'--',
		'---',
		'.',
		'..',
		'...',
		'. . .',
		' ',
		'  ',
		'\u0085',
		'\u00a0',
		'\n',
		'\n\n',
		'word',
		'Iran',
		"it's",
		'80s',
		'1980',
		'(',
		')',
		',',
		'!',
		'?',
		'*',
		'_',
		'**b**',
		'[a link](https://example.org)',
		'`code`',
		'# ',
		'> ',
		'- ',
		'| a | b |\n| - | - |\n| "c" | d |',
		'ا',
		'«',
		'»',
	];
	return Array.from({ length: count }, () => Array.from({ length: 4 + Math.floor(next() * 24) }, () => parts[Math.floor(next() * parts.length)]).join(''));
}

describe('remarkSmartPunctuation', () => {
	it('gives what remark-smartypants gives, on the pieces, the fixtures and the guide', () => {
		const texts = [...markdownFiles(join(ROOT, 'content')), ...markdownFiles(join(ROOT, 'tests/fixtures')), ...markdownFiles(join(ROOT, 'docs'))];
		expect(texts.length).toBeGreaterThan(5);
		for (const text of texts) expect(toHtml(text, [remarkSmartPunctuation])).toBe(toHtml(text, [remarkSmartypants]));
	});

	it('gives what remark-smartypants gives on 1,500 texts of quotes, dashes, dots and backticks', () => {
		let changed = 0;
		for (const text of trickyTexts(1500)) {
			const expected = toHtml(text, [remarkSmartypants]);
			expect(toHtml(text, [remarkSmartPunctuation]), JSON.stringify(text)).toBe(expected);
			if (expected !== toHtml(text, [])) changed += 1;
		}
		// Most of them are texts SmartyPants does change: the comparison is not between no-ops.
		expect(changed).toBeGreaterThan(1000);
	}, 30_000);

	it('makes the typography readers expect', () => {
		expect(toHtml(`"It's the '80s," she said -- and left...`, [remarkSmartPunctuation])).toBe('<p>“It’s the ’80s,” she said — and left…</p>');
	});
});
