import type { APIRoute } from 'astro';
import { getPublishedArticles, getSourcesById } from '../lib/articles.ts';
import { claimsExport } from '../lib/claims-export.ts';
import { lastChanged } from '../lib/last-changed.ts';
import { absoluteUrl, articlePath, claimPath, sitePath } from '../lib/urls.ts';

/** Every published piece's claims ledger, machine-readable (documented in the README). */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getPublishedArticles();
	const sources = new Map([...(await getSourcesById())].map(([id, entry]) => [id, entry.data]));
	const body = claimsExport(
		articles.map((article) => ({
			id: article.id,
			url: absoluteUrl(articlePath(article.id), site),
			claimPage: (claimId: string) => absoluteUrl(claimPath(article.id, claimId), site),
			data: article.data,
			updated: lastChanged(article.data),
		})),
		sources,
		absoluteUrl(sitePath(), site),
	);
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
