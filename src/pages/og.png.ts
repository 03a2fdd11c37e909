import type { APIRoute } from 'astro';
import { siteOgCard } from '../og/og-cards.ts';
import { ogImagePng } from '../og/og-image.ts';

/** The preview image of every page that is not a piece. */
export const GET: APIRoute = async () => {
	const png = await ogImagePng(siteOgCard());
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
