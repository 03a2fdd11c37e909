import type { Claim } from '../schemas/article.ts';
import type { SourceEntry } from './articles.ts';
import { SITE_NAME, STATUS_LABELS } from './labels.ts';

interface ClaimJsonLdInput {
	claim: Pick<Claim, 'text' | 'assertedBy' | 'status'>;
	/** When the ledger as published last changed: the date of this review. */
	reviewed: string;
	/** The claim's sources, as the page lists them. */
	sources: SourceEntry[];
	/** Absolute address of the claim page. */
	url: string;
	/** Absolute address of the piece, and what it is. */
	piece: { url: string; headline: string; type: string; published: string; lang: string };
	/** Absolute address of the home page. */
	siteUrl: string;
	imageUrl: string;
}

type Node = Record<string, unknown>;

/**
 * schema.org data for a claim page: the `Claim`, which appears in the piece, and for a rated
 * claim (anything but "unverified", which says no reporting was found either way) the
 * `ClaimReview` this page is, dated as the piece's ledger last changed.
 */
export function claimJsonLd({ claim, reviewed, sources, url, piece, siteUrl, imageUrl }: ClaimJsonLdInput): Node {
	const publisher = { '@type': 'Organization', name: SITE_NAME, url: siteUrl };
	const appearance = { '@type': piece.type, '@id': piece.url, url: piece.url, headline: piece.headline, datePublished: piece.published };
	const claimNode: Node = {
		'@type': 'Claim',
		'@id': `${url}#claim`,
		text: claim.text,
		inLanguage: piece.lang,
		// Who makes the claim is free text ("state TV", "the author, paraphrasing…"): no typed author.
		description: `Asserted by ${claim.assertedBy}.`,
		appearance,
		firstAppearance: appearance,
		...(sources.length > 0 && {
			citation: sources.map((source) => ({
				'@type': 'CreativeWork',
				url: source.data.url,
				publisher: { '@type': 'Organization', name: source.data.publisher },
			})),
		}),
	};
	if (claim.status === 'unverified') return { '@context': 'https://schema.org', ...claimNode };
	const { label, meaning } = STATUS_LABELS[claim.status];
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		'@id': url,
		url,
		inLanguage: piece.lang,
		claimReviewed: claim.text,
		itemReviewed: claimNode,
		author: publisher,
		publisher,
		image: imageUrl,
		datePublished: reviewed,
		reviewRating: { '@type': 'Rating', alternateName: label, ratingExplanation: meaning },
	};
}
