import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { astroBody } from '../markdown/astro-body.ts';
import { createBodyReader } from '../markdown/index.ts';
import type { ArticleEntry } from './articles.ts';
import { siteBase } from './site-env.ts';

let reader: ReturnType<typeof createBodyReader> | undefined;

/**
 * A piece's body as HTML, for the pages that quote it (a claim's page shows its passage). A build
 * has it from Astro's store. `npm run dev` renders a body only when a page shows the piece
 * (content.config.ts), so here it is rendered from the file, by the same pipeline.
 */
export async function pieceHtml(article: ArticleEntry): Promise<string> {
	if (article.rendered) return article.rendered.html;
	if (!article.filePath) throw new Error(`${article.id}: the piece has neither a rendering nor a file`);
	const path = resolve(article.filePath);
	reader ??= createBodyReader(siteBase());
	const { body } = astroBody(await readFile(path, 'utf8'));
	const claims = article.data.claims.map(({ id, status }) => ({ id, status }));
	return (await (await reader)(body, { path, claims, lang: article.data.lang })).rendered.code;
}
