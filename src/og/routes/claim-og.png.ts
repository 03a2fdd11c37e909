import type { APIRoute, GetStaticPaths } from 'astro';
import { type ArticleEntry, getPublishedArticles } from '../../lib/articles.ts';
import { claimOgCard } from '../og-cards.ts';
import { ogImagePng } from '../og-image.ts';

/**
 * A claim's preview image in `astro dev`, made when it is asked for. A build makes every image
 * beside the pages instead (src/integrations/og-images.ts).
 */
export const getStaticPaths = (async () => {
	const articles = await getPublishedArticles();
	return articles.flatMap((article) => article.data.claims.map((claim, index) => ({ params: { slug: article.id, id: claim.id }, props: { article, index } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: ArticleEntry; index: number }> = async ({ props: { article, index } }) => {
	const png = await ogImagePng(claimOgCard(article.data, index));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
