import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, rawHtmlProblems, remarkRawHtmlPolicy } from './remark-raw-html-policy.ts';

function problems(markdown: string) {
	const file = new VFile({ value: markdown });
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRawHtmlPolicy);
	processor.runSync(processor.parse(file), file);
	return file.messages.map((message) => `${message.line}: ${message.reason}`);
}

describe('rawHtmlProblems', () => {
	it.each([
		['<script>alert(1)</script>', '<script> is not allowed'],
		['<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>', '<script> is not allowed'],
		['<img src="x.png" onerror="alert(1)">', 'attribute onerror on <img> is not allowed'],
		['<span onmouseover="alert(1)">x</span>', 'attribute onmouseover on <span> is not allowed'],
		['<iframe src="https://video.example.org/embed"></iframe>', '<iframe> is not allowed'],
		['<a href="javascript:alert(1)">x</a>', 'attribute href on <a> is not allowed'],
		['<a href=" java\tscript:alert(1)">x</a>', 'attribute href on <a> is not allowed'],
		['<object data="x.swf"></object>', '<object> is not allowed'],
		['<style>body{display:none}</style>', '<style> is not allowed'],
		['<p style="position:fixed">x</p>', 'attribute style on <p> is not allowed'],
		['<form action="https://evil.example"><input name="q"></form>', '<form> is not allowed'],
		['<h2 id="claim-x">Taken anchor</h2>', 'attribute id on <h2> is not allowed'],
		['<img src="https://tracker.example/pixel.gif">', '<img> loads src from another server, which pages never do'],
		['<img src="//tracker.example/pixel.gif">', '<img> loads src from another server, which pages never do'],
		['<picture><source srcset="/a.png 1x, https://tracker.example/b.png 2x"><img src="/a.png"></picture>', '<source> loads srcset from another server, which pages never do'],
	])('refuses %s', (html, problem) => {
		expect(rawHtmlProblems(html)).toContain(problem);
	});

	it.each(['<abbr title="National Council of Resistance of Iran">NCRI</abbr>', '<sup>1</sup>', '<kbd>Ctrl</kbd>', '<a href="https://example.org">x</a>', '<br>'])(
		'allows %s',
		(html) => {
			expect(rawHtmlProblems(html)).toEqual([]);
		},
	);
});

describe('remarkRawHtmlPolicy', () => {
	it('reports raw HTML and unsafe links with their lines', () => {
		expect(problems('Fine.\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)) and ![img](data:image/png;base64,AAAA).\n\n[ref]: vbscript:msgbox')).toEqual([
			'3: raw HTML <script> is not allowed: <script>alert(1)</script>',
			'5: link to "javascript:alert(1)": only http, https and mailto addresses are allowed',
			'5: image from "data:image/png;base64,AAAA": images must be files of this site, never loaded from another server',
			'5: image to "data:image/png;base64,AAAA": only http, https and mailto addresses are allowed',
			'7: link to "vbscript:msgbox": only http, https and mailto addresses are allowed',
		]);
	});

	it('refuses images from another server, written inline or by reference', () => {
		expect(problems('![a](https://tracker.example/a.png)\n\n![b][ref]\n\n[ref]: //tracker.example/b.png')).toEqual([
			'1: image from "https://tracker.example/a.png": images must be files of this site, never loaded from another server',
			'3: image from "//tracker.example/b.png": images must be files of this site, never loaded from another server',
		]);
	});

	it('wants images of the site beside the piece, in a format it publishes', () => {
		expect(problems('![c](/images/c.png)\n\n![d](./d.svg)\n\n![e](e.AVIF)')).toEqual([
			'1: image "/images/c.png": write the path from the piece’s own folder (for example ./chart.png) and keep the image there',
			'3: image "./d.svg": images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused)',
			'5: image "e.AVIF": images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused)',
		]);
	});

	it('passes ordinary Markdown, links and safe inline HTML', () => {
		expect(problems('A [source](https://example.org/a), [mail](mailto:desk@example.org), [a heading](#regimes-fragile-state), <abbr title="x">y</abbr>.')).toEqual([]);
	});
});

describe('isSafeLinkUrl', () => {
	it.each([
		['https://example.org', true],
		['#claim-x', true],
		['/articles/x/', true],
		['mailto:desk@example.org', true],
		['JAVASCRIPT:alert(1)', false],
		['\u0001javascript:alert(1)', false],
		['java\nscript:alert(1)', false],
		['data:text/html,x', false],
	])('%j → %s', (url, safe) => {
		expect(isSafeLinkUrl(url)).toBe(safe);
	});
});
