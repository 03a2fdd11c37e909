import type { ArticleFrontmatter } from '../schemas/article.ts';
import { formatDate } from '../lib/dates.ts';
import { claimCount, KIND_LABELS, SITE_DESCRIPTION, SITE_NAME, STATUS_LABELS } from '../lib/labels.ts';
import { textDirection } from '../lib/text-direction.ts';
import type { ClaimOgCard, OgCard, PieceOgCard } from './og-card.ts';

/** The card for a piece: what it is, when, and how many of its claims were checked. */
type CardFields = Pick<ArticleFrontmatter, 'title' | 'lang' | 'kind' | 'origin' | 'published'> & { claims: readonly unknown[] };

export function articleOgCard(article: CardFields): PieceOgCard {
	return {
		type: 'piece',
		headline: article.title,
		dir: textDirection(article.lang),
		kind: KIND_LABELS[article.kind],
		// As on the page: a republished text carries the date of the copy it was taken from.
		date: `${article.origin ? 'Dated' : 'Published'} ${formatDate(article.published)}`,
		claims: claimCount(article.claims.length),
		siteName: SITE_NAME,
	};
}

/** The card for every page that is not a piece. */
export function siteOgCard(): PieceOgCard {
	return { type: 'piece', headline: SITE_DESCRIPTION, dir: 'ltr', siteName: SITE_NAME };
}

type ClaimCardFields = Pick<ArticleFrontmatter, 'title' | 'lang'> & { claims: readonly Pick<ArticleFrontmatter['claims'][number], 'text' | 'status'>[] };

/**
 * The card for the claim at `index` (from 0) in the piece's ledger: its status, its words, and
 * "Claim 8 of 16 in <headline>". Only what the card shows, since the card is its image's cache
 * key: a new source or note leaves the image as it is.
 */
export function claimOgCard(article: ClaimCardFields, index: number): ClaimOgCard {
	const claim = article.claims[index];
	if (!claim) throw new RangeError(`the piece "${article.title}" has no claim ${index} (it has ${article.claims.length})`);
	return {
		type: 'claim',
		status: claim.status,
		statusLabel: STATUS_LABELS[claim.status].label,
		// Line breaks in the frontmatter are not the card's: the card breaks its own lines.
		text: claim.text.replace(/\s+/g, ' ').trim(),
		dir: textDirection(article.lang),
		position: `Claim ${index + 1} of ${article.claims.length}`,
		headline: article.title,
		siteName: SITE_NAME,
	};
}

/** Ends a part of the alt text with a full stop, unless it ends a sentence already (“…” or not). */
function sentence(part: string): string {
	return /[.!?…؟]["”’)\]]*$/u.test(part) ? part : `${part}.`;
}

/**
 * The image's words as text, for readers who cannot see it. A claim's words are given whole,
 * also where the card had to cut them.
 */
export function ogImageAlt(card: OgCard): string {
	if (card.type === 'claim') {
		return [`${card.statusLabel}:`, sentence(card.text), sentence(`${card.position} in ${card.headline}`), card.siteName].join(' ');
	}
	return [card.kind, card.headline, card.date, card.claims, card.siteName].filter(Boolean).join('. ');
}
