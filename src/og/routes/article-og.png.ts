import type { APIRoute, GetStaticPaths } from 'astro';
import { type ArticleEntry, getPublishedArticles } from '../../lib/articles.ts';
import { articleOgCard } from '../og-cards.ts';
import { ogImagePng } from '../og-image.ts';

/**
 * A piece's preview image in `astro dev`, made when it is asked for. A build makes every image
 * beside the pages instead (src/integrations/og-images.ts).
 */
export const getStaticPaths = (async () => {
	const articles = await getPublishedArticles();
	return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry }> = async ({ props: { article } }) => {
	const png = await ogImagePng(articleOgCard(article.data));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
