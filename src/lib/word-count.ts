import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
const words = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * The words of a Markdown body a reader sees: its text as Markdown reads it (a claim marker's
 * words without its id, a link's words without its address, no raw HTML tags), counted as
 * Unicode word boundaries count them, so that Persian and English count alike. The one count
 * of the site: reading time, and the length limit of the content check.
 */
export function wordCount(markdown: string): number {
	return treeWordCount(parser.parse(markdown));
}

/** The same count, of a body already parsed (as the site's Markdown pipeline has it, before its own plugins). */
export function treeWordCount(tree: Root): number {
	// Block by block: the text of a heading and of the paragraph after it are not one word where they meet.
	const blocks: string[] = [];
	visit(tree, (node) => {
		if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
			blocks.push(toString(node, { includeHtml: false }));
			return SKIP;
		}
		if (node.type === 'code') blocks.push(node.value);
		return undefined;
	});
	let count = 0;
	for (const segment of words.segment(blocks.join('\n'))) if (segment.isWordLike) count += 1;
	return count;
}
