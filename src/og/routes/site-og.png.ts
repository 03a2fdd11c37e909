import type { APIRoute } from 'astro';
import { siteOgCard } from '../og-cards.ts';
import { ogImagePng } from '../og-image.ts';

/** The preview image of every page that is not a piece, in `astro dev` (see article-og.png.ts). */
export const GET: APIRoute = async ({ url }) => {
	const png = await ogImagePng(siteOgCard(url.pathname.endsWith('/fa/og.png') ? 'fa' : 'en'));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
