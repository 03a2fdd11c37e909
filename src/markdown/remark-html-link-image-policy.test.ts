import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkHtmlLinkImagePolicy } from './remark-html-link-image-policy.ts';

function problems(markdown: string) {
	const file = new VFile({ value: markdown });
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkHtmlLinkImagePolicy);
	processor.runSync(processor.parse(file), file);
	return file.messages.map((message) => `${message.line}: ${message.reason}`);
}

describe('remarkHtmlLinkImagePolicy', () => {
	it('reports raw HTML and unsafe links with their lines', () => {
		expect(
			problems('Fine.\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)) and ![img](data:image/png;base64,AAAA).\n\n[ref]: vbscript:msgbox'),
		).toEqual([
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

	it('refuses an image path that climbs out of the piece’s folder', () => {
		expect(problems('![a](../../secret.png)\n\n![b](./x/../../y.png)\n\n![c](.%2E/z.png)')).toEqual([
			'1: image "../../secret.png": the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png',
			'3: image "./x/../../y.png": the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png',
			'5: image ".%2E/z.png": the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png',
		]);
	});

	it('holds a raw <img> to the rules of a Markdown image', () => {
		expect(
			problems(
				'<img src="/images/c.png" alt="c">\n\n<img src="./d.svg" alt="d">\n\n<img src="../e.png" alt="e">\n\n<picture><source srcset="./f.avif 1x"><img src="./f.png" alt="f"></picture>',
			),
		).toEqual([
			'1: raw HTML <img> image "/images/c.png": write the path from the piece’s own folder (for example ./chart.png) and keep the image there: <img src="/images/c.png" alt="c">',
			'3: raw HTML <img> image "./d.svg": images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused): <img src="./d.svg" alt="d">',
			'5: raw HTML <img> image "../e.png": the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png: <img src="../e.png" alt="e">',
			'7: raw HTML <source> image "./f.avif": images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused): <source srcset="./f.avif 1x">',
		]);
	});

	it('parses every address of the body once, refusing one no browser can open or one that leads to a private host', () => {
		expect(
			problems('[a](https://example.com:99999/)\n\n[b][r]\n\n<a href="http://[::1]/x">c</a> ![d](http://user:pw@x.example/d.png)\n\n[r]: //localhost/'),
		).toEqual([
			'1: link to "https://example.com:99999/": is not an address a browser can open (check the host name, and the port after ":" if there is one): copy it again from the browser',
			'5: raw HTML <a> href "http://[::1]/x": leads to ::1, a private or local network address that readers cannot reach: give the page\'s public address: <a href="http://[::1]/x">',
			'5: image from "http://user:pw@x.example/d.png": images must be files of this site, never loaded from another server',
			'5: image to "http://user:pw@x.example/d.png": has a user name or password before "@" ("user:…@"), so it leads to x.example, not where it seems to: write the address without it',
			'7: link to "//localhost/": leads to "localhost", the computer it is opened on, not a page readers can reach: give the page\'s public address',
		]);
	});

	it('passes ordinary Markdown, links and safe inline HTML', () => {
		expect(
			problems('A [source](https://example.org/a), [mail](mailto:desk@example.org), [a heading](#regimes-fragile-state), <abbr title="x">y</abbr>.'),
		).toEqual([]);
	});
});
