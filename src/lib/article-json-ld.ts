import { claimAnchor } from '../markdown/claim-anchors.ts';
import type { ArticleEntry, SourceEntry } from './articles.ts';
import { KIND_SCHEMA_TYPES, SITE_NAME, STATUS_LABELS, topicLabel } from './labels.ts';
import { lastChanged } from './last-changed.ts';

interface JsonLdInput {
	article: ArticleEntry;
	/** The sources the piece cites, by id. */
	sources: SourceEntry[];
	/** Absolute address of the piece. */
	url: string;
	/** Absolute address of the home page. */
	siteUrl: string;
	/** Absolute address of the piece's preview image. */
	imageUrl: string;
	/** Absolute address of the page of the piece's first topic. */
	topicUrl: string;
	/** Absolute address of a claim's own page. */
	claimUrl: (claimId: string) => string;
}

type Node = Record<string, unknown>;

const organization = (name: string, url?: string) => ({ '@type': 'Organization', name, ...(url && { url }) });

/** A source, named by its address: claims refer to it by that `@id` rather than repeat it. */
function sourceWork({ data: source }: SourceEntry): Node {
	return {
		'@type': 'CreativeWork',
		'@id': source.url,
		// A title in brackets describes a page whose headline was not seen: it is no name.
		...(source.title.startsWith('[') ? { description: source.title } : { name: source.title }),
		url: source.url,
		publisher: organization(source.publisher),
		...(source.published && { datePublished: source.published }),
		...(source.archive && { archivedAt: source.archive }),
	};
}

/**
 * schema.org data for a piece, as one graph:
 * - the piece, by kind (opinion, analysis, news), with the piece it republishes (`isBasedOn`)
 *   and the sources its claims rest on (`citation`);
 * - where it sits on the site (`BreadcrumbList`: home, its first topic, the piece);
 * - each ledger claim as a `Claim` that appears in the piece, with its own sources;
 * - a `ClaimReview` for each claim the editors rated. "Unverified" is no rating (no reporting
 *   was found either way), so those claims get none.
 */
export function articleJsonLd({ article, sources, url, siteUrl, imageUrl, topicUrl, claimUrl }: JsonLdInput): Node {
	const { data } = article;
	const sourcesById = new Map(sources.map((source) => [source.id, source]));
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
		citation: sources.map(sourceWork),
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
	const claims = data.claims.map((claim): Node => {
		const anchorUrl = `${url}#${claimAnchor(claim.id)}`;
		return {
			'@type': 'Claim',
			'@id': anchorUrl,
			url: claimUrl(claim.id),
			text: claim.text,
			// Who makes the claim is free text ("state TV", "the author, paraphrasing…"): no typed author.
			description: `Asserted by ${claim.assertedBy}.`,
			appearance: { '@id': url },
			...(claim.sources.length > 0 && {
				citation: claim.sources
					.map((ref) => sourcesById.get(ref.id))
					.filter((source) => source !== undefined)
					.map((source) => ({ '@id': source.data.url })),
			}),
		};
	});
	const reviews = data.claims
		.filter((claim) => claim.status !== 'unverified')
		.map((claim): Node => {
			const { label, meaning } = STATUS_LABELS[claim.status];
			// The editors' note stays on the page: the rating says what the status means. The
			// review's own page is the claim's.
			return {
				'@type': 'ClaimReview',
				url: claimUrl(claim.id),
				claimReviewed: claim.text,
				itemReviewed: { '@id': `${url}#${claimAnchor(claim.id)}` },
				author: publisher,
				datePublished: modified,
				reviewRating: { '@type': 'Rating', alternateName: label, ratingExplanation: meaning },
			};
		});
	return { '@context': 'https://schema.org', '@graph': [piece, breadcrumbs, ...claims, ...reviews] };
}
