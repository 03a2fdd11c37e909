import { type CollectionEntry, getCollection } from 'astro:content';
import { isPublished } from './publication.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type SourceEntry = CollectionEntry<'sources'>;

/**
 * Published pieces, newest first: no draft, and no piece scheduled for a later day. Read and
 * sorted once per build, and the same array every time, so that what is worked out from it
 * (src/lib/listing.ts) is worked out once; read afresh in `astro dev`, where content changes.
 */
let published: Promise<ArticleEntry[]> | undefined;
export function getPublishedArticles(): Promise<ArticleEntry[]> {
	if (import.meta.env.DEV || !published) published = readPublishedArticles();
	return published;
}

async function readPublishedArticles(): Promise<ArticleEntry[]> {
	const articles = await getCollection('articles', (entry) => isPublished(entry.data));
	return articles.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
}

/** Every source by id, read once per build; afresh in `astro dev`, where sources are edited. */
let sourcesById: Promise<Map<string, SourceEntry>> | undefined;
export function getSourcesById(): Promise<Map<string, SourceEntry>> {
	if (import.meta.env.DEV || !sourcesById) sourcesById = getCollection('sources').then((sources) => new Map(sources.map((source) => [source.id, source])));
	return sourcesById;
}

/**
 * The sources a piece cites, in the order its ledger first cites them. The content check has
 * made sure every id exists; a missing one here is a bug, not a content error.
 */
export async function citedSources(article: ArticleEntry): Promise<SourceEntry[]> {
	const byId = await getSourcesById();
	const ids = [...new Set(article.data.claims.flatMap((claim) => claim.sources.map((ref) => ref.id)))];
	return ids.map((id) => {
		const source = byId.get(id);
		if (!source) throw new Error(`${article.id}: source "${id}" is missing although the content check passed`);
		return source;
	});
}
