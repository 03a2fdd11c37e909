import type { APIRoute } from 'astro';
import { absoluteUrl, sitePath } from '../lib/urls.ts';

/** Everything may be crawled; the sitemap lists every page worth it. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(sitePath('sitemap-index.xml'), site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
