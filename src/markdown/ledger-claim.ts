import type { Claim } from '../schemas/article.ts';

/**
 * A claim of a piece's ledger, as far as the content check, the claims plugin and the rendered
 * bodies read it: its id (which markers name), its status (which markers carry) and its source
 * ids (which the check looks up). The fields come from the schema's claim, so that a field renamed
 * there is renamed here. The status is any text: the check reads the ledger of frontmatter that
 * failed the schema too, so that one run reports every marker and every source.
 */
export type LedgerClaim = Pick<Claim, 'id' | 'sources'> & { status: string };

/** The fields of a claim that its markers show, and so all that a body's rendering depends on. */
export const MARKED_CLAIM_FIELDS = ['id', 'status'] as const satisfies readonly (keyof LedgerClaim)[];

/** A claim as the claims plugin reads it. */
export type MarkedClaim = Pick<LedgerClaim, (typeof MARKED_CLAIM_FIELDS)[number]>;

/** A claim as written in frontmatter nobody has checked yet: any of its fields may be anything. */
export type UncheckedClaim = { [Field in keyof LedgerClaim]?: unknown };

/** The claims of a piece, as far as they can be read; entries without a usable id are left to the schema errors. */
export function readLedger(data: unknown): LedgerClaim[] {
	const claims = (data as { claims?: unknown } | undefined)?.claims;
	if (!Array.isArray(claims)) return [];
	return claims.map((claim: UncheckedClaim | null | undefined) => {
		const { id, status, sources } = claim ?? {};
		return {
			id: typeof id === 'string' ? id : '',
			status: typeof status === 'string' ? status : '',
			sources: Array.isArray(sources) ? sources.filter((source): source is string => typeof source === 'string') : [],
		};
	});
}
