import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * SmartyPants typography (curly quotes, dashes, ellipses), exactly as remark-smartypants 3
 * does it (MIT; its two passes are kept step for step), without the work that changes nothing.
 *
 * remark-smartypants runs retext over the whole text of the piece for the quotes, then again
 * over every text node for the dashes, ellipses and backticks: most of a piece's rendering
 * time (BENCHMARKS.md). retext gives back its input unchanged when nothing is
 * replaced, so a pass is only run where it can replace something: the quotes pass when the
 * text has a straight quote, the second pass on a node that has `--`, two dots (with only
 * space between them), or a doubled backtick or apostrophe. The output is the same, character
 * for character (remark-smart-punctuation.test.ts compares the two).
 */

/** The nodes remark-smartypants reads: text, and the blocks whose text starts afresh. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/**
 * A quote right at the start of one of these is an opening quote: they get a space of their
 * own in the joined text. Inline parents (emphasis, links) must not, so that quotes pair
 * across them.
 */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** What the quotes pass replaces. */
const STRAIGHT_QUOTE = /["']/;
/**
 * What the second pass can replace: `--`; `...` or `. . .` (dots with only whitespace between,
 * and parse-latin counts U+0085 as whitespace, which `\s` does not); ` `` ` and `''`.
 */
const DASH_ELLIPSIS_OR_BACKTICKS = /--|``|''|\.[\s\u0085]*\./;

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

export const remarkSmartPunctuation: Plugin<[], Root> = () => {
	const quotesPass = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
	const secondPass = retext().use(retextSmartypants, { quotes: false });
	return (tree) => {
		const nodes: Nodes[] = [];
		let allText = '';
		visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
			if (!parent || !VISITED.has(node.type)) return;
			if (isLiteral(node)) {
				// Code counts for its length only, so that quotes around it still pair.
				allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
				nodes.push(node);
			} else if (BLOCKS.has(node.type)) {
				allText += ' ';
				nodes.push(node);
			}
		});
		// The quotes pass replaces one character with one, so every node keeps its place in the text.
		if (STRAIGHT_QUOTE.test(allText)) allText = String(quotesPass.processSync(allText));
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = allText.slice(start, end);
				node.value = DASH_ELLIPSIS_OR_BACKTICKS.test(text) ? String(secondPass.processSync(text)) : text;
			}
			start = end;
		}
	};
};
