import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { type CheckMemo, inStage } from './check-memo.ts';
import type { ContentError } from './content-error.ts';
import { readContentFile, type SplitMarkdown, splitFrontmatter } from './read-content-file.ts';

/** One file of the content, as it goes through the check's stages. */
export interface ContentFile {
	/** The file, as errors name it: relative to the project root. */
	file: string;
	/** The file as listed, for reading it. */
	path: string;
	/** What its name makes it: a source's id, a piece's slug. */
	id: string;
	/** What is wrong with this file on its own (its name, its text, its fields), in the order the stages find it. */
	problems: ContentError[];
	/** Set by a problem that leaves nothing more to check in the file: the stages after it pass it by. */
	stopped: boolean;
	/** The whole text, once read. */
	text?: string;
}

export interface ArticleFile extends ContentFile {
	/** The file's absolute path: its body's rendering is kept under it, and its images are found beside it. */
	absolutePath: string;
	/** Its frontmatter and body, once read. */
	split?: SplitMarkdown | undefined;
}

/** The files of one folder of the content, and apart, its symbolic links, which are refused. */
export interface ContentFolder<File extends ContentFile> {
	links: ContentError[];
	files: File[];
}

export interface ContentFiles {
	/** A path as errors name it. */
	display(path: string): string;
	sourcesDir: string;
	articlesDir: string;
	sources: ContentFolder<ContentFile>;
	articles: ContentFolder<ArticleFile>;
}

/**
 * Every source and article file under `contentDir`, as Astro's loader will see them, not read
 * yet; or, when there is no such directory, the error that says so.
 */
export async function listContent(contentDir: string, root: string): Promise<ContentFiles | { missing: ContentError }> {
	const display = (path: string) => relative(root, path) || path;
	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		return { missing: { file: display(contentDir), message: 'the content directory does not exist' } };
	}
	const sourcesDir = join(contentDir, 'sources');
	const articlesDir = join(contentDir, 'articles');
	const sources = await folder(sourcesDir, display, (path) => {
		if (!['.yaml', '.yml'].includes(extname(path))) return [];
		const source: ContentFile = { file: display(path), path, id: basename(path, extname(path)), problems: [], stopped: false };
		if (extname(path) === '.yml') {
			source.problems.push({ file: source.file, message: 'source files end in .yaml', hint: `rename it to ${basename(path, '.yml')}.yaml` });
			source.stopped = true;
		}
		return [source];
	});
	const articles = await folder(articlesDir, display, (path): ArticleFile[] =>
		extname(path) === '.md' ? [{ file: display(path), path, id: basename(path, '.md'), problems: [], stopped: false, absolutePath: resolve(root, path) }] : [],
	);
	return { display, sourcesDir, articlesDir, sources, articles };
}

/**
 * Reads the text of every file still in the check: a file that is not UTF-8 goes no further,
 * nor does a piece without frontmatter.
 */
export async function readFiles(content: ContentFiles, memo?: CheckMemo): Promise<void> {
	for (const source of content.sources.files) await readText(source, memo);
	for (const article of content.articles.files) {
		if ((await readText(article, memo)) === undefined) continue;
		article.split = inStage(memo, 'frontmatter split', article, split);
	}
}

/** A piece's frontmatter and body, apart; without frontmatter, it goes no further. */
function split(article: ArticleFile): SplitMarkdown | undefined {
	const parts = splitFrontmatter(article.text ?? '');
	if (!parts) {
		article.problems.push({ file: article.file, line: 1, message: 'has no frontmatter: a piece starts with a line "---", its fields, and another "---"' });
		article.stopped = true;
	}
	return parts;
}

/** The file's text, kept on it; `undefined` when it cannot be read (or was stopped before). */
async function readText(content: ContentFile, memo: CheckMemo | undefined): Promise<string | undefined> {
	if (content.stopped) return undefined;
	const read = await (memo ? memo.read(content.path) : readContentFile(content.path));
	if ('error' in read) {
		content.problems.push({ file: content.file, message: read.error });
		content.stopped = true;
		return undefined;
	}
	content.text = read.text;
	return read.text;
}

async function folder<File extends ContentFile>(
	dir: string,
	display: (path: string) => string,
	toFiles: (path: string) => File[],
): Promise<ContentFolder<File>> {
	const { files, links } = await filesUnder(dir);
	return {
		links: links.map((link) => ({
			file: display(link),
			message: 'is a symbolic link',
			hint: 'content must be real files inside the content directory, so that what is checked is what is published',
		})),
		files: files.flatMap(toFiles),
	};
}

/**
 * The content files under `dir`, as Astro's loader sees them (no dot folders, no files starting
 * with `_` or `.`), and apart, the symbolic links, which the loader would follow unchecked.
 */
async function filesUnder(dir: string): Promise<{ files: string[]; links: string[] }> {
	if (!existsSync(dir)) return { files: [], links: [] };
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const visible = entries.filter(
		(entry) =>
			!relative(dir, join(entry.parentPath, entry.name))
				.split(sep)
				.some((part) => part.startsWith('.')),
	);
	const paths = (list: typeof entries) => list.map((entry) => join(entry.parentPath, entry.name)).sort();
	return {
		files: paths(visible.filter((entry) => entry.isFile() && !entry.name.startsWith('_'))),
		links: paths(visible.filter((entry) => entry.isSymbolicLink())),
	};
}
