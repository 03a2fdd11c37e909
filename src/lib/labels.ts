import type { ArticleKind, ClaimStatus } from '../schemas/article.ts';
import type { SourceKind } from '../schemas/source.ts';
import { en } from '../i18n/en.ts';
import { uiFor } from '../i18n/ui.ts';

/*
 * The English interface's words for what is English only (feeds, data, structured data, the
 * English pages): from the English dictionary, src/i18n/en.ts.
 */
export const SITE_NAME = en.site.name;

/**
 * Blocks of the interface's words carry these attributes, so that an English sentence in a
 * right-to-left page keeps its punctuation and word order (see Ui.attrs).
 */
export const UI_LANGUAGE = uiFor('en').attrs;
export const SITE_DESCRIPTION = en.site.description;

/** The headings of the sections the site adds after a piece's body (and its table of contents). */
export const LEDGER_HEADING = en.ledger.heading;
export const SOURCES_HEADING = en.sources.heading;
export const CORRECTIONS_HEADING = en.corrections.heading;

/** `human-rights` → `human rights`: a topic as readers see it. */
export function topicLabel(topic: string): string {
	return topic.replace(/-/g, ' ');
}

/** `1 claim checked`, `16 claims checked`. */
export function claimCount(count: number): string {
	return uiFor('en').count(count, en.counts.claimsChecked);
}

export const KIND_LABELS: Record<ArticleKind, string> = en.kinds;

/** schema.org type of each kind of piece, for JSON-LD. */
export const KIND_SCHEMA_TYPES: Record<ArticleKind, string> = {
	analysis: 'AnalysisNewsArticle',
	opinion: 'OpinionNewsArticle',
	report: 'NewsArticle',
	explainer: 'NewsArticle',
};

/** A claim's status in words, and what it means; the methodology page lists the same text. */
export const STATUS_LABELS: Record<ClaimStatus, { label: string; meaning: string }> = en.statuses;

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = en.sourceKinds;
