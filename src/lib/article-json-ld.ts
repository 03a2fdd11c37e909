import type { ArticleEntry, SourceEntry } from './articles.ts';
import { KIND_SCHEMA_TYPES, SITE_NAME } from './labels.ts';

interface JsonLdInput {
	article: ArticleEntry;
	sources: SourceEntry[];
	/** Absolute address of the piece. */
	url: string;
	/** Absolute address of the home page. */
	siteUrl: string;
}

const organization = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url && { url }) });

/**
 * schema.org data for a piece: its kind (opinion, analysis, news), the piece it republishes
 * (`isBasedOn`) and the sources its claims rest on (`citation`).
 */
export function articleJsonLd({ article, sources, url, siteUrl }: JsonLdInput): Record<string, unknown> {
	const { data } = article;
	const basedOn = data.origin && [
		{ '@type': 'CreativeWork', publisher: organization(data.origin.publisher), ...(data.origin.url && { url: data.origin.url }) },
		...(data.origin.copy ? [{ '@type': 'CreativeWork', publisher: organization(data.origin.copy.publisher), url: data.origin.copy.url }] : []),
	];
	return {
		'@context': 'https://schema.org',
		'@type': KIND_SCHEMA_TYPES[data.kind],
		headline: data.title,
		description: data.dek,
		inLanguage: data.lang,
		url,
		mainEntityOfPage: url,
		datePublished: data.published,
		dateModified: data.updated ?? data.published,
		keywords: data.topics,
		...(data.authors.length > 0 && { author: data.authors.map((name) => ({ '@type': 'Person', name })) }),
		publisher: organization(SITE_NAME, siteUrl),
		...(basedOn && { isBasedOn: basedOn }),
		citation: sources.map(({ data: source }) => ({
			'@type': 'CreativeWork',
			// A title in brackets describes a page whose headline was not seen: it is no name.
			...(source.title.startsWith('[') ? { description: source.title } : { name: source.title }),
			url: source.url,
			publisher: organization(source.publisher),
			...(source.published && { datePublished: source.published }),
			...(source.archive && { archivedAt: source.archive }),
		})),
	};
}
