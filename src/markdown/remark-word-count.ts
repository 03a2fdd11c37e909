import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { treeWordCount } from '../lib/word-count.ts';

/**
 * Counts the body's words on the tree the pipeline has already parsed, before any plugin of ours
 * changes it (claim markers gain their number), and gives the count with the rendering
 * (`remarkPluginFrontmatter.words`): the page's reading time needs no second parse of the body.
 */
export const remarkWordCount: Plugin<[], Root> = () => (tree, file) => {
	const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
	data.astro ??= {};
	data.astro.frontmatter ??= {};
	data.astro.frontmatter.words = treeWordCount(tree);
};

/** The count the pipeline gave a rendering, if it did. */
export function wordsOf(frontmatter: Record<string, unknown> | undefined): number | undefined {
	const words = frontmatter?.words;
	return typeof words === 'number' ? words : undefined;
}
