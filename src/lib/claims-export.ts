import type { EventDateOrSpan } from '../schemas/dates.ts';
import type { Source } from '../schemas/source.ts';
import type { ClaimHistoryEntry, ClaimStatus } from '../schemas/article.ts';
import { claimAnchor } from './claim-anchors.ts';
import { STATUS_LABELS } from './labels.ts';

/**
 * Bumped when a field changes meaning or goes away; new fields do not bump it. 2: a piece's
 * `updated` also follows re-assessments of its claims (new beside it: each claim's `history` and
 * `page`). The README documents every version.
 */
export const CLAIMS_EXPORT_VERSION = 2;

/** A piece as the export reads it: the collection entry's id and data, sources as ids. */
export interface ExportedPieceInput {
	id: string;
	url: string;
	/** The absolute address of a claim's own page, `/articles/<slug>/claims/<id>/`. */
	claimPage: (claimId: string) => string;
	data: {
		title: string;
		kind: string;
		lang: string;
		published: string;
		authors: string[];
		topics: string[];
		claims: {
			id: string;
			text: string;
			assertedBy: string;
			date: EventDateOrSpan;
			status: ClaimStatus;
			sources: { id: string }[];
			note?: string | undefined;
			history: ClaimHistoryEntry[];
		}[];
	};
	/** Publication, update, correction or re-assessment, whichever is latest. */
	updated: string;
}

/**
 * `/claims.json`: every published piece's ledger, for researchers. Claims name their sources
 * by id; the sources themselves are listed once, under `sources`. The README documents the format.
 */
export function claimsExport(pieces: ExportedPieceInput[], sourcesById: Map<string, Source>, siteUrl: string) {
	const citedIds = [...new Set(pieces.flatMap((piece) => piece.data.claims.flatMap((claim) => claim.sources.map((source) => source.id))))].sort();
	return {
		version: CLAIMS_EXPORT_VERSION,
		site: siteUrl,
		statuses: Object.fromEntries(Object.entries(STATUS_LABELS).map(([status, { label, meaning }]) => [status, { label, meaning }])),
		pieces: pieces.map((piece) => ({
			slug: piece.id,
			url: piece.url,
			title: piece.data.title,
			kind: piece.data.kind,
			lang: piece.data.lang,
			authors: piece.data.authors,
			published: piece.data.published,
			updated: piece.updated,
			topics: piece.data.topics,
			claims: piece.data.claims.map((claim) => ({
				id: claim.id,
				// Where the piece makes the claim, as in version 1; `page` is the claim on its own.
				url: `${piece.url}#${claimAnchor(claim.id)}`,
				page: piece.claimPage(claim.id),
				text: claim.text,
				assertedBy: claim.assertedBy,
				date: claim.date,
				status: claim.status,
				sources: claim.sources.map((source) => source.id),
				...(claim.note === undefined ? {} : { note: claim.note }),
				// Always there, empty for a claim never re-assessed, so a reader need not test for it.
				history: claim.history.map(({ date, status, note }) => ({ date, status, note })),
			})),
		})),
		sources: Object.fromEntries(
			citedIds.map((id) => {
				const source = sourcesById.get(id);
				if (!source) throw new Error(`source "${id}" is cited but missing although the content check passed`);
				return [id, source];
			}),
		),
	};
}
