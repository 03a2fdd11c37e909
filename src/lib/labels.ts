import type { ArticleKind, ClaimStatus } from '../schemas/article.ts';
import type { SourceKind } from '../schemas/source.ts';

export const SITE_NAME = 'Dossier';

/**
 * The site's own words are English, left to right, also on a page whose piece is in Persian:
 * blocks of them carry these attributes so that an English sentence in a right-to-left page
 * keeps its punctuation and word order.
 */
// Frozen: Astro's attribute spread adds a scoped `class` to the object it spreads when the element
// has none of its own, and a shared object would then carry that class onto every later element.
export const UI_LANGUAGE = Object.freeze({ lang: 'en', dir: 'ltr' } as const);
export const SITE_DESCRIPTION = 'News analysis in which every factual claim shows who asserts it, when, how well it stands up and the sources behind it.';

/** The headings of the sections the site adds after a piece's body (and its table of contents). */
export const LEDGER_HEADING = 'The claims in this piece';
export const SOURCES_HEADING = 'Sources';
export const CORRECTIONS_HEADING = 'Corrections';

/** `human-rights` → `human rights`: a topic as readers see it. */
export function topicLabel(topic: string): string {
	return topic.replace(/-/g, ' ');
}

/** `1 claim checked`, `16 claims checked`. */
export function claimCount(count: number): string {
	return `${count} ${count === 1 ? 'claim' : 'claims'} checked`;
}

export const KIND_LABELS: Record<ArticleKind, string> = {
	analysis: 'Analysis',
	opinion: 'Opinion',
	report: 'Report',
	explainer: 'Explainer',
};

/** schema.org type of each kind of piece, for JSON-LD. */
export const KIND_SCHEMA_TYPES: Record<ArticleKind, string> = {
	analysis: 'AnalysisNewsArticle',
	opinion: 'OpinionNewsArticle',
	report: 'NewsArticle',
	explainer: 'NewsArticle',
};

/** A claim's status in words, and what it means; the methodology page lists the same text. */
export const STATUS_LABELS: Record<ClaimStatus, { label: string; meaning: string }> = {
	corroborated: {
		label: 'Corroborated',
		meaning: 'Independent reporting matches the substance of the claim.',
	},
	disputed: {
		label: 'Disputed',
		meaning: 'Credible sources give materially different facts or figures.',
	},
	attributed: {
		label: 'Attributed only',
		meaning: 'Only the party that asserts it, or outlets aligned with that party, report it; no independent confirmation was found.',
	},
	unverified: {
		label: 'Unverified',
		meaning: 'No reporting was found either way.',
	},
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	news: 'News',
	court: 'Court',
	government: 'Government',
	ngo: 'Non-governmental organisation',
	advocacy: 'Advocacy group',
	reference: 'Reference work',
	social: 'Social media',
	other: 'Other',
};
