import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { abbreviate } from './abbreviate.ts';
import { bodyAddressProblem, isRemoteResource } from './body-addresses.ts';
import { localImageProblems } from './body-images.ts';
import { authorHtmlSchema } from './html-schemas.ts';

/** Attributes whose addresses the browser fetches on its own, without a click. */
const RESOURCE_PROPERTIES = ['src', 'srcSet', 'poster', 'data', 'background'];

/** Attributes of raw HTML that hold an address a reader follows or the browser fetches. */
const ADDRESS_PROPERTIES = ['href', 'src', 'cite'];

/**
 * What the sanitizer would remove from this piece of raw HTML, and what the body's rules for
 * addresses and images refuse in it, described for an editor. With the piece's `file`, a raw
 * `<img>` is held to the rules of a Markdown image (a file beside the piece, in a format we
 * publish), so that raw HTML is no way around them.
 *
 * The test is the sanitizer itself: each element is sanitized alone and compared with what the
 * author wrote, so the rules live in one schema (see html-schemas.ts).
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
