import { extractFrontmatter } from '@astrojs/markdown-remark';

/**
 * The body as Astro's loader passes it to the Markdown processor (after the frontmatter, trimmed),
 * and how many lines of the file come before it, so that problems are reported at the file's lines.
 */
export function astroBody(text: string): { body: string; lineOffset: number } {
	const frontmatter = extractFrontmatter(text);
	const delimiter = text.trimStart().startsWith('+++') ? '+++' : '---';
	const block = frontmatter === undefined ? '' : `${delimiter}${frontmatter}${delimiter}`;
	const after = block ? text.indexOf(block) + block.length : 0;
	const start = after + (text.slice(after).length - text.slice(after).trimStart().length);
	return { body: text.slice(start).trim(), lineOffset: text.slice(0, start).split('\n').length - 1 };
}
