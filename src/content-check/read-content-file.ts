import { readFile } from 'node:fs/promises';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a content file, or why it cannot be read. Node's own `readFile(…, 'utf-8')`
 * (which Astro's loader uses) turns bad bytes into U+FFFD without a word; here they are refused.
 */
export async function readContentFile(path: string): Promise<{ text: string } | { error: string }> {
	const bytes = await readFile(path);
	try {
		return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
	} catch {
		return { error: 'is not valid UTF-8 text: save it as UTF-8' };
	}
}

export interface SplitMarkdown {
	/** The YAML between the opening and closing `---`. */
	yaml: string;
	/** The body, with the frontmatter blanked out line for line so positions stay those of the file. */
	body: string;
}

/** Splits a Markdown file into its frontmatter and body; `undefined` when it has no frontmatter. */
export function splitFrontmatter(text: string): SplitMarkdown | undefined {
	const match = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
	if (!match) return undefined;
	const blanked = match[0].replace(/[^\r\n]/g, ' ');
	return { yaml: match[1] ?? '', body: blanked + text.slice(match[0].length) };
}
