import type { ArticleKind, ClaimStatus } from '../schemas/article.ts';
import { en } from '../i18n/en.ts';

/*
 * The English interface's words for what is in English only (feeds, data, structured data, the
 * search filters' values), from the English dictionary, src/i18n/en.ts.
 */
export const SITE_NAME = en.site.name;

/** `human-rights` → `human rights`: a topic as readers see it. */
export function topicLabel(topic: string): string {
	return topic.replace(/-/g, ' ');
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
