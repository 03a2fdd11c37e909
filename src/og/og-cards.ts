import type { ArticleFrontmatter } from '../schemas/article.ts';
import { formatDate } from '../lib/dates.ts';
import { claimCount, KIND_LABELS, SITE_DESCRIPTION, SITE_NAME } from '../lib/labels.ts';
import { textDirection } from '../lib/text-direction.ts';
import type { OgCard } from './og-card.ts';

/** The card for a piece: what it is, when, and how many of its claims were checked. */
type CardFields = Pick<ArticleFrontmatter, 'title' | 'lang' | 'kind' | 'origin' | 'published'> & { claims: readonly unknown[] };

export function articleOgCard(article: CardFields): OgCard {
	return {
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
export function siteOgCard(): OgCard {
	return { headline: SITE_DESCRIPTION, dir: 'ltr', siteName: SITE_NAME };
}

/** The image's words as text, for readers who cannot see it. */
export function ogImageAlt(card: OgCard): string {
	return [card.kind, card.headline, card.date, card.claims, card.siteName].filter(Boolean).join('. ');
}
