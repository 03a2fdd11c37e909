import type { ArticleEntry } from './articles.ts';
import { KIND_SCHEMA_TYPES, SITE_NAME, topicLabel } from './labels.ts';
import { lastChanged } from './last-changed.ts';

interface JsonLdInput {
	article: ArticleEntry;
	/** Absolute address of the piece. */
	url: string;
	/** Absolute address of the home page. */
	siteUrl: string;
	/** Absolute address of the piece's preview image. */
	imageUrl: string;
	/** Absolute address of the page of the piece's first topic. */
	topicUrl: string;
}

type Node = Record<string, unknown>;

const organization = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url && { url }) });

/**
 * schema.org data for a piece, as one graph: the piece, by kind (opinion, analysis, news), with
 * the piece it republishes (`isBasedOn`); and where it sits on the site (`BreadcrumbList`: home,
 * its first topic, the piece).
 *
 * Each claim is described, and reviewed, on its own page (claim-json-ld.ts), with its sources:
 * that page is the claim's one address. Here they would be a second description of each claim,
 * under another `@id`, and the sources a second copy of the sources list.
 */
export function articleJsonLd({ article, url, siteUrl, imageUrl, topicUrl }: JsonLdInput): Node {
	const { data } = article;
	const publisher = organization(SITE_NAME, siteUrl);
	const modified = lastChanged(data);
	const basedOn = data.origin && [
		{ '@type': 'CreativeWork', publisher: organization(data.origin.publisher), ...(data.origin.url && { url: data.origin.url }) },
		...(data.origin.copy ? [{ '@type': 'CreativeWork', publisher: organization(data.origin.copy.publisher), url: data.origin.copy.url }] : []),
	];
	const piece: Node = {
		'@type': KIND_SCHEMA_TYPES[data.kind],
		'@id': url,
		headline: data.title,
		description: data.dek,
		inLanguage: data.lang,
		url,
		mainEntityOfPage: url,
		image: imageUrl,
		datePublished: data.published,
		dateModified: modified,
		keywords: data.topics,
		...(data.authors.length > 0 && { author: data.authors.map((name) => ({ '@type': 'Person', name })) }),
		publisher,
		...(basedOn && { isBasedOn: basedOn }),
	};
	const firstTopic = data.topics[0] ?? '';
	const breadcrumbs: Node = {
		'@type': 'BreadcrumbList',
		itemListElement: [
			{ '@type': 'ListItem', position: 1, name: SITE_NAME, item: siteUrl },
			{ '@type': 'ListItem', position: 2, name: topicLabel(firstTopic), item: topicUrl },
			{ '@type': 'ListItem', position: 3, name: data.title, item: url },
		],
	};
	return { '@context': 'https://schema.org', '@graph': [piece, breadcrumbs] };
}
