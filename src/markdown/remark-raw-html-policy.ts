import { existsSync } from 'node:fs';
import { extname, posix, resolve } from 'node:path';
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { find, html } from 'property-information';
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { authorHtmlSchema } from './html-schemas.ts';
import { bodyAddressProblem } from './body-addresses.ts';

export const RAW_HTML_RULES = {
	unsafeHtml: 'unsafe-html',
	unsafeUrl: 'unsafe-url',
	remoteResource: 'remote-resource',
	localImage: 'local-image',
	badAddress: 'bad-address',
} as const;

/** Schemes a link in the body may use. Anything else (`javascript:`, `data:`, `vbscript:`) is refused. */
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/**
 * The scheme of a URL as a browser would read it: browsers skip leading spaces and drop tabs
 * and newlines anywhere, so `java\tscript:` is still `javascript:`.
 */
export function urlScheme(url: string): string | undefined {
	// Browsers ignore control characters and spaces in a scheme (`java\tscript:`): so does this.
	// eslint-disable-next-line no-control-regex -- control characters are what it removes
	const squeezed = url.replace(/[\u0000-\u0020]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

export function isSafeLinkUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || SAFE_LINK_SCHEMES.has(scheme);
}

/**
 * Whether the browser would fetch this from another server: any scheme, or `//host/…`. Pages
 * load nothing from elsewhere (a reader's visit must not reach a third party), so images and
 * other resources in a piece are files of the site itself.
 */
export function isRemoteResource(url: string): boolean {
	return urlScheme(url) !== undefined || /^[\s/\\]*[/\\]{2}/.test(url);
}

/** Attributes whose addresses the browser fetches on its own, without a click. */
const RESOURCE_PROPERTIES = ['src', 'srcSet', 'poster', 'data', 'background'];

/**
 * Refuses, rather than silently strips, what must never reach a reader: raw HTML the sanitizer
 * would change (scripts, `on*` handlers, iframes, styles, ids) and Markdown links or images with
 * a scheme other than http, https or mailto. Each problem is a message on the file with its line;
 * the content check collects them and stops the build.
 *
 * The test for raw HTML is the sanitizer itself: each element is sanitized alone and compared
 * with what the author wrote, so the rules live in one schema (see html-schemas.ts).
 */
export const remarkRawHtmlPolicy: Plugin<[], Root> = () => (tree, file) => {
	const definitionUrl = new Map<string, string>();
	visit(tree, 'definition', (definition) => {
		definitionUrl.set(definition.identifier, definition.url);
	});
	visit(tree, (node) => {
		const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitionUrl.get(node.identifier) : undefined;
		if (imageUrl !== undefined && isRemoteResource(imageUrl)) {
			file.message(`image from "${abbreviate(imageUrl)}": images must be files of this site, never loaded from another server`, {
				place: node.position,
				ruleId: RAW_HTML_RULES.remoteResource,
				source: 'remark-raw-html-policy',
			});
		} else if (imageUrl !== undefined && isSafeLinkUrl(imageUrl)) {
			for (const problem of localImageProblems(imageUrl, file)) {
				file.message(`image "${abbreviate(imageUrl)}": ${problem}`, {
					place: node.position,
					ruleId: RAW_HTML_RULES.localImage,
					source: 'remark-raw-html-policy',
				});
			}
		}
		if (node.type === 'html') {
			for (const problem of rawHtmlProblems(node.value, file)) {
				file.message(`raw HTML ${problem}: ${abbreviate(node.value)}`, {
					place: node.position,
					ruleId: RAW_HTML_RULES.unsafeHtml,
					source: 'remark-raw-html-policy',
				});
			}
		} else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkUrl(node.url)) {
			file.message(`${node.type === 'image' ? 'image' : 'link'} to "${abbreviate(node.url)}": only http, https and mailto addresses are allowed`, {
				place: node.position,
				ruleId: RAW_HTML_RULES.unsafeUrl,
				source: 'remark-raw-html-policy',
			});
		} else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			const problem = bodyAddressProblem(node.url);
			if (problem) {
				file.message(`${node.type === 'image' ? 'image' : 'link'} to "${abbreviate(node.url)}": ${problem}`, {
					place: node.position,
					ruleId: RAW_HTML_RULES.badAddress,
					source: 'remark-raw-html-policy',
				});
			}
		}
	});
};

/**
 * Image formats a piece may carry. SVG can hold script, and decoding AVIF (libheif) is where a
 * remote-code-execution flaw was found (GHSA-26w7-cxv4-gfx2): neither is published from content.
 */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif']);

/**
 * What is wrong with an image of the site itself: it must be a file beside the piece, named by a
 * relative path (Astro resolves those, and fails on a missing one; an address from the site's
 * root is neither checked nor given a mirror's sub-path), in a format we publish.
 */
export function localImageProblems(url: string, file: VFile | undefined): string[] {
	let path: string;
	try {
		path = decodeURI(url.replace(/[?#].*$/, ''));
	} catch {
		return ['the path has a broken %-escape: write the file name as it is, for example ./chart.png'];
	}
	if (path.startsWith('/')) return ['write the path from the piece’s own folder (for example ./chart.png) and keep the image there'];
	// `../` leaves the piece's folder: what is published must be a file beside the piece, not
	// whatever the path reaches on the machine that builds the site.
	if (posix.normalize(path.replace(/\\/g, '/')).split('/')[0] === '..')
		return ['the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png'];
	const problems: string[] = [];
	if (!IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) problems.push('images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused)');
	if (file?.path && !existsSync(resolve(file.cwd, file.dirname ?? '', path))) problems.push('the file does not exist beside the piece');
	return problems;
}

/** Attributes of raw HTML that hold an address a reader follows or the browser fetches. */
const ADDRESS_PROPERTIES = ['href', 'src', 'cite'];

/**
 * What the sanitizer would remove from this piece of raw HTML, and what the body's rules for
 * addresses and images refuse in it, described for an editor. With the piece's `file`, a raw
 * `<img>` is held to the rules of a Markdown image (a file beside the piece, in a format we
 * publish), so that raw HTML is no way around them.
 */
export function rawHtmlProblems(html: string, file?: VFile): string[] {
	const problems: string[] = [];
	visit(fromHtml(html, { fragment: true }), 'element', (element: Element) => {
		const alone: Element = { ...element, children: [] };
		const cleaned = sanitize(alone, authorHtmlSchema);
		const kept = cleaned.type === 'root' ? cleaned.children[0] : cleaned;
		if (kept?.type !== 'element' || kept.tagName !== element.tagName) {
			problems.push(`<${element.tagName}> is not allowed`);
			return;
		}
		for (const name of changedProperties(element.properties, kept.properties)) {
			problems.push(`attribute ${attributeName(name)} on <${element.tagName}> is not allowed`);
		}
		for (const name of RESOURCE_PROPERTIES) {
			const value = kept.properties[name];
			const urls = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : [];
			if (urls.some((url) => isRemoteResource(url.trim()))) {
				problems.push(`<${element.tagName}> loads ${attributeName(name)} from another server, which pages never do`);
			} else if (element.tagName === 'img' || element.tagName === 'source') {
				const paths = name === 'srcSet' ? urls.map((url) => url.trim().split(/\s+/)[0] ?? '') : urls;
				for (const path of paths.filter(Boolean)) {
					for (const problem of localImageProblems(path, file)) problems.push(`<${element.tagName}> image "${abbreviate(path)}": ${problem}`);
				}
			}
		}
		for (const name of ADDRESS_PROPERTIES) {
			const value = kept.properties[name];
			const problem = typeof value === 'string' ? bodyAddressProblem(value) : undefined;
			if (problem) problems.push(`<${element.tagName}> ${attributeName(name)} "${abbreviate(String(value))}": ${problem}`);
		}
	});
	return problems;
}

function changedProperties(before: Properties, after: Properties): string[] {
	return Object.keys(before).filter((name) => JSON.stringify(before[name]) !== JSON.stringify(after[name]));
}

/** hast calls `onclick` `onClick` and `class` `className`; editors know the HTML names. */
function attributeName(property: string): string {
	return find(html, property).attribute;
}

function abbreviate(text: string, max = 80): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
