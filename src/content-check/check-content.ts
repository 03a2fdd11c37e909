import type { RenderedBodies } from '../markdown/rendered-bodies.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { checkBodySize, createBodyCheck } from './check-bodies.ts';
import { type CheckMemo, inStage } from './check-memo.ts';
import type { ContentError } from './content-error.ts';
import { checkFileIds, crossCheck } from './cross-check.ts';
import { listContent, readFiles } from './read-files.ts';
import { fileErrors, missingContent, publishedPieces, report } from './report.ts';
import { validateArticle, validateSource } from './validate-frontmatter.ts';

export interface ContentCheckResult {
	errors: ContentError[];
	/** What an editor should know but that publishes safely: a source no piece cites. */
	warnings: ContentError[];
	articles: number;
	published: number;
	/** Pieces dated after the build's day: held back until a build on that day. */
	scheduled: number;
	sources: number;
	/** Each published piece's slug and the date it last changed, for the sitemap. */
	changed: Map<string, string>;
	/** The published pieces as checked, for what is made from their frontmatter alone (preview images). */
	pieces: PublishedPiece[];
}

export interface PublishedPiece {
	slug: string;
	/** The file, as errors name it. */
	file: string;
	data: ArticleFrontmatter;
}

export interface CheckOptions {
	/** Where the bodies the check renders go, for Astro to publish without rendering them again. */
	rendered?: RenderedBodies;
	/** The site's base path, which links from the site's root get. */
	base?: string;
	/**
	 * Called once every frontmatter is checked and found valid, before the bodies are read (which
	 * is most of the check's time): with the pieces that will be published.
	 */
	onFrontmatterChecked?: (pieces: PublishedPiece[]) => void;
	/**
	 * Called with each warning (also kept in the result's `warnings`). By default a warning is
	 * written to stderr: the build and `npm run check:content` print the errors of a result, and
	 * a warning must reach the editor wherever the check runs.
	 */
	onWarning?: (warning: ContentError) => void;
	/** Called as the bodies are read (most of the check's time): how many of how many are done. */
	onBodyChecked?: (done: number, total: number) => void;
	/**
	 * What earlier runs in this process found (`npm run dev`, which checks again on every save):
	 * a file not saved since is not read, parsed or rendered again (check-memo.ts). Its bodies
	 * not with `rendered`, which needs every body's rendering.
	 */
	memo?: CheckMemo;
}

/**
 * Reads every source and article under `contentDir` and returns every problem in every file,
 * so an editor fixes them all in one pass. The build stops when this finds anything.
 *
 * The check runs in stages, each in a file of its own:
 * 1. read-files.ts: the files, listed as Astro's loader will see them, then read;
 * 2. validate-frontmatter.ts: each file's YAML against its schema in src/schemas/;
 * 3. check-bodies.ts: each body through the site's Markdown pipeline (src/markdown/);
 * 4. cross-check.ts: what the files say of each other (ids, the sources claims cite);
 * 5. report.ts: the errors in order, the warnings, and what was found.
 * A file a stage cannot go on with (unreadable, or its YAML broken) is left out of the stages
 * after it; any other problem is reported and the file checked further, so one run says it all.
 */
export async function checkContent(contentDir: string, root = process.cwd(), options: CheckOptions = {}): Promise<ContentCheckResult> {
	const content = await listContent(contentDir, root);
	if ('missing' in content) return missingContent(content.missing);
	// Ids need only the file names: they are cross-checked as soon as the files are listed.
	checkFileIds(content);
	const { memo } = options;
	await readFiles(content, memo);
	// A body's length needs only its text: it is told with what reading the file found, before its fields.
	content.articles.files.forEach((article) => inStage(memo, 'body size', article, checkBodySize));

	const sources = content.sources.files.flatMap((source) => inStage(memo, 'frontmatter', source, validateSource) ?? []);
	const articles = content.articles.files.flatMap((article) => inStage(memo, 'frontmatter', article, validateArticle) ?? []);
	const pieces = publishedPieces(articles);
	const errors = fileErrors(content);
	// What needs only the frontmatter (preview images) can start while the bodies are read.
	if (errors.length === 0) options.onFrontmatterChecked?.(pieces);

	const bodyErrors = await createBodyCheck(options);
	for (const [done, article] of articles.entries()) {
		errors.push(...(await bodyErrors(article)));
		options.onBodyChecked?.(done + 1, articles.length);
	}

	const crossChecked = crossCheck(content, sources, articles);
	errors.push(...crossChecked.errors);
	return report(content, { sources, articles, pieces }, errors, crossChecked.warnings, options);
}
