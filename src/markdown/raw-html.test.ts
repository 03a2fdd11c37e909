import { describe, expect, it } from 'vitest';
import { rawHtmlProblems } from './raw-html.ts';

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
		[
			'<picture><source srcset="/a.png 1x, https://tracker.example/b.png 2x"><img src="/a.png"></picture>',
			'<source> loads srcset from another server, which pages never do',
		],
	])('refuses %s', (html, problem) => {
		expect(rawHtmlProblems(html)).toContain(problem);
	});

	it.each([
		'<abbr title="National Council of Resistance of Iran">NCRI</abbr>',
		'<sup>1</sup>',
		'<kbd>Ctrl</kbd>',
		'<a href="https://example.org">x</a>',
		'<br>',
	])('allows %s', (html) => {
		expect(rawHtmlProblems(html)).toEqual([]);
	});
});
