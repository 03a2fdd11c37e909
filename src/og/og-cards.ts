import type { ArticleFrontmatter } from '../schemas/article.ts';
import { formatDateFirst } from '../lib/dates.ts';
import { SITE_NAME } from '../lib/labels.ts';
import { textDirection } from '../lib/text-direction.ts';
import { uiLanguageFor } from '../i18n/languages.ts';
import { type Ui, uiFor } from '../i18n/ui.ts';
import type { ClaimOgCard, OgCard, PieceOgCard } from './og-card.ts';

/** The card for a piece: what it is, when, and how many of its claims were checked. */
type CardFields = Pick<ArticleFrontmatter, 'title' | 'lang' | 'kind' | 'origin' | 'published'> & { claims: readonly unknown[] };

/** The card's own words are in the interface the piece is read in; a right-to-left one mirrors the card's rows. */
function cardUi(lang: string): { ui: Ui; labels: Pick<PieceOgCard, 'labelsDir'> } {
	const ui = uiFor(uiLanguageFor(lang));
	return { ui, labels: ui.dir === 'rtl' ? { labelsDir: 'rtl' } : {} };
}

export function articleOgCard(article: CardFields): PieceOgCard {
	const { ui, labels } = cardUi(article.lang);
	const { t } = ui;
	return {
		type: 'piece',
		headline: article.title,
		dir: textDirection(article.lang),
		kind: t.kinds[article.kind],
		// As on the page: a republished text carries the date of the copy it was taken from.
		date: `${article.origin ? t.piece.dated : t.piece.published} ${formatDateFirst(article.published, ui.lang)}`,
		claims: ui.count(article.claims.length, t.counts.claimsChecked),
		siteName: SITE_NAME,
		...labels,
	};
}

/** The card for every page of a section that is not a piece: the site's description in its language. */
export function siteOgCard(lang = 'en'): PieceOgCard {
	const { ui, labels } = cardUi(lang);
	return { type: 'piece', headline: ui.t.site.description, dir: ui.dir, siteName: SITE_NAME, ...labels };
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
	const { ui, labels } = cardUi(article.lang);
	const { t } = ui;
	return {
		type: 'claim',
		status: claim.status,
		statusLabel: t.statuses[claim.status].label,
		// Line breaks in the frontmatter are not the card's: the card breaks its own lines.
		text: claim.text.replace(/\s+/g, ' ').trim(),
		dir: textDirection(article.lang),
		position: ui.fill(t.cards.claimIn, { position: ui.fill(t.cards.claimPosition, { n: index + 1, total: article.claims.length }) }),
		headline: article.title,
		siteName: SITE_NAME,
		...labels,
	};
}

/** Ends a part of the alt text with a full stop, unless it ends a sentence already (“…” or not). */
function sentence(part: string): string {
	return /[.!?…؟]["”’»)\]]*$/u.test(part) ? part : `${part}.`;
}

/**
 * The image's words as text, for readers who cannot see it. A claim's words are given whole,
 * also where the card had to cut them.
 */
export function ogImageAlt(card: OgCard): string {
	if (card.type === 'claim') {
		return [`${card.statusLabel}:`, sentence(card.text), sentence(`${card.position} ${card.headline}`), card.siteName].join(' ');
	}
	return [card.kind, card.headline, card.date, card.claims, card.siteName].filter(Boolean).join('. ');
}
