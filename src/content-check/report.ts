import { lastChanged } from '../lib/last-changed.ts';
import type { CheckOptions, ContentCheckResult, PublishedPiece } from './check-content.ts';
import { type ContentError, formatContentError, sortContentErrors } from './content-error.ts';
import type { ContentFiles } from './read-files.ts';
import type { ValidatedArticle, ValidatedSource } from './validate-frontmatter.ts';

/** The pieces the build will publish, as their frontmatter was checked. */
export function publishedPieces(articles: readonly ValidatedArticle[]): PublishedPiece[] {
	return articles.flatMap(({ slug, file, data, published }) => (published && data ? [{ slug, file, data }] : []));
}

/**
 * What each file is found to be by itself, in the order the files were listed: the symbolic
 * links of a folder, then each file's problems.
 */
export function fileErrors(content: ContentFiles): ContentError[] {
	return [content.sources, content.articles].flatMap((folder) => [...folder.links, ...folder.files.flatMap((file) => file.problems)]);
}

const printWarning = (warning: ContentError) => {
	process.stderr.write(`content warning: ${formatContentError(warning)}\n`);
};

/** The result of a check that found no content directory to read. */
export function missingContent(error: ContentError): ContentCheckResult {
	return { errors: [error], warnings: [], articles: 0, published: 0, scheduled: 0, sources: 0, changed: new Map(), pieces: [] };
}

/**
 * The check's result: every error, by file and line; the warnings, each also handed to
 * `onWarning`; and what was found, for the build's summary and the sitemap.
 */
export function report(
	content: ContentFiles,
	found: { sources: readonly ValidatedSource[]; articles: readonly ValidatedArticle[]; pieces: PublishedPiece[] },
	errors: ContentError[],
	warnings: ContentError[],
	options: Pick<CheckOptions, 'onWarning'>,
): ContentCheckResult {
	warnings.forEach((warning) => (options.onWarning ?? printWarning)(warning));
	const { sources, articles, pieces } = found;
	if (errors.length === 0 && pieces.length === 0) {
		errors.push({
			file: content.display(content.articlesDir),
			message: 'there is no published piece: every piece is a draft, dated after today, or the folder is empty',
		});
	}
	sortContentErrors(errors);
	return {
		errors,
		warnings,
		articles: articles.length,
		published: pieces.length,
		scheduled: articles.filter((article) => article.data && !article.data.draft && !article.published).length,
		sources: new Set(sources.map((source) => source.id)).size,
		changed: new Map(pieces.map((piece) => [piece.slug, lastChanged(piece.data)])),
		pieces,
	};
}
