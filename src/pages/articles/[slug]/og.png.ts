import type { APIRoute, GetStaticPaths } from 'astro';
import { type ArticleEntry, getPublishedArticles } from '../../../lib/articles.ts';
import { articleOgCard } from '../../../og/og-cards.ts';
import { ogImagePng } from '../../../og/og-image.ts';

export const getStaticPaths = (async () => {
	const articles = await getPublishedArticles();
	return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = async ({ props: { article } }) => {
	try {
		const png = await ogImagePng(articleOgCard(article.data));
		return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
	} catch (error) {
		// The headline is the likeliest cause (a script no font covers): name the piece and the field.
		throw new Error(`${article.filePath ?? article.id}: title: the preview image could not be made: ${(error as Error).message}`, { cause: error });
	}
};
