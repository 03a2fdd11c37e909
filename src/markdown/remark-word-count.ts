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

/** What a rendering's frontmatter holds for the pages: what the pipeline's plugins added. */
export function pluginFrontmatter(frontmatter: Record<string, unknown> | undefined): { words?: number } {
	const words = wordsOf(frontmatter);
	return words === undefined ? {} : { words };
}

/** The words of a piece as its rendering counted them; a rendering without the count is the site's bug, not the editor's. */
export function renderedWords(frontmatter: Record<string, unknown> | undefined): number {
	const words = wordsOf(frontmatter);
	if (words === undefined) throw new Error('the Markdown pipeline gave no word count with this rendering (src/markdown/remark-word-count.ts)');
	return words;
}
