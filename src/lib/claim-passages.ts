import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { markerAnchor } from './claim-anchors.ts';

/** Where a piece makes a claim: the marked words, and the rest of their sentence on each side. */
export interface ClaimPassage {
	before: string;
	words: string;
	after: string;
}

/** Blocks a sentence does not run out of. */
const BLOCKS = new Set(['p', 'li', 'blockquote', 'td', 'th', 'dd', 'dt', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Beyond this, the sentence around the words is cut at a word and marked with an ellipsis. */
const MAX_CONTEXT = 240;

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
/** The claim's number after its words, and words there for screen readers only: not the author's text. */
const isChrome = (node: Element) => classes(node).some((name) => name === 'claim-mark__n' || name === 'visually-hidden');

/**
 * The passage of each claim's first marker in a piece's rendered body, by claim id: the marked
 * words in the sentence (or sentences) they stand in, as the author wrote them. A claim whose
 * marker is missing from the HTML has none.
 */
export function claimPassages(html: string, lang: string): Map<string, ClaimPassage> {
	const tree = fromHtml(html, { fragment: true });
	const passages = new Map<string, ClaimPassage>();
	const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
	visitBlocks(tree, (block) => {
		let text = '';
		const marks: { id: string; start: number; end: number }[] = [];
		const walk = (node: ElementContent) => {
			if (node.type === 'text') text += node.value;
			if (node.type !== 'element' || isChrome(node)) return;
			const id = typeof node.properties.id === 'string' ? node.properties.id : '';
			const start = text.length;
			node.children.forEach(walk);
			if (id.startsWith(markerAnchor('')) && !id.includes('--')) marks.push({ id: id.slice(markerAnchor('').length), start, end: text.length });
		};
		block.children.forEach(walk);
		for (const mark of marks) passages.set(mark.id, passageAround(text, mark.start, mark.end, segmenter));
	});
	return passages;
}

function visitBlocks(node: Root | Element, onBlock: (block: Element) => void): void {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		// The innermost block holds the sentence: a list item inside a quotation, not the whole quotation.
		if (BLOCKS.has(child.tagName) && !child.children.some((grandchild) => grandchild.type === 'element' && BLOCKS.has(grandchild.tagName))) onBlock(child);
		else visitBlocks(child, onBlock);
	}
}

function passageAround(text: string, start: number, end: number, segmenter: Intl.Segmenter): ClaimPassage {
	let from = 0;
	let to = text.length;
	for (const { index, segment } of segmenter.segment(text)) {
		if (index + segment.length <= start) from = index + segment.length;
		if (index >= end) {
			to = index;
			break;
		}
	}
	return {
		before: cutBefore(text.slice(from, start).replace(/^\s+/, '')),
		words: text.slice(start, end),
		after: cutAfter(text.slice(end, to).replace(/\s+$/, '')),
	};
}

/** The last words of `text`, whole, within MAX_CONTEXT characters. */
function cutBefore(text: string): string {
	if (text.length <= MAX_CONTEXT) return text;
	const tail = text.slice(-MAX_CONTEXT);
	return `…${tail.slice(tail.search(/\s/) + 1)}`;
}

/** The first words of `text`, whole, within MAX_CONTEXT characters. */
function cutAfter(text: string): string {
	if (text.length <= MAX_CONTEXT) return text;
	const head = text.slice(0, MAX_CONTEXT);
	return `${head.slice(0, head.search(/\s\S*$/))}…`;
}
