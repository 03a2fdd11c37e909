import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The id of a paragraph: `p` and six hex digits of a hash of its words. It depends on nothing
 * but the paragraph itself, so editing or inserting one paragraph changes no other's link.
 * Two paragraphs with the same words get `…-2`, `…-3` in order.
 */
export function paragraphId(text: string): string {
	const words = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	return `p${createHash('sha256').update(words).digest('hex').slice(0, 6)}`;
}

/** Matches the ids `paragraphId` makes, so a heading cannot take one. */
export const PARAGRAPH_ID = /^p[0-9a-f]{6}(?:-\d+)?$/;

/** Gives every top-level paragraph of a body a stable id readers can link to. */
export const rehypeParagraphIds: Plugin<[], Root> = () => (tree) => {
	const seen = new Map<string, number>();
	visit(tree, 'element', (element: Element) => {
		if (element.tagName !== 'p') return undefined;
		if (element.properties.id === undefined) {
			const id = paragraphId(toString(element));
			const count = (seen.get(id) ?? 0) + 1;
			seen.set(id, count);
			element.properties.id = count === 1 ? id : `${id}-${count}`;
		}
		return SKIP;
	});
};
